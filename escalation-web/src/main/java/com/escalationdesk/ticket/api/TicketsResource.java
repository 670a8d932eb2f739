package com.escalationdesk.ticket.api;

import com.escalationdesk.integration.IdempotentRequest;
import com.escalationdesk.integration.IntakeRequest;
import com.escalationdesk.integration.TicketIntake;
import com.escalationdesk.shared.api.ApiInput;
import com.escalationdesk.shared.api.FieldError;
import com.escalationdesk.shared.api.Problem;
import com.escalationdesk.ticket.Category;
import com.escalationdesk.ticket.Priority;
import com.escalationdesk.ticket.TicketSnapshot;
import com.escalationdesk.ticket.Tickets;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * Tickets for other systems: file one (for a customer known by email, or new), and read one. The
 * Tickets boundary checks the caller's role and team exactly as for the screens.
 */
@Path("tickets")
@Produces(MediaType.APPLICATION_JSON)
public class TicketsResource {

    /** Sent with a create answered from an earlier request with the same Idempotency-Key. */
    static final String REPLAYED = "Idempotent-Replayed";

    @Inject
    private TicketIntake intake;

    @Inject
    private Tickets tickets;

    /**
     * Body: {@code {"customer": {"email": "...", "name": "..."}, "subject": "...", "description":
     * "...", "category": "BILLING", "priority": "HIGH"}}; the name only for a customer the desk does
     * not know yet. 201 with the ticket, its {@code Location} and {@code ETag}.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String body, @HeaderParam("Idempotency-Key") String idempotencyKey, @Context UriInfo uri) {
        ApiInput in = ApiInput.body(body, "customer", "subject", "description", "category", "priority");
        ApiInput customer = in.object("customer", "email", "name");
        IntakeRequest request = new IntakeRequest(customer == null ? null : customer.text("email"),
                customer == null ? null : customer.text("name"), in.text("subject"), in.text("description"),
                in.choice("category", Category.class), in.choice("priority", Priority.class));
        List<FieldError> missing = new ArrayList<>();
        required(missing, "customer.email", request.customerEmail());
        required(missing, "subject", request.subject());
        required(missing, "description", request.description());
        required(missing, "category", request.category());
        required(missing, "priority", request.priority());
        if (!missing.isEmpty()) {
            return Problem.response(422, "Fields missing", "The ticket needs " + String.join(", ",
                    missing.stream().map(FieldError::field).toList()) + ".", missing);
        }
        TicketIntake.Outcome outcome = intake.create(request, idempotencyKey, IdempotentRequest.fingerprint(body == null ? "" : body));
        if (outcome instanceof TicketIntake.KeyReused reused) {
            return Problem.response(422, "Idempotency-Key reused", reused.message(), null);
        }
        TicketIntake.Created created = (TicketIntake.Created) outcome;
        TicketSnapshot ticket = tickets.snapshot(created.number());
        Response.ResponseBuilder answer = Response.created(uri.getAbsolutePathBuilder().path(ticket.number()).build())
                .tag(tag(ticket)).entity(ticket);
        if (created.replayed()) {
            answer.header(REPLAYED, "true");
        }
        return answer.build();
    }

    /** The ticket, with its {@code ETag}; 304 when the caller's {@code If-None-Match} still holds. */
    @GET
    @Path("{number}")
    public Response read(@PathParam("number") String number, @Context Request request) {
        TicketSnapshot ticket = tickets.snapshot(number);
        EntityTag tag = tag(ticket);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        return unchanged != null ? unchanged.tag(tag).build() : Response.ok(ticket).tag(tag).build();
    }

    private static void required(List<FieldError> missing, String field, Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            missing.add(new FieldError(field, "'" + field + "' is required."));
        }
    }

    /** The ticket's entity tag: its version, which every change moves on. */
    static EntityTag tag(TicketSnapshot ticket) {
        return new EntityTag(ticket.number() + "." + ticket.version());
    }
}
