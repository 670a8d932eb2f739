package com.escalationdesk.integration.api;

import com.escalationdesk.integration.DeliveryRow;
import com.escalationdesk.integration.RegisteredWebhook;
import com.escalationdesk.integration.WebhookEvent;
import com.escalationdesk.integration.WebhookRow;
import com.escalationdesk.integration.Webhooks;
import com.escalationdesk.shared.NotFound;
import com.escalationdesk.shared.api.ApiInput;
import com.escalationdesk.shared.api.ApiParams;
import com.escalationdesk.shared.api.FieldError;
import com.escalationdesk.shared.api.InvalidInput;
import com.escalationdesk.shared.api.MissingFields;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Webhooks for an admin's script, as on the Webhooks page: register one (its signing secret in that
 * answer only), change or pause it, list the deliveries with their outcome, send one again, and
 * allow or refuse private addresses.
 */
@ApplicationScoped
@Path("webhooks")
@Produces(MediaType.APPLICATION_JSON)
public class WebhooksResource {

    @Inject
    private Webhooks webhooks;

    /** Whether webhooks may go to private and loopback addresses. */
    public record Settings(boolean privateAddresses) {
    }

    @GET
    public List<WebhookRow> list() {
        return webhooks.all();
    }

    @GET
    @Path("{id}")
    public WebhookRow read(@PathParam("id") String id) {
        long wanted = ApiInput.id("id", id);
        return webhooks.all().stream().filter(w -> w.id() == wanted).findFirst()
                .orElseThrow(() -> new NotFound("There is no webhook " + wanted + "."));
    }

    /**
     * Body: {@code {"url": "https://...", "description": "...", "events": ["ticket.created", ...]}}; all
     * events when {@code events} is left out. 201 with the webhook and its {@code secret}, shown this once.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(String body, @Context UriInfo uri) {
        ApiInput in = ApiInput.body(body, "url", "description", "events");
        String url = in.text("url");
        String description = in.text("description");
        List<FieldError> missing = new ArrayList<>();
        if (url == null || url.isBlank()) {
            missing.add(new FieldError("url", "'url' is required: where the events are POSTed."));
        }
        if (description == null || description.isBlank()) {
            missing.add(new FieldError("description", "'description' is required: what listens there."));
        }
        if (!missing.isEmpty()) {
            throw new MissingFields(missing);
        }
        List<String> named = in.texts("events");
        RegisteredWebhook made = webhooks.register(url.strip(), description, named == null ? EnumSet.allOf(WebhookEvent.class) : events(named));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(made.webhook().id())).build()).entity(made).build();
    }

    /** Body: any of {@code {"description": "...", "events": [...], "active": false}}; what is left out stays. */
    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    public WebhookRow change(@PathParam("id") String id, String body) {
        WebhookRow now = read(id);
        ApiInput in = ApiInput.body(body, "description", "events", "active");
        String description = in.text("description");
        List<String> named = in.texts("events");
        Set<WebhookEvent> events = named != null ? events(named) : events(now.events());
        return webhooks.change(now.id(), description == null ? now.description() : description, events, in.flag("active", now.active()));
    }

    /** The newest deliveries (of one webhook with {@code webhook}), at most {@code limit} (1 to 500, 50). */
    @GET
    @Path("deliveries")
    public List<DeliveryRow> deliveries(@QueryParam("webhook") String webhook, @QueryParam("limit") String limit) {
        return webhooks.deliveries(webhook == null || webhook.isBlank() ? null : ApiInput.id("webhook", webhook),
                ApiParams.whole("limit", limit, 1, Webhooks.MAX_LISTED, 50));
    }

    @GET
    @Path("deliveries/{id}")
    public DeliveryRow delivery(@PathParam("id") String id) {
        return webhooks.delivery(ApiInput.id("id", id));
    }

    /** Body: {@code {}}. Sends the delivery again now, with the same message id. */
    @POST
    @Path("deliveries/{id}/redeliver")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response redeliver(@PathParam("id") String id, String body) {
        ApiInput.body(body);
        return Response.accepted(webhooks.redeliver(ApiInput.id("id", id))).build();
    }

    @GET
    @Path("settings")
    public Settings settings() {
        return new Settings(webhooks.privateAddressesAllowed());
    }

    /** Body: {@code {"privateAddresses": true}}. */
    @PUT
    @Path("settings")
    @Consumes(MediaType.APPLICATION_JSON)
    public Settings change(String body) {
        ApiInput in = ApiInput.body(body, "privateAddresses");
        if (!in.has("privateAddresses")) {
            throw new MissingFields(List.of(new FieldError("privateAddresses", "'privateAddresses' is required: true or false.")));
        }
        webhooks.allowPrivateAddresses(in.flag("privateAddresses", false));
        return settings();
    }

    private static Set<WebhookEvent> events(List<String> names) {
        Set<WebhookEvent> events = EnumSet.noneOf(WebhookEvent.class);
        for (String name : names) {
            events.add(WebhookEvent.named(name).orElseThrow(() -> InvalidInput.of("events", "'events' are among "
                    + String.join(", ", Arrays.stream(WebhookEvent.values()).map(WebhookEvent::type).toList()) + ", not '"
                    + ApiInput.abbreviate(name) + "'.")));
        }
        return events;
    }
}
