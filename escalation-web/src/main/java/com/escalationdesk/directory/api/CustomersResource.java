package com.escalationdesk.directory.api;

import com.escalationdesk.directory.CustomerOption;
import com.escalationdesk.directory.Directory;
import com.escalationdesk.shared.NotFound;
import com.escalationdesk.shared.api.ApiInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The desk's customers for another system: look one up by email, find them by name or email as the
 * pickers do, read one. Customers come into being with their first ticket ({@code POST /tickets}).
 */
@ApplicationScoped
@Path("customers")
@Produces(MediaType.APPLICATION_JSON)
public class CustomersResource {

    @Inject
    private Directory directory;

    /** {@code email}: the one customer with that address (an empty list if none); else {@code q}: the first matches by name or email. */
    @GET
    public List<CustomerOption> find(@QueryParam("email") String email, @QueryParam("q") String text) {
        if (email != null && !email.isBlank()) {
            return directory.customerByEmail(email).map(List::of).orElse(List.of());
        }
        return directory.findCustomers(text == null ? "" : text);
    }

    @GET
    @Path("{id}")
    public CustomerOption read(@PathParam("id") String id) {
        try {
            return directory.customer(ApiInput.id("id", id));
        } catch (NotFound e) {
            throw new NotFound("There is no customer " + id + ".");
        }
    }
}
