package com.escalationdesk.ticket.api;

import com.escalationdesk.attachment.Attachment;
import com.escalationdesk.attachment.AttachmentView;
import com.escalationdesk.attachment.Attachments;
import com.escalationdesk.attachment.FileKind;
import com.escalationdesk.attachment.NewFile;
import com.escalationdesk.shared.web.FileNames;
import java.io.IOException;
import java.io.InputStream;
import com.escalationdesk.approval.Approvals;
import com.escalationdesk.approval.DecisionRequestView;
import com.escalationdesk.approval.NewDecisionRequest;
import com.escalationdesk.directory.CustomerOption;
import com.escalationdesk.directory.Directory;
import com.escalationdesk.directory.TeamOption;
import com.escalationdesk.escalation.EscalationReason;
import com.escalationdesk.escalation.EscalationRequest;
import com.escalationdesk.escalation.EscalationView;
import com.escalationdesk.escalation.Escalations;
import com.escalationdesk.finder.FinderCursor;
import com.escalationdesk.finder.SnapshotPage;
import com.escalationdesk.finder.TicketFinder;
import com.escalationdesk.finder.TicketSearch;
import com.escalationdesk.integration.IdempotentRequest;
import com.escalationdesk.integration.IntakeRequest;
import com.escalationdesk.integration.TicketIntake;
import com.escalationdesk.shared.StaleVersion;
import com.escalationdesk.shared.api.ApiInput;
import com.escalationdesk.shared.api.ApiParams;
import com.escalationdesk.shared.api.FieldError;
import com.escalationdesk.shared.api.InvalidInput;
import com.escalationdesk.shared.api.MissingFields;
import com.escalationdesk.shared.api.Problem;
import com.escalationdesk.ticket.Category;
import com.escalationdesk.ticket.NoteView;
import com.escalationdesk.ticket.NoteVisibility;
import com.escalationdesk.ticket.Priority;
import com.escalationdesk.ticket.TicketChange;
import com.escalationdesk.ticket.TicketSnapshot;
import com.escalationdesk.ticket.TicketStatus;
import com.escalationdesk.ticket.TicketUpdates;
import com.escalationdesk.ticket.Tickets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Tickets for other systems: file one (for a customer known by email, or new), list and read them,
 * change them, talk on them, escalate them and ask for decisions on them. The same boundaries as the
 * screens check the caller's role and team, and every change that names the version it read
 * ({@code If-Match}) is refused with 412 when the ticket has moved on.
 */
@ApplicationScoped
@Path("tickets")
@Produces(MediaType.APPLICATION_JSON)
public class TicketsResource {

    /** Sent with a create answered from an earlier request with the same Idempotency-Key. */
    static final String REPLAYED = "Idempotent-Replayed";

    @Inject
    private TicketIntake intake;

    @Inject
    private Tickets tickets;

    @Inject
    private Attachments attachments;

    @Inject
    private TicketUpdates updates;

    @Inject
    private TicketFinder finder;

    @Inject
    private Directory directory;

    @Inject
    private Escalations escalations;

    @Inject
    private Approvals approvals;

