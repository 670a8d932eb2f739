package com.escalationdesk.audit.web;

import com.escalationdesk.audit.AuditReports;
import com.escalationdesk.audit.AuditVerification;
import com.escalationdesk.audit.CheckpointRow;
import com.escalationdesk.shared.web.FacesActions;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/** The admin's audit screen: verify the trail against its chains and checkpoints, make checkpoints, export. */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuditReports reports;

    private AuditVerification verification;
    private long verifiedInMillis;
    private String checkpointText;
    private List<CheckpointRow> checkpoints;
    private String ticketNumber;
    private LocalDate from = LocalDate.now().minusDays(30);
    private LocalDate to = LocalDate.now();

    public void verify() {
        long start = System.nanoTime();
        if (FacesActions.attempt(() -> verification = reports.verify())) {
            verifiedInMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        }
    }

    /** Verifies against the checkpoint pasted from the admin's own records. */
    public void verifyAgainst() {
        if (checkpointText == null || checkpointText.isBlank()) {
            FacesActions.error("Paste the checkpoint file's content (the JSON you downloaded) to verify against it.");
            return;
        }
        long start = System.nanoTime();
        verification = null;
        if (FacesActions.attempt(() -> verification = reports.verifyAgainst(checkpointText))) {
            verifiedInMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        }
    }

    public void makeCheckpoint() {
        CheckpointRow[] made = new CheckpointRow[1];
        if (FacesActions.attempt(() -> made[0] = reports.makeCheckpoint())) {
            checkpoints = null;
            FacesActions.info("Checkpoint signed: " + made[0].head().size() + " entries, root " + made[0].head().rootHash() + ".");
        }
    }

    public List<CheckpointRow> getCheckpoints() {
        if (checkpoints == null) {
            checkpoints = reports.checkpoints(20);
        }
        return checkpoints;
    }

    public String getCheckpointText() {
        return checkpointText;
    }

    public void setCheckpointText(String checkpointText) {
        this.checkpointText = checkpointText;
    }

    public void exportTicket(String format) throws IOException {
        if (ticketNumber == null || ticketNumber.isBlank()) {
            FacesActions.error("Enter the ticket number to export.");
            return;
        }
        redirect("api/v1/audit/tickets/" + URLEncoder.encode(ticketNumber.strip().toUpperCase(), StandardCharsets.UTF_8)
                + "?format=" + format);
    }

    public void exportPeriod(String format) throws IOException {
        if (from == null || to == null || to.isBefore(from)) {
            FacesActions.error("Choose a period whose last day is not before its first.");
            return;
        }
        redirect("api/v1/audit/entries?from=" + from + "&to=" + to + "&format=" + format);
    }

    private static void redirect(String path) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/" + path);
    }

    public AuditVerification getVerification() {
        return verification;
    }

    public long getVerifiedInMillis() {
        return verifiedInMillis;
    }

    public String getTicketNumber() {
        return ticketNumber;
    }

    public void setTicketNumber(String ticketNumber) {
        this.ticketNumber = ticketNumber;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
