package com.escalationdesk.audit.api;

import com.escalationdesk.audit.AuditReports;
import com.escalationdesk.audit.AuditRow;
import com.escalationdesk.audit.AuditVerification;
import com.escalationdesk.shared.api.ApiInput;
import com.escalationdesk.shared.api.InvalidInput;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
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

/** The audit trail for auditors and integrations: verification, and exports as JSON or CSV. */
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

    @GET
    @Path("tickets/{number}")
    public Response ticket(@PathParam("number") String number, @QueryParam("format") String format) {
        return export(reports.ticketTrail(number), format, "audit-" + number);
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
