package com.escalationdesk.integration.api;

import com.escalationdesk.integration.ApiToken;
import com.escalationdesk.integration.ApiTokenRow;
import com.escalationdesk.integration.ApiTokens;
import com.escalationdesk.integration.IssuedToken;
import com.escalationdesk.shared.api.ApiInput;
import com.escalationdesk.shared.api.MissingFields;
import com.escalationdesk.shared.api.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * API tokens, for an admin who provisions integrations by script rather than on the tokens page:
 * list them (never their secrets), issue one (its secret in this answer only), revoke one.
 */
@ApplicationScoped
@Path("tokens")
@Produces(MediaType.APPLICATION_JSON)
public class TokensResource {

    @Inject
    private ApiTokens tokens;

    @GET
    public List<ApiTokenRow> list() {
        return tokens.all();
    }

    /**
     * Body: {@code {"owner": "alice", "name": "Web shop refunds", "days": 90, "requestsPerMinute": 1200}},
     * the last two optional. 201 with the token and its {@code secret}, shown this once.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response issue(String body, @Context UriInfo uri) {
        ApiInput in = ApiInput.body(body, "owner", "name", "days", "requestsPerMinute");
        String owner = in.text("owner");
        String name = in.text("name");
        List<FieldError> missing = new ArrayList<>();
        if (owner == null || owner.isBlank()) {
            missing.add(new FieldError("owner", "'owner' is required: the login the token calls as."));
        }
        if (name == null || name.isBlank()) {
            missing.add(new FieldError("name", "'name' is required: what calls with the token."));
        }
        if (!missing.isEmpty()) {
            throw new MissingFields(missing);
        }
        IssuedToken issued = tokens.issue(owner.strip(), name, whole(in, "days", 90),
                whole(in, "requestsPerMinute", ApiToken.DEFAULT_PER_MINUTE));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(issued.token().id())).build()).entity(issued).build();
    }

    /** The token no longer opens the API; calls with it are answered 401 with the reason. */
    @DELETE
    @Path("{id}")
    public Response revoke(@PathParam("id") String id) {
        tokens.revoke(ApiInput.id("id", id));
        return Response.noContent().build();
    }

    private static int whole(ApiInput in, String member, int otherwise) {
        BigDecimal value = in.decimal(member);
        if (value == null) {
            return otherwise;
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            throw com.escalationdesk.shared.api.InvalidInput.of(member, "'" + member + "' must be a whole number.");
        }
    }
}
