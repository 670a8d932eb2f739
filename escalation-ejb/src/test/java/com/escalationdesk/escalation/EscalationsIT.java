package com.escalationdesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.escalationdesk.audit.AuditEntry;
import com.escalationdesk.audit.AuditTrail;
import com.escalationdesk.audit.TimelineEntry;
import com.escalationdesk.directory.CustomerOption;
import com.escalationdesk.directory.Directory;
import com.escalationdesk.directory.TeamOption;
import com.escalationdesk.shared.AccessRefused;
import com.escalationdesk.shared.RuleViolation;
import com.escalationdesk.testing.OnAFreshDemoDesk;
import com.escalationdesk.testing.SignIn;
import com.escalationdesk.ticket.Category;
import com.escalationdesk.ticket.NewTicket;
import com.escalationdesk.ticket.NoteVisibility;
import com.escalationdesk.ticket.Priority;
import com.escalationdesk.ticket.TicketDetails;
import com.escalationdesk.ticket.TicketStatus;
import com.escalationdesk.ticket.Tickets;
import jakarta.ejb.EJBAccessException;
import com.escalationdesk.testing.RecordedTicketEvents;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The escalation service on Payara Micro with the real embedded database, called as the demo
 * users through Jakarta Security: alice (Tier 1, Frontline support), bob (Tier 2, Billing
 * specialists), nina (Tier 2, Network engineering), maria (manager).
 */
class EscalationsIT extends OnAFreshDemoDesk {

    @Inject
    SignIn signIn;

    @Inject
    Tickets tickets;

    @Inject
    Escalations escalations;

    @Inject
    Directory directory;

    @Inject
    AuditTrail audit;

    @PersistenceContext(unitName = "escalation")
    EntityManager em;

    @Inject
    RecordedTicketEvents events;

    @Test
    void eachStepOfAnEscalationRaisesOneEventThatANewReactionHearsWithoutBeingWiredIn() {
        signIn.as("alice");
        String number = newTicket("Events of an escalation");
        long first = escalations.escalate(toBilling(number));
        escalations.withdraw(first);
        long second = escalations.escalate(toBilling(number));
        signIn.as("bob");
        escalations.returnToSender(second, "Frontline can refund this amount");
        signIn.as("alice");
        long third = escalations.escalate(toBilling(number));
        signIn.as("bob");
        escalations.accept(third);
        tickets.resolve(number, "Refunded the second capture.");
        tickets.reopen(number, "The customer sees the charge still");
        assertThatThrownBy(() -> tickets.reopen(number, "twice")).isInstanceOf(RuleViolation.class);

        assertThat(events.about(number)).containsExactly("Escalated", "EscalationWithdrawn", "Escalated",
                "EscalationReturned", "Escalated", "EscalationAccepted", "Resolved", "Reopened");
    }

    @Test
    void theDemoHistoryIsRaisedAsHistoryThatTellsNobody() {
        // the demo's escalations were raised when it loaded, marked as history
        signIn.as("maria");
        String demoEscalated = escalations.pending(true).get(0).escalation().ticketNumber();

        assertThat(events.about(demoEscalated)).contains("Escalated (history)").doesNotContain("Escalated");
    }

    @Test
    void aTier1AgentEscalatesFunctionallyWithReasonAndHandoff() {
        signIn.as("alice");
        String number = newTicket("Card charged twice");

        escalations.escalate(toBilling(number));

        TicketDetails t = tickets.details(number);
        assertThat(t.status()).isEqualTo(TicketStatus.ESCALATED);
        assertThat(t.team()).isEqualTo("Billing specialists");
        assertThat(t.assignee()).isNull();
        assertThat(t.pending().reason()).isEqualTo(EscalationReason.AUTHORITY);
        assertThat(t.pending().issue()).isEqualTo("Duplicate capture");
        assertThat(t.pending().stepsTaken()).isEqualTo("Checked the payment log");
        assertThat(t.pending().needed()).isEqualTo("Refund one capture");
        assertThat(t.actions().work()).as("the sender keeps read access only").isFalse();
        assertThat(t.timeline()).extracting(TimelineEntry::action).containsExactly("Ticket created", "Escalated");
        TimelineEntry escalated = t.timeline().get(1);
        assertThat(escalated.actor()).isEqualTo("alice");
        assertThat(escalated.before()).contains("\"status\":\"OPEN\"", "\"team\":\"Frontline support\"");
        assertThat(escalated.after()).contains("\"status\":\"ESCALATED\"", "\"team\":\"Billing specialists\"");
    }

