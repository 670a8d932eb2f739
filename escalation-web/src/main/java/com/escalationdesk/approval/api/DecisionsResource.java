package com.escalationdesk.approval.api;

import com.escalationdesk.approval.Approvals;
import com.escalationdesk.shared.api.ApiInput;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Approving or rejecting decision requests from another system; the Approvals boundary decides who
 * may. Body: {@code {"note": "..."}}, optional for an approval, the reason for a rejection.
 */
@Path("decisions/{id}")
@Consumes(MediaType.APPLICATION_JSON)
public class DecisionsResource {

    @Inject
    private Approvals approvals;

    @POST
    @Path("approve")
    public Response approve(@PathParam("id") String id, String body) {
        String note = ApiInput.body(body, "note").text("note");
        approvals.approve(ApiInput.id("id", id), note);
        return Response.noContent().build();
    }

    @POST
    @Path("reject")
    public Response reject(@PathParam("id") String id, String body) {
        String note = ApiInput.body(body, "note").text("note");
        approvals.reject(ApiInput.id("id", id), note);
        return Response.noContent().build();
    }
}
