package com.escalationdesk.escalation.api;

import com.escalationdesk.escalation.Escalations;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Deciding escalations from another system. Requests must be JSON, which a cross-site form cannot
 * send, and the Escalations boundary checks the caller's role and team exactly as for the screens.
 */
@Path("escalations/{id}")
@Consumes(MediaType.APPLICATION_JSON)
public class EscalationsResource {

    /** The body of a return: why the escalation goes back. */
    public record ReturnRequest(String reason) {
    }

    @Inject
    private Escalations escalations;

    @POST
    @Path("accept")
    public Response accept(@PathParam("id") long id) {
        escalations.accept(id);
        return Response.noContent().build();
    }

    @POST
    @Path("return")
    public Response returnToSender(@PathParam("id") long id, ReturnRequest request) {
        escalations.returnToSender(id, request == null ? null : request.reason());
        return Response.noContent().build();
    }
}
