package com.escalationdesk.audit;

import com.escalationdesk.shared.Boundary;
import com.escalationdesk.directory.Callers;
import com.escalationdesk.directory.Role;
import com.escalationdesk.shared.RuleViolation;
import com.escalationdesk.ticket.TicketLookup;
import com.escalationdesk.ticket.TierPolicy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/** Verifying the audit trail against its hash chains and signed checkpoints, making checkpoints, and exporting the trail per ticket (with proofs) or per period. */
@Stateless
@Boundary
public class AuditReports {

    /** The most entries one period export returns; a longer period must be split. */
    public static final int MAX_EXPORT = 100_000;

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    @Inject
    private Callers callers;

    @Inject
    private TicketLookup tickets;

    @Inject
    private AuditLog log;

    @Inject
    private AuditSigningKey signingKey;

    @Resource(lookup = "java:comp/DefaultDataSource")
    private DataSource dataSource;

    /** Verifies the trail: every chain, and the log against the desk's newest checkpoint. */
    @RolesAllowed(Role.ADMIN_NAME)
    public AuditVerification verify() {
        return verifyAgainst(null);
    }

    /**
     * Verifies the trail against a checkpoint from the user's own records (the JSON file the desk
     * lets admins download), or against the newest one when {@code checkpointJson} is blank.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public AuditVerification verifyAgainst(String checkpointJson) {
        TreeHead against = null;
        if (checkpointJson != null && !checkpointJson.isBlank()) {
            try {
                against = CheckpointJson.parse(checkpointJson.strip());
            } catch (IllegalArgumentException e) {
                throw new RuleViolation("That checkpoint could not be read: " + e.getMessage());
            }
        }
        try (Connection db = dataSource.getConnection()) {
            return AuditTrailCheck.verify(db, against, signingKey.keyIdIfAny().map(Set::of).orElse(null));
        } catch (SQLException e) {
            throw new IllegalStateException("The audit trail could not be read", e);
        }
    }

    /** Takes every entry written so far into the log and signs a checkpoint over it now. */
    @RolesAllowed(Role.ADMIN_NAME)
    public CheckpointRow makeCheckpoint() {
        return CheckpointRow.of(log.checkpoint(callers.current().getLoginName(), AuditCheckpoint.Reason.ON_DEMAND, null));
    }

    /** The newest checkpoints first, at most {@code max}. */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<CheckpointRow> checkpoints(int max) {
        return log.checkpoints(Math.max(1, Math.min(max, 500))).stream().map(CheckpointRow::of).toList();
    }

    /**
     * The consistency proof (RFC 6962, hex) that the log's first {@code from} entries are a prefix of its
     * first {@code to}, both the sizes of checkpoints the desk made.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<String> consistency(long from, long to) {
        AuditCheckpoint latest = log.latest();
        if (latest == null || from < 0 || to < from || to > latest.getTreeSize()) {
            throw new RuleViolation("Give two checkpoint sizes, the first not larger than the second, the second at most "
                    + (latest == null ? 0 : latest.getTreeSize()) + ".");
        }
        return MerkleTree.hex(log.tree(to).consistencyProof(from, to));
    }

    /** A ticket's whole trail, for whoever may see the ticket. */
    @RolesAllowed({Role.AGENT_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
    public List<AuditRow> ticketTrail(String ticketNumber) {
        var ticket = tickets.byNumber(ticketNumber);
        TierPolicy.requireView(callers.current(), ticket);
        return em.createNamedQuery(AuditEntry.CHAIN, AuditEntry.class)
                .setParameter("chainKey", AuditEntry.ticketChain(ticket.getNumber()))
                .getResultStream().map(AuditRow::of).toList();
    }

    /** A ticket's trail with the newest checkpoint and each covered entry's inclusion proof, for whoever may see the ticket. */
    @RolesAllowed({Role.AGENT_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
    public TicketAuditExport ticketExport(String ticketNumber) {
        List<AuditRow> rows = ticketTrail(ticketNumber);
        AuditCheckpoint latest = log.latest();
        if (latest == null) {
            return new TicketAuditExport(rows.isEmpty() ? null : rows.get(0).chain(), rows, null, List.of());
        }
        long size = latest.getTreeSize();
        List<AuditRow> covered = rows.stream().filter(r -> r.logIndex() != null && r.logIndex() < size).toList();
        MerkleTree tree = covered.isEmpty() ? null : log.tree(size);
        List<TicketAuditExport.Inclusion> proofs = covered.stream()
                .map(r -> new TicketAuditExport.Inclusion(r.logIndex(), MerkleTree.hex(tree.inclusionProof(r.logIndex(), size))))
                .toList();
        return new TicketAuditExport(rows.isEmpty() ? null : rows.get(0).chain(), rows, CheckpointDocument.of(latest.head()), proofs);
    }

    /** Everything recorded in [from, to), in time order. */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<AuditRow> period(Instant from, Instant to) {
        RuleViolation.require(from, "The start of the period");
        RuleViolation.require(to, "The end of the period");
        if (!to.isAfter(from)) {
            throw new RuleViolation("The period must end after it starts.");
        }
        if (Duration.between(from, to).toDays() > 366) {
            throw new RuleViolation("Export at most a year at a time.");
        }
        List<AuditRow> rows = em.createNamedQuery(AuditEntry.IN_PERIOD, AuditEntry.class)
                .setParameter("from", AuditEntry.micros(from)).setParameter("to", AuditEntry.micros(to))
                .setMaxResults(MAX_EXPORT + 1)
                .getResultStream().map(AuditRow::of).toList();
        if (rows.size() > MAX_EXPORT) {
            throw new RuleViolation("The period holds more than " + MAX_EXPORT + " entries; export a shorter period.");
        }
        return rows;
    }
}
