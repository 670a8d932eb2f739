package com.escalationdesk.attachment.api;

import com.escalationdesk.attachment.AttachmentLimits;
import com.escalationdesk.attachment.AttachmentView;
import com.escalationdesk.attachment.Attachments;
import com.escalationdesk.attachment.FileDownload;
import com.escalationdesk.shared.api.ApiInput;
import com.escalationdesk.shared.api.FieldError;
import com.escalationdesk.shared.api.InvalidInput;
import com.escalationdesk.shared.api.MissingFields;
import com.escalationdesk.shared.web.FileResponses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Files on tickets: described, downloaded (with the header fields of {@link FileResponses}), and the
 * size limits read by anyone and set by an admin. A ticket's files are listed and added under
 * {@code /tickets/{number}/attachments}.
 */
@ApplicationScoped
@Path("attachments")
@Produces(MediaType.APPLICATION_JSON)
public class AttachmentsResource {

    @Inject
    private Attachments attachments;

    @GET
    @Path("{id}")
    public AttachmentView describe(@PathParam("id") String id) {
        return attachments.describe(ApiInput.id("id", id));
    }

    /** The file's bytes; {@code inline=true} shows an image in the page (a preview), every other file is saved. */
    @GET
    @Path("{id}/content")
    @Produces(MediaType.WILDCARD)
    public Response content(@PathParam("id") String id, @QueryParam("inline") boolean inline) {
        FileDownload file = attachments.download(ApiInput.id("id", id));
        Response.ResponseBuilder answer = Response.ok(file.bytes());
        FileResponses.headers(file, inline, answer::header);
        return answer.build();
    }

    @GET
    @Path("limits")
    public Map<String, Integer> limits() {
        AttachmentLimits limits = attachments.limits();
        return Map.of("fileMb", limits.fileMb(), "ticketMb", limits.ticketMb());
    }

    /** An admin sets {@code fileMb} (1 to 100) and {@code ticketMb} (at least a file's, at most 1,000). */
    @PUT
    @Path("limits")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Integer> setLimits(String body) {
        ApiInput in = ApiInput.body(body, "fileMb", "ticketMb");
        List<FieldError> missing = new ArrayList<>();
        for (String member : List.of("fileMb", "ticketMb")) {
            if (in.decimal(member) == null) {
                missing.add(new FieldError(member, "'" + member + "' is required."));
            }
        }
        if (!missing.isEmpty()) {
            throw new MissingFields(missing);
        }
        AttachmentLimits limits = attachments.setLimits(megabytes("fileMb", in.decimal("fileMb")),
                megabytes("ticketMb", in.decimal("ticketMb")));
        return Map.of("fileMb", limits.fileMb(), "ticketMb", limits.ticketMb());
    }

    private static int megabytes(String member, BigDecimal value) {
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            throw InvalidInput.of(member, "'" + member + "' is a whole number of MB.");
        }
    }
}
