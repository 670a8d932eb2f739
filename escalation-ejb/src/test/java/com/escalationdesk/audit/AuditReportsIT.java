package com.escalationdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.escalationdesk.directory.Directory;
import com.escalationdesk.shared.AccessRefused;
import com.escalationdesk.shared.RuleViolation;
import com.escalationdesk.testing.OnAFreshDemoDesk;
import com.escalationdesk.testing.SignIn;
import com.escalationdesk.testing.TestClock;
import com.escalationdesk.ticket.Category;
import com.escalationdesk.ticket.NewTicket;
import com.escalationdesk.ticket.NoteVisibility;
import com.escalationdesk.ticket.Priority;
import com.escalationdesk.ticket.Tickets;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Verifying and exporting the audit trail on Payara Micro, including an entry tampered with in SQL. */
class AuditReportsIT extends OnAFreshDemoDesk {

    @Inject
    TestClock clock;

    @Inject
    SignIn signIn;

    @Inject
    Tickets tickets;

    @Inject
    Directory directory;

    @Inject
    AuditReports reports;

    @PersistenceContext(unitName = "escalation")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Test
    void verifyNamesExactlyTheEntryChangedWithPlainSqlAndPassesAgainOnceItIsRestored() throws Exception {
        signIn.as("alice");
        String number = newTicket("Tamper target");
        tickets.addNote(number, "The customer called at 9:05.", NoteVisibility.INTERNAL);
        tickets.addNote(number, "We will call back today.", NoteVisibility.PUBLIC);
        signIn.as("adam");
        assertThat(reports.verify().intact()).as("the trail starts intact").isTrue();

        String chain = AuditEntry.ticketChain(number);
        sql("UPDATE audit_entry SET summary = 'Internal note: The customer called at 11:30.' WHERE chain_key = ?1 AND sequence_no = 2", chain);
        try {
            AuditVerification tampered = reports.verify();

            assertThat(tampered.intact()).isFalse();
            assertThat(tampered.broken()).containsExactly(new BrokenLink(chain, 2,
                    "its content no longer matches its hash (it was changed after it was written)"));
        } finally {
            sql("UPDATE audit_entry SET summary = 'Internal note: The customer called at 9:05.' WHERE chain_key = ?1 AND sequence_no = 2", chain);
        }
        assertThat(reports.verify().intact()).isTrue();
    }

    @Test
    void aDeletedEntryIsFoundByTheGapItLeaves() throws Exception {
        signIn.as("alice");
        String number = newTicket("Deletion target");
        tickets.addNote(number, "First", NoteVisibility.INTERNAL);
        tickets.addNote(number, "Second", NoteVisibility.INTERNAL);
        String chain = AuditEntry.ticketChain(number);
        Object[] deleted = (Object[]) em.createNativeQuery("SELECT id, actor, action, summary, before_state, after_state,"
                + " occurred_at_us, previous_hash, entry_hash FROM audit_entry WHERE chain_key = ?1 AND sequence_no = 2")
                .setParameter(1, chain).getSingleResult();
        sql("DELETE FROM audit_entry WHERE chain_key = ?1 AND sequence_no = 2", chain);
        try {
            signIn.as("adam");
            assertThat(reports.verify().broken()).containsExactly(new BrokenLink(chain, 3,
                    "expected entry #2 here; entries are missing or out of order"));
        } finally {
            tx.begin();
            em.joinTransaction();
            em.createNativeQuery("INSERT INTO audit_entry (id, chain_key, sequence_no, actor, action, summary, before_state,"
                    + " after_state, occurred_at_us, previous_hash, entry_hash, recipe) VALUES (?1, ?2, 2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 2)")
                    .setParameter(1, deleted[0]).setParameter(2, chain).setParameter(3, deleted[1]).setParameter(4, deleted[2])
                    .setParameter(5, deleted[3]).setParameter(6, deleted[4]).setParameter(7, deleted[5])
                    .setParameter(8, deleted[6]).setParameter(9, deleted[7]).setParameter(10, deleted[8]).executeUpdate();
            tx.commit();
        }
        assertThat(reports.verify().intact()).isTrue();
    }

    @Test
    void onlyAdminsVerifyAndExportPeriods() {
        signIn.as("alice");
        assertThatThrownBy(() -> reports.verify()).isInstanceOf(EJBAccessException.class);
        signIn.as("maria");
        assertThatThrownBy(() -> reports.period(Instant.now().minus(Duration.ofDays(1)), Instant.now()))
                .isInstanceOf(EJBAccessException.class);
    }

    @Test
    void aTicketsTrailIsExportedToWhoeverMaySeeTheTicket() {
        signIn.as("alice");
        String number = newTicket("Export me");
        tickets.addNote(number, "Note with, a comma", NoteVisibility.INTERNAL);

        assertThat(reports.ticketTrail(number)).extracting(AuditRow::action)
                .containsExactly(AuditAction.TICKET_CREATED, AuditAction.NOTE_ADDED);
        assertThat(reports.ticketTrail(number).get(1).previousHash()).isEqualTo(reports.ticketTrail(number).get(0).hash());

        signIn.as("nina");
        assertThatThrownBy(() -> reports.ticketTrail(number)).isInstanceOf(AccessRefused.class);
    }

    @Test
    void aPeriodExportHoldsWhatWasRecordedInItAndRefusesBackwardsPeriods() {
        signIn.as("alice");
        // the desk's own time, which the test clock may hold apart from the wall clock
        Instant before = clock.instant().minusSeconds(1);
        String number = newTicket("In the period");
        signIn.as("adam");

        assertThat(reports.period(before, clock.instant().plusSeconds(1)))
                .anyMatch(row -> row.chain().equals(AuditEntry.ticketChain(number)));
        assertThatThrownBy(() -> reports.period(clock.instant(), before))
                .isInstanceOf(RuleViolation.class).hasMessage("The period must end after it starts.");
    }

    private void sql(String statement, String chain) throws Exception {
        tx.begin();
        em.joinTransaction();
        em.createNativeQuery(statement).setParameter(1, chain).executeUpdate();
        tx.commit();
    }

    private String newTicket(String subject) {
        return tickets.open(new NewTicket(directory.findCustomers("").get(0).id(), subject, "About: " + subject,
                Category.GENERAL, Priority.LOW));
    }
}
