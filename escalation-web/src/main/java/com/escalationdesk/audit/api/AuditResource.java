package com.escalationdesk.audit.api;

import com.escalationdesk.audit.AuditReports;
import com.escalationdesk.audit.AuditRow;
import com.escalationdesk.audit.AuditVerification;
import com.escalationdesk.audit.CheckpointDocument;
import com.escalationdesk.audit.CheckpointRow;
import com.escalationdesk.shared.NotFound;
import com.escalationdesk.shared.api.ApiInput;
import com.escalationdesk.shared.api.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** The audit trail for auditors and integrations: verification, checkpoints and proofs, and exports as JSON or CSV. */
@ApplicationScoped
@Path("audit")
public class AuditResource {

    @Inject
    private AuditReports reports;

    @GET
    @Path("verification")
    @Produces(MediaType.APPLICATION_JSON)
    public AuditVerification verification() {
        return reports.verify();
    }

    /** Verifies against a checkpoint from the caller's own records, sent as the body (the checkpoint file's JSON). */
    @POST
    @Path("verification")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public AuditVerification verifyAgainst(String checkpoint) {
        if (checkpoint == null || checkpoint.isBlank()) {
            throw InvalidInput.of("checkpoint", "Send the checkpoint file's JSON as the body.");
        }
        return reports.verifyAgainst(checkpoint);
    }

    /** The newest checkpoints, newest first. */
    @GET
    @Path("checkpoints")
    @Produces(MediaType.APPLICATION_JSON)
    public List<CheckpointDocument> checkpoints() {
        return reports.checkpoints(100).stream().map(c -> CheckpointDocument.of(c.head())).toList();
    }

    /** Signs a checkpoint over everything written so far. */
    @POST
    @Path("checkpoints")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response makeCheckpoint() {
        return Response.status(Response.Status.CREATED).entity(CheckpointDocument.of(reports.makeCheckpoint().head())).build();
    }

    /** The newest checkpoint as a file to keep: what an outside witness fetches on its own schedule. */
    @GET
    @Path("checkpoints/latest")
    @Produces(MediaType.APPLICATION_JSON)
    public Response latestCheckpoint() {
        List<CheckpointRow> latest = reports.checkpoints(1);
        if (latest.isEmpty()) {
            throw new NotFound("The desk has made no checkpoint yet.");
        }
        CheckpointRow c = latest.get(0);
        return Response.ok(c.json(), MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "attachment; filename=\"audit-checkpoint-" + c.head().size() + ".json\"")
                .build();
    }

    /** The RFC 6962 consistency proof that the log of {@code from} entries is a prefix of the log of {@code to}. */
    @GET
    @Path("consistency")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> consistency(@QueryParam("from") String from, @QueryParam("to") String to) {
        long first = size(from, "from");
        long second = size(to, "to");
        return Map.of("from", first, "to", second, "proof", reports.consistency(first, second));
    }

    private static long size(String value, String name) {
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw InvalidInput.of(name, "Give '" + name + "' as the size of a checkpoint, a whole number.");
        }
    }

    /** A ticket's trail: as CSV, or as JSON with the newest checkpoint and each entry's inclusion proof. */
    @GET
    @Path("tickets/{number}")
    public Response ticket(@PathParam("number") String number, @QueryParam("format") String format) {
        if (format != null && format.equalsIgnoreCase("csv")) {
            return export(reports.ticketTrail(number), format, "audit-" + number);
        }
        if (format == null || format.isBlank() || format.equalsIgnoreCase("json")) {
            return Response.ok(reports.ticketExport(number), MediaType.APPLICATION_JSON_TYPE).build();
        }
        throw InvalidInput.of("format", "Unknown format '" + ApiInput.abbreviate(format) + "'; use json or csv.");
    }

    /** Entries recorded from the day {@code from} to the day {@code to}, both included (UTC dates). */
    @GET
    @Path("entries")
    public Response period(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("format") String format) {
        LocalDate first = date(from, "from");
        LocalDate last = date(to, "to");
        if (last.isBefore(first)) {
            throw InvalidInput.of("to", "'to' (" + last + ") comes before 'from' (" + first + ").");
        }
        return export(reports.period(first.atStartOfDay(ZoneOffset.UTC).toInstant(),
                last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()), format, "audit-" + first + "-to-" + last);
    }

    private static LocalDate date(String value, String name) {
        if (value == null || value.isBlank()) {
            throw InvalidInput.of(name, "Give the query parameter '" + name + "' as a date, e.g. 2026-11-24.");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInput.of(name, "'" + ApiInput.abbreviate(value) + "' is not a date; write it as 2026-11-24.");
        }
        if (date.getYear() < 1970 || date.getYear() > 9999) {
            throw InvalidInput.of(name, "'" + name + "' must be a date from 1970 to 9999.");
        }
        return date;
    }

    private static Response export(List<AuditRow> rows, String format, String fileName) {
        if (format == null || format.isBlank() || format.equalsIgnoreCase("json")) {
            return Response.ok(rows, MediaType.APPLICATION_JSON_TYPE).build();
        }
        if (format.equalsIgnoreCase("csv")) {
            return Response.ok(AuditCsv.of(rows), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + fileName + ".csv\"")
                    .build();
        }
        throw InvalidInput.of("format", "Unknown format '" + ApiInput.abbreviate(format) + "'; use json or csv.");
    }
}
