package com.escalationdesk.escalation.api;

import com.escalationdesk.escalation.Escalations;
import com.escalationdesk.shared.api.ApiInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import com.escalationdesk.escalation.EscalationView;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Escalations for another system: read one, and accept, return or withdraw it (they are made on
 * their ticket, {@code POST /tickets/{number}/escalations}). The Escalations boundary checks the
 * caller's role and team exactly as for the screens.
 */
@ApplicationScoped
@Path("escalations/{id}")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class EscalationsResource {

    @Inject
    private Escalations escalations;

    @GET
    public EscalationView read(@PathParam("id") String id) {
        return escalations.view(ApiInput.id("id", id));
    }

    /** Body: {@code {}}. The sending team takes the escalation back while it waits. */
    @POST
    @Path("withdraw")
    public Response withdraw(@PathParam("id") String id, String body) {
        ApiInput.body(body);
        escalations.withdraw(ApiInput.id("id", id));
        return Response.noContent().build();
    }

    /** Body: {@code {}}. */
    @POST
    @Path("accept")
    public Response accept(@PathParam("id") String id, String body) {
        ApiInput.body(body);
        escalations.accept(ApiInput.id("id", id));
        return Response.noContent().build();
    }

    /** Body: {@code {"reason": "..."}}, why the escalation goes back. */
    @POST
    @Path("return")
    public Response returnToSender(@PathParam("id") String id, String body) {
        String reason = ApiInput.body(body, "reason").text("reason");
        escalations.returnToSender(ApiInput.id("id", id), reason);
        return Response.noContent().build();
    }
}
