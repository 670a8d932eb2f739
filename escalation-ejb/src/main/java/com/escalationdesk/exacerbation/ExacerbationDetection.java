package com.escalationdesk.exacerbation;

import com.escalationdesk.audit.AuditAction;
import com.escalationdesk.audit.AuditEntry;
import com.escalationdesk.audit.AuditTrail;
import com.escalationdesk.shared.ReactionOrder;
import com.escalationdesk.ticket.TicketEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Detects exacerbations as the ticket events happen, in their transaction: each rule that fires is
 * recorded once per ticket (a rule that fires again on the same ticket adds nothing), with what made
 * it fire, and audited on the ticket's timeline. History (demo data) is recorded too.
 *
 * <p>The number of teams that makes a case "passed through many teams" is
 * {@code -Descalationdesk.exacerbation.teams} (3 unless set).
 */
@ApplicationScoped
public class ExacerbationDetection {

    public static final String TEAMS_LIMIT = "escalationdesk.exacerbation.teams";

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    void on(@Observes @Priority(ReactionOrder.RECORDS) TicketEvent event) {
        ExacerbationDetector detector = new ExacerbationDetector(Integer.getInteger(TEAMS_LIMIT, ExacerbationDetector.DEFAULT_TEAMS));
        for (ExacerbationDetector.Finding finding : detector.findings(event)) {
            boolean known = !em.createQuery("SELECT x.id FROM Exacerbation x WHERE x.ticket = :ticket AND x.rule = :rule",
                    Long.class).setParameter("ticket", event.ticket()).setParameter("rule", finding.rule())
                    .getResultList().isEmpty();
            if (known) {
                continue;
            }
            Exacerbation x = new Exacerbation(event.ticket(), finding.rule(), finding.detail(), event.at());
            em.persist(x);
            audit.recordAt(AuditEntry.ticketChain(event.ticket().getNumber()), "exacerbation-detector",
                    AuditAction.EXACERBATION_DETECTED, finding.rule().label() + ": " + x.getDetail(), null, x.auditState(),
                    event.at());
        }
    }
}
