package com.escalationdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.escalationdesk.audit.AuditAction;
import com.escalationdesk.audit.AuditEntry;
import com.escalationdesk.directory.CustomerOption;
import com.escalationdesk.directory.Directory;
import com.escalationdesk.directory.TeamOption;
import com.escalationdesk.escalation.EscalationReason;
import com.escalationdesk.escalation.EscalationRequest;
import com.escalationdesk.escalation.Escalations;
import com.escalationdesk.metrics.Metrics;
import com.escalationdesk.metrics.Share;
import com.escalationdesk.metrics.TrainingNeeds;
import com.escalationdesk.metrics.TrainingReport;
import com.escalationdesk.shared.AccessRefused;
import com.escalationdesk.shared.NotFound;
import com.escalationdesk.shared.RuleViolation;
import com.escalationdesk.testing.OnAFreshDemoDesk;
import com.escalationdesk.testing.SignIn;
import com.escalationdesk.testing.TestClock;
import com.escalationdesk.ticket.Category;
import com.escalationdesk.ticket.NewTicket;
import com.escalationdesk.ticket.Priority;
import com.escalationdesk.ticket.Tickets;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Training needs and coaching on Payara Micro: forty days after the demo's history, tom escalates
 * every billing ticket he takes in while alice resolves hers with an article; tom is the one clear
 * outlier, the article is suggested, maria (his manager) asks him to read it, and he marks it read,
 * each step on his coaching audit chain.
 */
class CoachingIT extends OnAFreshDemoDesk {

    @Inject
    SignIn signIn;

    @Inject
    Tickets tickets;

    @Inject
    Escalations escalations;

    @Inject
    Directory directory;

    @Inject
    Knowledge knowledge;

    @Inject
    Metrics metrics;

    @Inject
    Coaching coaching;

    @Inject
    TestClock clock;

    @PersistenceContext(unitName = "escalation")
    EntityManager em;

    @Test
    void anAgentWhoEscalatesMoreThanTheirPeersIsFoundCoachedAndReadsTheArticle() {
        clock.advance(Duration.ofDays(40));
        signIn.as("bob");
        String article = knowledge.create(new ArticleContent("Refunds of a double charge", "A customer was charged twice", null,
                null, "Refund the second charge from the billing screen.", Category.BILLING, List.of(), Audience.INTERNAL), null);
        TeamOption billing = directory.teams().stream().filter(t -> t.name().equals("Billing specialists")).findFirst().orElseThrow();
        for (int i = 0; i < 6; i++) {
            signIn.as("tom");
            escalations.escalate(new EscalationRequest(billingTicket("Double charge " + i), billing.id(), EscalationReason.KNOWLEDGE,
                    "Charged twice", "Checked the invoice", "Refund it"));
            signIn.as("alice");
            String resolved = billingTicket("Charged twice " + i);
            knowledge.link(resolved, article);
            tickets.resolve(resolved, "Refunded the second charge.");
        }

        signIn.as("maria");
        TrainingReport report = metrics.trainingNeeds(7, null);

        List<TrainingReport.Coachable> outliers = report.rows().stream().filter(c -> c.row().outlier()).toList();
        assertThat(outliers).singleElement().satisfies(c -> {
            assertThat(c.row()).isEqualTo(new TrainingNeeds.Row("tom", 1, "BILLING", new Share(6, 6), new Share(0, 6), true));
            assertThat(c.articles()).containsExactly(new TrainingReport.SuggestedArticle(article, "Refunds of a double charge", 6));
        });
        // bob's team (Billing specialists) is omar's: maria sees none of its agents
        assertThat(report.rows()).extracting(c -> c.row().agent()).doesNotContain("bob");

        long note = coaching.assign("tom", article, "Most double charges are refunded at Tier 1; this shows how.");
        assertThatThrownBy(() -> coaching.assign("bob", article, "Read it")).isInstanceOf(AccessRefused.class)
                .hasMessageContaining("Billing specialists");
        assertThatThrownBy(() -> coaching.assign("tom", "KB-999999", "Read it")).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> coaching.assign("tom", article, " ")).isInstanceOf(RuleViolation.class)
                .hasMessage("Why to read it is required.");
        assertThat(coaching.given()).singleElement().satisfies(n -> assertThat(n.read()).isFalse());

        signIn.as("alice");
        assertThat(coaching.mine()).isEmpty();
        assertThatThrownBy(() -> coaching.markRead(note)).isInstanceOf(AccessRefused.class);
        assertThatThrownBy(() -> coaching.assign("tom", article, "Read it")).isInstanceOf(EJBAccessException.class);

        signIn.as("tom");
        assertThat(coaching.mine()).singleElement().satisfies(n -> {
            assertThat(n.article()).isEqualTo(article);
            assertThat(n.note()).startsWith("Most double charges");
            assertThat(n.assignedBy()).isEqualTo("Maria Rossi");
        });
        coaching.markRead(note);
        assertThat(coaching.mine().get(0).read()).isTrue();
        assertThatThrownBy(() -> coaching.markRead(note)).isInstanceOf(RuleViolation.class);

        signIn.as("maria");
        assertThat(coaching.given().get(0).read()).isTrue();
        assertThat(em.createNamedQuery(AuditEntry.CHAIN, AuditEntry.class).setParameter("chainKey", "coaching:tom").getResultList())
                .extracting(AuditEntry::getAction).containsExactly(AuditAction.COACHING_NOTE_ASSIGNED, AuditAction.COACHING_NOTE_READ);
    }

    private String billingTicket(String subject) {
        CustomerOption customer = directory.findCustomers("Contoso").get(0);
        return tickets.open(new NewTicket(customer.id(), subject, "The customer explains: " + subject, Category.BILLING, Priority.NORMAL));
    }
}
