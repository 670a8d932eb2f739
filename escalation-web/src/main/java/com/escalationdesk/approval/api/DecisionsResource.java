package com.escalationdesk.approval.api;

import com.escalationdesk.approval.Approvals;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Approving or rejecting decision requests from another system; the Approvals boundary decides who may. */
@Path("decisions/{id}")
@Consumes(MediaType.APPLICATION_JSON)
public class DecisionsResource {

    /** The body of a decision: an optional note for an approval, the reason for a rejection. */
    public record DecisionNote(String note) {
    }

    @Inject
    private Approvals approvals;

    @POST
    @Path("approve")
    public Response approve(@PathParam("id") long id, DecisionNote body) {
        approvals.approve(id, body == null ? null : body.note());
        return Response.noContent().build();
    }

    @POST
    @Path("reject")
    public Response reject(@PathParam("id") long id, DecisionNote body) {
        approvals.reject(id, body == null ? null : body.note());
        return Response.noContent().build();
    }
}