    /** A page of a listing: the tickets, how many match in all, and the cursor of the next page (absent on the last). */
    public record TicketList(List<TicketSnapshot> items, long total, String next) {
    }

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
        requireAll(List.of(new Required("customer.email", request.customerEmail()), new Required("subject", request.subject()),
                new Required("description", request.description()), new Required("category", request.category()),
                new Required("priority", request.priority())));
        TicketIntake.Outcome outcome = intake.create(request, idempotencyKey, IdempotentRequest.fingerprint(body == null ? "" : body));
        if (outcome instanceof TicketIntake.KeyReused reused) {
            return Problem.response(422, "Idempotency-Key reused", reused.message(), null);
        }
        TicketIntake.Created created = (TicketIntake.Created) outcome;
        TicketSnapshot ticket = created.ticket();
        Response.ResponseBuilder answer = Response.created(uri.getAbsolutePathBuilder().path(ticket.number()).build())
                .tag(tag(ticket)).entity(ticket);
        if (created.replayed()) {
            answer.header(REPLAYED, "true");
        }
        return answer.build();
    }

    /**
     * The tickets the caller may see, newest change first (or {@code order=created}, newest first; or
     * {@code order=relevance} with {@code q}), {@code limit} at a time; {@code next} goes on from where a
     * page ended, however deep, also when tickets are added meanwhile.
     */
    @GET
    public Response list(@QueryParam("q") String text, @QueryParam("status") List<String> statuses, @QueryParam("team") String team,
            @QueryParam("tier") String tier, @QueryParam("priority") String priority, @QueryParam("category") String category,
            @QueryParam("customer") String customer, @QueryParam("createdFrom") String createdFrom,
            @QueryParam("createdTo") String createdTo, @QueryParam("updatedFrom") String updatedFrom,
            @QueryParam("updatedTo") String updatedTo, @QueryParam("order") String order, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        int size = ApiParams.whole("limit", limit, 1, TicketFinder.MAX_PAGE, 25);
        FinderCursor after = cursor(cursor);
        TicketSearch search = new TicketSearch(text, ApiParams.choices("status", statuses, TicketStatus.class), teamId(team),
                tier == null || tier.isBlank() ? null : ApiParams.whole("tier", tier, 1, 99, 1),
                ApiParams.choice("priority", priority, Priority.class), ApiParams.choice("category", category, Category.class),
                null, ApiParams.instant("createdFrom", createdFrom), ApiParams.instant("createdTo", createdTo), null, null,
                order(order, text), null)
                .updatedBetween(ApiParams.instant("updatedFrom", updatedFrom), ApiParams.instant("updatedTo", updatedTo));
        if (customer != null && !customer.isBlank()) {
            Optional<CustomerOption> known = directory.customerByEmail(customer);
            if (known.isEmpty()) {
                return Response.ok(new TicketList(List.of(), 0, null)).build();
            }
            search = search.forCustomer(known.get().id());
        }
        SnapshotPage page = finder.snapshotsAfter(search, after, size);
        String next = page.next() == null ? null : page.next().token();
        Response.ResponseBuilder answer = Response.ok(new TicketList(page.tickets(), page.total(), next));
        if (next != null) {
            answer.link(uri.getRequestUriBuilder().replaceQueryParam("cursor", next).build(), "next");
        }
        return answer.build();
    }

    /**
     * Body (JSON merge patch): {@code {"priority": "URGENT", "category": "BILLING"}}, either or both;
     * a field as it is already is left alone. 200 with the ticket and its new {@code ETag}.
     */
    @PATCH
    @Path("{number}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    public Response change(@PathParam("number") String number, @HeaderParam("If-Match") String ifMatch, String body) {
        ApiInput in = ApiInput.body(body, "priority", "category");
        Priority priority = in.choice("priority", Priority.class);
        Category category = in.choice("category", Category.class);
        if (priority == null && category == null) {
            return Problem.response(422, "Nothing to change", "Send the fields to change: priority, category or both.",
                    List.of(new FieldError("priority", "Give a new priority, a new category, or both.")));
        }
        return changed(updates.apply(number, expected(ifMatch, number), new TicketChange.Fields(priority, category)));
    }

    /** The conversation on the ticket, oldest first: internal notes, public replies and the customer's messages. */
    @GET
    @Path("{number}/notes")
    public List<NoteView> notes(@PathParam("number") String number) {
        return tickets.notes(number);
    }

    /** Body: {@code {"body": "..."}}, an internal note the customer never sees. 201 with the note. */
    @POST
    @Path("{number}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addNote(@PathParam("number") String number, @HeaderParam("If-Match") String ifMatch, String body,
            @Context UriInfo uri) {
        return note(number, ifMatch, body, NoteVisibility.INTERNAL, uri);
    }

    /** Body: {@code {"body": "..."}}, a public reply that reaches the customer. 201 with the reply. */
    @POST
    @Path("{number}/replies")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addReply(@PathParam("number") String number, @HeaderParam("If-Match") String ifMatch, String body,
            @Context UriInfo uri) {
        return note(number, ifMatch, body, NoteVisibility.PUBLIC, uri);
    }

    private Response note(String number, String ifMatch, String body, NoteVisibility visibility, UriInfo uri) {
        String text = requiredText(body, "body");
        TicketUpdates.AddedNote added = updates.addNote(number, expected(ifMatch, number), text, visibility);
        return Response.created(uri.getBaseUriBuilder().path("tickets").path(added.ticket().number()).path("notes").build())
                .tag(tag(added.ticket())).entity(added.note()).build();
    }

    /** Body: {@code {}}. The caller takes the ticket on: it is theirs and open. */
    @POST
    @Path("{number}/claim")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response claim(@PathParam("number") String number, @HeaderParam("If-Match") String ifMatch, String body) {
        ApiInput.body(body);
        return changed(updates.apply(number, expected(ifMatch, number), new TicketChange.Claim()));
    }

    /** Body: {@code {"assignee": "tom"}}, another agent of the ticket's team by login. */
    @POST
    @Path("{number}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response assign(@PathParam("number") String number, @HeaderParam("If-Match") String ifMatch, String body) {
        String assignee = requiredText(body, "assignee");
        return changed(updates.apply(number, expected(ifMatch, number), new TicketChange.Assign(assignee.strip())));
    }

    /** Body: {@code {"question": "..."}}, what the customer is asked; the clocks pause until they answer. */
    @POST
    @Path("{number}/wait-on-customer")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response waitOnCustomer(@PathParam("number") String number, @HeaderParam("If-Match") String ifMatch, String body) {
        String question = requiredText(body, "question");
        return changed(updates.apply(number, expected(ifMatch, number), new TicketChange.WaitOnCustomer(question)));
    }

    /** Body: {@code {}}. Work goes on without the customer's answer. */
    @POST
    @Path("{number}/resume")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response resume(@PathParam("number") String number, @HeaderParam("If-Match") String ifMatch, String body) {
        ApiInput.body(body);
        return changed(updates.apply(number, expected(ifMatch, number), new TicketChange.Resume()));
    }

    /**
     * Body: {@code {"summary": "...", "withdrawPendingDecisions": false}}. Refused (409) while a decision
     * waits for approval, unless the caller withdraws them with it.
     */
    @POST
    @Path("{number}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response resolve(@PathParam("number") String number, @HeaderParam("If-Match") String ifMatch, String body) {
        ApiInput in = ApiInput.body(body, "summary", "withdrawPendingDecisions");
        String summary = in.text("summary");
        requireAll(List.of(new Required("summary", summary)));
        return changed(updates.apply(number, expected(ifMatch, number),
                new TicketChange.Resolve(summary, in.flag("withdrawPendingDecisions", false))));
    }

    /** Body: {@code {"reason": "..."}}, why the case is open again. */
    @POST
    @Path("{number}/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reopen(@PathParam("number") String number, @HeaderParam("If-Match") String ifMatch, String body) {
        String reason = requiredText(body, "reason");
        return changed(updates.apply(number, expected(ifMatch, number), new TicketChange.Reopen(reason)));
    }

    /** Body: {@code {}}. A resolved ticket is closed for good. */
    @POST
    @Path("{number}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response close(@PathParam("number") String number, @HeaderParam("If-Match") String ifMatch, String body) {
        ApiInput.body(body);
        return changed(updates.apply(number, expected(ifMatch, number), new TicketChange.Close()));
    }

    /** Body: {@code {"ticket": "ESC-10042"}}, a related ticket, linked both ways. */
    @POST
    @Path("{number}/links")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response link(@PathParam("number") String number, @HeaderParam("If-Match") String ifMatch, String body) {
        String other = requiredText(body, "ticket");
        return changed(updates.apply(number, expected(ifMatch, number), new TicketChange.Link(other.strip())));
    }

    @DELETE
    @Path("{number}/links/{other}")
    public Response unlink(@PathParam("number") String number, @PathParam("other") String other,
            @HeaderParam("If-Match") String ifMatch) {
        return changed(updates.apply(number, expected(ifMatch, number), new TicketChange.Unlink(other)));
    }

    /** Body: {@code {"into": "ESC-10042"}}: this ticket is a duplicate of that one, and closes for good. */
    @POST
    @Path("{number}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response merge(@PathParam("number") String number, @HeaderParam("If-Match") String ifMatch, String body) {
        String into = requiredText(body, "into");
        return changed(updates.apply(number, expected(ifMatch, number), new TicketChange.Merge(into.strip())));
    }

    @GET
    @Path("{number}/escalations")
    public List<EscalationView> escalations(@PathParam("number") String number) {
        return tickets.details(number).escalations();
    }

    /**
     * Body: {@code {"reason": "KNOWLEDGE", "toTeam": "Billing specialists", "issue": "...", "stepsTaken":
     * "...", "needed": "..."}}; without {@code toTeam} the escalation policy's proposal is taken. 201
     * with the escalation and its {@code Location}.
     */
    @POST
    @Path("{number}/escalations")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response escalate(@PathParam("number") String number, String body, @Context UriInfo uri) {
        ApiInput in = ApiInput.body(body, "reason", "toTeam", "issue", "stepsTaken", "needed");
        EscalationReason reason = in.choice("reason", EscalationReason.class);
        String issue = in.text("issue");
        String steps = in.text("stepsTaken");
        String needed = in.text("needed");
        Long team = teamId(in.text("toTeam"), "toTeam");
        requireAll(List.of(new Required("reason", reason), new Required("issue", issue), new Required("stepsTaken", steps),
                new Required("needed", needed)));
        long id = escalations.escalate(new EscalationRequest(number, team, reason, issue, steps, needed));
        return Response.created(uri.getBaseUriBuilder().path("escalations").path(Long.toString(id)).build())
                .entity(escalations.view(id)).build();
    }

    @GET
    @Path("{number}/decisions")
    public List<DecisionRequestView> decisions(@PathParam("number") String number) {
        return approvals.forTicket(number);
    }

    /**
     * Body: {@code {"kind": "REFUND", "amount": 250.00, "currency": "EUR", "justification": "..."}}, the
     * amount and currency for the kinds that have one. Decided at once within the caller's own
     * authority, else waiting for its approvers. 201 with the request and its {@code Location}.
     */
    @POST
    @Path("{number}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response requestDecision(@PathParam("number") String number, String body, @Context UriInfo uri) {
        ApiInput in = ApiInput.body(body, "kind", "amount", "currency", "justification");
        String kind = in.text("kind");
        String justification = in.text("justification");
        requireAll(List.of(new Required("kind", kind), new Required("justification", justification)));
        DecisionRequestView made = approvals.request(new NewDecisionRequest(number, kind.strip().toUpperCase(Locale.ROOT),
                in.decimal("amount"), in.text("currency"), justification));
        return Response.created(uri.getBaseUriBuilder().path("decisions").path(Long.toString(made.id())).build())
                .entity(approvals.view(made.id())).build();
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

    /** A field a call cannot do without, and what the client sent for it. */
    private record Required(String field, Object value) {
    }

    /** The one member of a body that holds only it, which must not be left out or blank. */
    private static String requiredText(String body, String member) {
        String text = ApiInput.body(body, member).text(member);
        requireAll(List.of(new Required(member, text)));
        return text;
    }

    /** 422 naming every required field left out or blank. */
    private static void requireAll(List<Required> fields) {
        List<FieldError> missing = new ArrayList<>();
        fields.forEach(f -> required(missing, f.field(), f.value()));
        if (!missing.isEmpty()) {
            throw new MissingFields(missing);
        }
    }

    /** The answer to a change: the ticket as it is now, with its new entity tag. */
    private static Response changed(TicketSnapshot ticket) {
        return Response.ok(ticket).tag(tag(ticket)).build();
    }

    /**
     * The version an {@code If-Match} names for the ticket: null when the header is absent or {@code *};
     * a header naming only other tags (weak ones never match) can never hold, so the change is refused.
     */
    static Long expected(String ifMatch, String number) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String prefix = "\"" + number.strip().toUpperCase(Locale.ROOT) + ".";
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.toUpperCase(Locale.ROOT).startsWith(prefix) && tag.endsWith("\"") && tag.length() > prefix.length() + 1) {
                try {
                    return Long.parseLong(tag.substring(prefix.length(), tag.length() - 1));
                } catch (NumberFormatException e) {
                    // not one of ours: it matches nothing
                }
            }
        }
        throw new StaleVersion("If-Match names no version of " + number + " (" + ApiInput.abbreviate(ifMatch)
                + "); read the ticket for its ETag.");
    }

    private Long teamId(String name) {
        return teamId(name, "team");
    }

    /** The id of the team so named (any case), or null when no name was given. */
    private Long teamId(String name, String field) {
        if (name == null || name.isBlank()) {
            return null;
        }
        List<TeamOption> teams = directory.teams();
        return teams.stream().filter(t -> t.name().equalsIgnoreCase(name.strip())).findFirst().map(TeamOption::id)
                .orElseThrow(() -> InvalidInput.of(field, "There is no team '" + ApiInput.abbreviate(name) + "'; the teams are "
                        + String.join(", ", teams.stream().map(TeamOption::name).toList()) + "."));
    }

    private static FinderCursor cursor(String token) {
        if (token == null || token.isBlank()) {
            return null;
        }
        try {
            return FinderCursor.ofToken(token);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("cursor", "'cursor' is not one this API gave; pass the 'next' of the page before as it is.");
        }
    }

    private static TicketSearch.Order order(String order, String text) {
        if (order == null || order.isBlank()) {
            return null;
        }
        return switch (order.strip().toLowerCase(Locale.ROOT)) {
            case "updated" -> TicketSearch.Order.NEWEST_CHANGE;
            case "created" -> TicketSearch.Order.NEWEST_CREATED;
            case "relevance" -> text == null || text.isBlank() ? null : TicketSearch.Order.RELEVANCE;
            default -> throw InvalidInput.of("order", "'order' is one of updated, created, relevance, not '"
                    + ApiInput.abbreviate(order) + "'.");
        };
    }

    /** The ticket's files, oldest first, for whoever may see the ticket. */
    @GET
    @Path("{number}/attachments")
    public List<AttachmentView> attachments(@PathParam("number") String number) {
        return attachments.list(number);
    }

    /**
     * Adds a file to the ticket: the body is the file's bytes, of any type, named by {@code ?name=} or
     * by the {@code filename} of a {@code Content-Disposition} header. 201 with the file and its
     * {@code Location}; 413 beyond the desk's size limit; 415 for a kind of file the desk does not take
     * (or named as another kind than its content is).
     */
    @POST
    @Path("{number}/attachments")
    @Consumes(MediaType.WILDCARD)
    public Response attach(@PathParam("number") String number, @QueryParam("name") String name,
            @HeaderParam("Content-Disposition") String disposition, InputStream body, @Context UriInfo uri) throws IOException {
        String fileName = name != null && !name.isBlank() ? name : FileNames.fromDisposition(disposition);
        if (fileName == null || fileName.isBlank()) {
            throw new MissingFields(List.of(new FieldError("name", "Name the file: ?name=invoice.pdf, or a Content-Disposition"
                    + " header with its filename.")));
        }
        long most = attachments.limits().fileBytes();
        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, most + 1));
        if (bytes.length > most) {
            return Problem.response(413, "File too large", "A file may be at most " + attachments.limits().fileMb() + " MB.", null);
        }
        if (FileKind.of(Attachment.cleanName(fileName), bytes).isEmpty() && bytes.length > 0) {
            return Problem.response(415, "Unsupported media type", "The desk does not take files like " + Attachment.cleanName(fileName)
                    + " (it goes by the file's content): it takes images (PNG, JPEG, GIF, WebP), PDF, office documents, ZIP"
                    + " archives, emails (.eml) and plain text.", null);
        }
        AttachmentView added = attachments.attach(number, List.of(new NewFile(fileName, bytes))).get(0);
        return Response.created(uri.getBaseUriBuilder().path("attachments").path(Long.toString(added.id())).build()).entity(added)
                .build();
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