    @Test
    void theReceivingTeamSeesTheEscalationAndAcceptingMakesTheTicketTheirs() {
        signIn.as("alice");
        String number = newTicket("Refund beyond policy");
        long escalation = escalations.escalate(toBilling(number));

        signIn.as("bob");
        assertThat(tickets.teamQueue()).anyMatch(row -> row.number().equals(number));
        escalations.accept(escalation);

        TicketDetails t = tickets.details(number);
        assertThat(t.assignee()).isEqualTo("Bob Nakamura");
        assertThat(t.status()).isEqualTo(TicketStatus.OPEN);
        assertThat(t.pending()).isNull();
        assertThat(t.escalations()).singleElement().extracting(EscalationView::state).isEqualTo(EscalationState.ACCEPTED);
        assertThat(t.timeline()).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo("Escalation accepted");
            assertThat(e.actor()).isEqualTo("bob");
            assertThat(e.before()).contains("\"escalation.state\":\"REQUESTED\"");
            assertThat(e.after()).contains("\"escalation.state\":\"ACCEPTED\"", "\"assignee\":\"bob\"");
        });
        assertThat(tickets.myQueue()).anyMatch(row -> row.number().equals(number));
    }

    @Test
    void theReceivingTeamReturnsTheEscalationWithAReasonToTheSendersTeam() {
        signIn.as("alice");
        String number = newTicket("Refund for a cancelled order");
        long escalation = escalations.escalate(toBilling(number));

        signIn.as("bob");
        escalations.returnToSender(escalation, "Cancelled orders refund overnight; Tier 1 can confirm it");

        signIn.as("alice");
        TicketDetails t = tickets.details(number);
        assertThat(t.team()).isEqualTo("Frontline support");
        assertThat(t.assignee()).isEqualTo("Alice Martin");
        assertThat(t.status()).isEqualTo(TicketStatus.OPEN);
        assertThat(t.actions().work()).isTrue();
        assertThat(t.escalations()).singleElement().satisfies(e -> {
            assertThat(e.state()).isEqualTo(EscalationState.RETURNED);
            assertThat(e.decisionNote()).isEqualTo("Cancelled orders refund overnight; Tier 1 can confirm it");
        });
        // a returned escalation is a bounce, which the exacerbation rules record in the same transaction, right after it
        assertThat(t.timeline()).extracting(TimelineEntry::action).endsWith("Escalation returned", "Exacerbation detected");
    }

    @Test
    void aTier1AgentCannotAcceptAnEscalationAddressedToATier2TeamAndNothingIsWritten() {
        signIn.as("alice");
        String number = newTicket("Forged acceptance");
        long escalation = escalations.escalate(toBilling(number));
        long entries = auditEntries(number);

        assertThatThrownBy(() -> escalations.accept(escalation))
                .isInstanceOf(AccessRefused.class)
                .hasMessage("Only members of Billing specialists can accept or return this escalation; you are in Frontline support.");
        assertThatThrownBy(() -> escalations.returnToSender(escalation, "not mine"))
                .isInstanceOf(AccessRefused.class);

        assertThat(auditEntries(number)).isEqualTo(entries);
        assertThat(tickets.details(number).pending()).isNotNull();
    }

    @Test
    void anAgentOfAnotherTeamAtTheSameTierCannotDecideTheEscalation() {
        signIn.as("alice");
        String number = newTicket("Wrong specialist team");
        long escalation = escalations.escalate(toBilling(number));

        signIn.as("nina");
        assertThatThrownBy(() -> escalations.accept(escalation))
                .isInstanceOf(AccessRefused.class)
                .hasMessageContaining("you are in Network engineering");
        assertThatThrownBy(() -> tickets.details(number))
                .as("nina's team never had the ticket").isInstanceOf(AccessRefused.class);
    }

    @Test
    void callersWithoutTheAgentRoleAreRefusedByTheContainer() {
        signIn.as("alice");
        String number = newTicket("Manager tries to accept");
        long escalation = escalations.escalate(toBilling(number));
        long entries = auditEntries(number);

        signIn.as("maria");
        assertThatThrownBy(() -> escalations.accept(escalation)).isInstanceOf(EJBAccessException.class);
        signIn.as("adam");
        assertThatThrownBy(() -> escalations.returnToSender(escalation, "admin")).isInstanceOf(EJBAccessException.class);
        assertThat(auditEntries(number)).isEqualTo(entries);
    }

    @Test
    void anUnauthenticatedCallIsRefused() {
        assertThatThrownBy(() -> escalations.accept(1L)).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> tickets.myQueue()).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void returningWithoutAReasonIsRefusedAndWritesNothing() {
        signIn.as("alice");
        String number = newTicket("Return without reason");
        long escalation = escalations.escalate(toBilling(number));
        long entries = auditEntries(number);

        signIn.as("bob");
        assertThatThrownBy(() -> escalations.returnToSender(escalation, "   "))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("A reason for returning the escalation is required.");

        TicketDetails t = tickets.details(number);
        assertThat(t.pending()).isNotNull();
        assertThat(t.team()).isEqualTo("Billing specialists");
        assertThat(auditEntries(number)).isEqualTo(entries);
    }

    @Test
    void anEscalationWithoutAFullHandoffIsRefusedAndTheTicketStaysPut() {
        signIn.as("alice");
        String number = newTicket("Half a handoff");
        long entries = auditEntries(number);

        assertThatThrownBy(() -> escalations.escalate(new EscalationRequest(number, billing().id(),
                EscalationReason.KNOWLEDGE, "The issue", "", "What is needed")))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("The steps already taken (handoff summary) is required.");

        TicketDetails t = tickets.details(number);
        assertThat(t.status()).isEqualTo(TicketStatus.OPEN);
        assertThat(t.team()).isEqualTo("Frontline support");
        assertThat(t.escalations()).isEmpty();
        assertThat(auditEntries(number)).isEqualTo(entries);
    }

    @Test
    void anEscalationIsAcceptedOnlyOnce() {
        signIn.as("alice");
        String number = newTicket("Accepted twice");
        long escalation = escalations.escalate(toBilling(number));
        signIn.as("bob");
        escalations.accept(escalation);

        assertThatThrownBy(() -> escalations.accept(escalation))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("already accepted by Bob Nakamura");
    }

    @Test
    void everyStepIsOnAnIntactHashChain() {
        signIn.as("alice");
        String number = newTicket("Chain of custody");
        tickets.addNote(number, "Customer called twice already", NoteVisibility.INTERNAL);
        long escalation = escalations.escalate(toBilling(number));
        signIn.as("bob");
        escalations.accept(escalation);

        List<AuditEntry> chain = em.createNamedQuery(AuditEntry.CHAIN, AuditEntry.class)
                .setParameter("chainKey", AuditEntry.ticketChain(number)).getResultList();
        assertThat(chain).extracting(e -> e.getAction().name())
                .containsExactly("TICKET_CREATED", "NOTE_ADDED", "ESCALATED", "ESCALATION_ACCEPTED");
        String previous = AuditEntry.GENESIS;
        for (AuditEntry entry : chain) {
            assertThat(entry.isIntactAfter(previous)).as("entry %d", entry.getSequenceNo()).isTrue();
            previous = entry.getHash();
        }
    }

    @Test
    void anEscalationChainFromTier1ToTier3KeepsThePathAndAReturnMarksTheTicketBounced() {
        signIn.as("alice");
        String number = newTicket("Invoices render without VAT");
        long toBilling = escalations.escalate(toBilling(number));
        signIn.as("bob");
        escalations.accept(toBilling);
        long platform = directory.teams().stream().filter(t -> t.name().equals("Platform engineering")).findFirst()
                .orElseThrow().id();
        long toPlatform = escalations.escalate(new EscalationRequest(number, platform, EscalationReason.COMPLEXITY,
                "VAT line missing on every PDF invoice", "Checked tax settings of the account: correct",
                "Find the defect in invoice rendering"));

        signIn.as("erik");
        assertThat(tickets.teamQueue()).anyMatch(row -> row.number().equals(number));
        escalations.returnToSender(toPlatform, "Rendering is fine; the customer's tax exemption flag hides VAT.");

        signIn.as("bob");
        TicketDetails t = tickets.details(number);
        assertThat(t.team()).isEqualTo("Billing specialists");
        assertThat(t.assignee()).isEqualTo("Bob Nakamura");
        assertThat(t.bounced()).isTrue();
        assertThat(t.path()).extracting(PathStopView::team).containsExactly("Frontline support", "Billing specialists",
                "Platform engineering", "Billing specialists");
        assertThat(t.timePerTier()).extracting(TierTime::tier)
                .containsExactly("Tier 1 · Frontline", "Tier 2 · Specialists", "Tier 3 · Experts");

        signIn.as("maria");
        assertThat(tickets.bounced(false)).anyMatch(row -> row.number().equals(number) && row.bounced());
        signIn.as("bob");
        assertThatThrownBy(() -> tickets.bounced(false)).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void theReceivingAgentRatesTheHandoffOnAcceptingOrReturningAndTheSendersSeeIt() {
        signIn.as("alice");
        String number = newTicket("Rated handoffs");
        long returned = escalations.escalate(toBilling(number));
        signIn.as("bob");
        assertThatThrownBy(() -> escalations.returnToSender(returned, "No", new HandoffRating(2, null, 5, null)))
                .isInstanceOf(RuleViolation.class).hasMessage("Whether the steps already taken were listed (1 to 5) is required.");
        assertThatThrownBy(() -> escalations.returnToSender(returned, "No", new HandoffRating(6, 1, 5, null)))
                .isInstanceOf(RuleViolation.class).hasMessage("How complete the summary was is rated from 1 to 5.");
        escalations.returnToSender(returned, "Frontline can refund this", new HandoffRating(2, 1, 5, "No payment log attached"));

        signIn.as("alice");
        long accepted = escalations.escalate(toBilling(number));
        signIn.as("bob");
        escalations.accept(accepted, new HandoffRating(5, 4, 5, null));

        signIn.as("lena");
        List<EscalationView> path = tickets.details(number).escalations();
        assertThat(path).extracting(e -> e.handoffRating() == null ? null : e.handoffRating().describe()).containsExactly(
                "summary 2/5, steps 1/5, right team 5/5: No payment log attached", "summary 5/5, steps 4/5, right team 5/5");
        assertThat(path.get(0).handoffRating().isPoor()).isTrue();
        assertThat(path.get(1).handoffRating().isPoor()).isFalse();
        assertThat(audit.timeline(AuditEntry.ticketChain(number))).extracting(TimelineEntry::summary)
                .contains("Escalation returned to Frontline support: Frontline can refund this; handoff rated summary 2/5,"
                        + " steps 1/5, right team 5/5: No payment log attached");
    }

    private String newTicket(String subject) {
        CustomerOption customer = directory.findCustomers("").get(0);
        return tickets.open(new NewTicket(customer.id(), subject, "The customer explains: " + subject,
                Category.BILLING, Priority.HIGH));
    }

    private EscalationRequest toBilling(String number) {
        return new EscalationRequest(number, billing().id(), EscalationReason.AUTHORITY, "Duplicate capture",
                "Checked the payment log", "Refund one capture");
    }

    private TeamOption billing() {
        return directory.teams().stream().filter(t -> t.name().equals("Billing specialists")).findFirst().orElseThrow();
    }

    private long auditEntries(String number) {
        return audit.countEntries(AuditEntry.ticketChain(number));
    }
}
