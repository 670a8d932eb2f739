package com.escalationdesk.approval.api;

import com.escalationdesk.approval.Approvals;
import com.escalationdesk.shared.api.ApiInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import com.escalationdesk.approval.DecisionRequestView;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Reading, approving or rejecting decision requests from another system; the Approvals boundary
 * decides who may. Body of a decision: {@code {"note": "..."}}, optional for an approval, the reason
 * for a rejection.
 */
@ApplicationScoped
@Path("decisions/{id}")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class DecisionsResource {

    @Inject
    private Approvals approvals;

    /** The request, its approval chain and where it stands; made on its ticket, {@code POST /tickets/{number}/decisions}. */
    @GET
    public DecisionRequestView read(@PathParam("id") String id) {
        return approvals.view(ApiInput.id("id", id));
    }

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
