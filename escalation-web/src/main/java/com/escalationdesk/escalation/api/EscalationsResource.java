package com.escalationdesk.escalation.api;

import com.escalationdesk.escalation.Escalations;
import com.escalationdesk.shared.api.ApiInput;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Deciding escalations from another system. Requests must be JSON from our own origin (ApiGuard),
 * and the Escalations boundary checks the caller's role and team exactly as for the screens.
 */
@Path("escalations/{id}")
@Consumes(MediaType.APPLICATION_JSON)
public class EscalationsResource {

    @Inject
    private Escalations escalations;

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
