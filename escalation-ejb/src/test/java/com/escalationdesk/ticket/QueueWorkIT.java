package com.escalationdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.escalationdesk.audit.AuditEntry;
import com.escalationdesk.audit.AuditTrail;
import com.escalationdesk.audit.TimelineEntry;
import com.escalationdesk.directory.Directory;
import com.escalationdesk.shared.NotFound;
import com.escalationdesk.shared.RuleViolation;
import com.escalationdesk.testing.OnAFreshDemoDesk;
import com.escalationdesk.testing.SignIn;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Working a queue on Payara Micro: filtering it, saving how it is arranged as a named view, and
 * changing the tickets ticked in it at once (claim, reassign, priority), also when two agents do so to
 * the same tickets at the same moment. alice and tom work in Frontline support, bob in Billing specialists.
 */
class QueueWorkIT extends OnAFreshDemoDesk {

    @Inject
    SignIn signIn;

    @Inject
    Tickets tickets;

    @Inject
    QueueViews views;

    @Inject
    BulkTicketChanges bulk;

    @Inject
    Directory directory;

    @Inject
    AuditTrail audit;

    @Resource
    ManagedExecutorService executor;

    @Test
    void theQueueIsFilteredByPriorityStatusAndAssignmentInTheDatabase() {
        signIn.as("alice");
        String urgentLeft = leftForTheTeam("filter probe urgent", Priority.URGENT);
        String lowLeft = leftForTheTeam("filter probe low", Priority.LOW);
        String urgentKept = kept("filter probe urgent kept", Priority.URGENT);

        assertThat(numbers(QueueScope.TEAM, "filter probe", new QueueFilter(Set.of(Priority.URGENT), Set.of(), false)))
                .containsExactlyInAnyOrder(urgentLeft, urgentKept);
        assertThat(numbers(QueueScope.TEAM, "filter probe", new QueueFilter(Set.of(Priority.URGENT), Set.of(), true)))
                .containsExactly(urgentLeft);
        assertThat(numbers(QueueScope.TEAM, "filter probe", new QueueFilter(Set.of(), Set.of(TicketStatus.NEW), false)))
                .as("taken in and left for the team: new").containsExactlyInAnyOrder(urgentLeft, lowLeft);
        assertThat(tickets.details(urgentKept)).extracting(TicketDetails::status, TicketDetails::assignee)
                .containsExactly(TicketStatus.OPEN, "Alice Martin");
        assertThat(numbers(QueueScope.MINE, "filter probe", QueueFilter.NONE)).containsExactly(urgentKept);
        assertThat(numbers(QueueScope.MINE, "filter probe", new QueueFilter(Set.of(), Set.of(TicketStatus.OPEN), false)))
                .containsExactly(urgentKept);
        assertThat(tickets.queueSize(new QueueQuery(QueueScope.TEAM, 0, 1, null, false, "filter probe",
                new QueueFilter(Set.of(Priority.LOW, Priority.URGENT), Set.of(), true)))).isEqualTo(2);
        assertThatThrownBy(() -> tickets.queue(new QueueQuery(QueueScope.MINE, 0, 10, null, false, null,
                new QueueFilter(Set.of(), Set.of(), true))))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("“Unassigned only” fits the team queue");
        assertThatThrownBy(() -> new QueueFilter(Set.of(), Set.of(TicketStatus.CLOSED, TicketStatus.OPEN), false))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("Closed ones are found under Find tickets");
    }

    @Test
    void anAgentSavesViewsUnderNamesRearrangesOneByItsNameAndNobodyElseSeesThem() {
        signIn.as("tom");
        QueueViewSpec urgent = new QueueViewSpec("Urgent, nobody's", QueueScope.TEAM, "refund",
                new QueueFilter(Set.of(Priority.URGENT, Priority.HIGH), Set.of(TicketStatus.NEW), true), "slaDueAt", true);
        long id = views.save(urgent);
        views.save(new QueueViewSpec("Mine by priority", QueueScope.MINE, null, QueueFilter.NONE, "priority", true));

        assertThat(views.mine()).extracting(v -> v.spec().name()).containsExactly("Mine by priority", "Urgent, nobody's");
        assertThat(views.find(id).spec()).isEqualTo(urgent);

        QueueViewSpec rearranged = new QueueViewSpec("urgent, NOBODY's", QueueScope.TEAM, null,
                new QueueFilter(Set.of(Priority.URGENT), Set.of(), true), null, false);
        assertThat(views.save(rearranged)).as("the same name, any case: the same view").isEqualTo(id);
        assertThat(views.mine()).hasSize(2);
        assertThat(views.find(id).spec()).isEqualTo(rearranged);
        assertThat(audit.timeline(AuditEntry.CONFIGURATION_CHAIN)).last().extracting(TimelineEntry::summary)
                .isEqualTo("Queue view “urgent, NOBODY's” rearranged by Tom Becker");

        assertThatThrownBy(() -> views.save(new QueueViewSpec(" ", QueueScope.TEAM, null, null, null, false)))
                .isInstanceOf(RuleViolation.class).hasMessage("The view's name is required.");
        assertThatThrownBy(() -> views.save(new QueueViewSpec("Sorted oddly", QueueScope.TEAM, null, null, "password", true)))
                .isInstanceOf(RuleViolation.class).hasMessage("A queue cannot be sorted by “password”.");

        signIn.as("alice");
        assertThat(views.mine()).noneMatch(v -> v.id() == id);
        assertThatThrownBy(() -> views.find(id)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> views.remove(id)).isInstanceOf(NotFound.class);

        signIn.as("tom");
        views.remove(id);
        assertThat(views.mine()).extracting(v -> v.spec().name()).containsExactly("Mine by priority");
    }

    @Test
    void anAgentKeepsAtMostTwentyViews() {
        signIn.as("alice");
        int kept = views.mine().size();
        for (int i = kept; i < SavedQueueView.MAX_PER_AGENT; i++) {
            views.save(new QueueViewSpec("Limit probe " + i, QueueScope.MINE, null, null, null, false));
        }
        assertThatThrownBy(() -> views.save(new QueueViewSpec("One too many", QueueScope.MINE, null, null, null, false)))
                .isInstanceOf(RuleViolation.class).hasMessage("You keep 20 views already; remove one you no longer use first.");
        views.save(new QueueViewSpec("Limit probe " + (SavedQueueView.MAX_PER_AGENT - 1), QueueScope.TEAM, null, null, null, false));
        views.mine().stream().filter(v -> v.spec().name().startsWith("Limit probe")).forEach(v -> views.remove(v.id()));
    }

    @Test
    void tickedTicketsAreChangedOneByOneAndEachRefusalIsReportedWithItsReason() {
        signIn.as("alice");
        String first = leftForTheTeam("bulk probe first", Priority.NORMAL);
        String second = leftForTheTeam("bulk probe second", Priority.NORMAL);
        String closed = kept("bulk probe resolved", Priority.NORMAL);
        tickets.resolve(closed, "Answered on the phone.");

        signIn.as("tom");
        BulkOutcome claimed = bulk.claim(List.of(first, second, closed, first));
        assertThat(claimed.changed()).containsExactly(first, second);
        assertThat(claimed.refused()).singleElement().satisfies(r -> {
            assertThat(r.number()).isEqualTo(closed);
            assertThat(r.reason()).contains("resolved");
        });
        assertThat(tickets.details(first).assignee()).isEqualTo("Tom Becker");

        BulkOutcome raised = bulk.changePriority(List.of(first, second), Priority.HIGH);
        assertThat(raised.changed()).containsExactly(first, second);
        assertThat(tickets.details(second).priority()).isEqualTo(Priority.HIGH);
        assertThat(bulk.changePriority(List.of(first), Priority.HIGH).refused()).singleElement()
                .extracting(BulkOutcome.Refusal::reason).isEqualTo(first + " is P2 · High already.");

        assertThat(bulk.teammates()).extracting(AgentOption::loginName).contains("alice", "tom").doesNotContain("bob");
        assertThat(bulk.reassign(List.of(first, second), "alice").changed()).containsExactly(first, second);
        assertThat(tickets.details(second).assignee()).isEqualTo("Alice Martin");
        assertThat(tickets.details(second).timeline()).extracting(TimelineEntry::action)
                .containsSubsequence("Ticket claimed", "Priority changed", "Ticket reassigned");

        signIn.as("bob");
        assertThat(bulk.claim(List.of(first)).refused()).as("another team's ticket").hasSize(1);
        assertThatThrownBy(() -> bulk.claim(List.of())).isInstanceOf(RuleViolation.class)
                .hasMessage("Tick the tickets to change first.");
        List<String> tooMany = IntStream.rangeClosed(1, BulkTicketChanges.MAX_TICKETS + 1).mapToObj(i -> "ESC-" + i).toList();
        assertThatThrownBy(() -> bulk.claim(tooMany)).isInstanceOf(RuleViolation.class)
                .hasMessage("Change at most 100 tickets at a time; 101 were ticked.");
    }

    @Test
    void twoAgentsClaimingTheSameTickedTicketsAtOnceGetEachTicketOnceBetweenThem() throws Exception {
        signIn.as("alice");
        List<String> left = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            left.add(leftForTheTeam("race probe " + i, Priority.NORMAL));
        }
        // each agent ticks the same tickets, in opposite orders, so that they meet in the middle
        List<String> reversed = new ArrayList<>(left);
        java.util.Collections.reverse(reversed);
        CountDownLatch start = new CountDownLatch(1);
        signIn.as("alice");
        Future<BulkOutcome> alice = executor.submit(() -> {
            start.await();
            return bulk.claim(left);
        });
        signIn.as("tom");
        Future<BulkOutcome> tom = executor.submit(() -> {
            start.await();
            return bulk.claim(reversed);
        });
        start.countDown();
        BulkOutcome a = alice.get(60, TimeUnit.SECONDS);
        BulkOutcome t = tom.get(60, TimeUnit.SECONDS);

        List<String> wrong = new ArrayList<>();
        Set<String> claimedByAlice = new HashSet<>(a.changed());
        Set<String> claimedByTom = new HashSet<>(t.changed());
        for (String number : left) {
            boolean byAlice = claimedByAlice.contains(number);
            boolean byTom = claimedByTom.contains(number);
            if (byAlice == byTom) {
                wrong.add(number + ": claimed by " + (byAlice ? "both" : "neither"));
                continue;
            }
            String holder = tickets.details(number).assignee();
            if (!(byAlice ? "Alice Martin" : "Tom Becker").equals(holder)) {
                wrong.add(number + ": reported claimed by " + (byAlice ? "alice" : "tom") + " but assigned to " + holder);
            }
            long claims = tickets.details(number).timeline().stream().filter(e -> e.action().equals("Ticket claimed")).count();
            if (claims != 1) {
                wrong.add(number + ": " + claims + " claims on its trail");
            }
        }
        List<BulkOutcome.Refusal> refusals = new ArrayList<>(a.refused());
        refusals.addAll(t.refused());
        refusals.stream().filter(r -> !r.reason().contains("already assigned") && !r.reason().contains("Someone else changed"))
                .forEach(r -> wrong.add(r.number() + ": refused for " + r.reason()));
        assertThat(wrong).as("wrong answers of %d tickets claimed at once", left.size()).isEmpty();
        assertThat(a.changed().size() + t.changed().size()).isEqualTo(left.size());
    }

    private List<String> numbers(QueueScope scope, String words, QueueFilter filter) {
        return tickets.queue(new QueueQuery(scope, 0, 50, null, false, words, filter)).stream().map(TicketSummary::number).toList();
    }

    /** A general request left unassigned in Frontline support's queue (the intake policy sends billing ones elsewhere). */
    private String leftForTheTeam(String subject, Priority priority) {
        return tickets.open(new NewTicket(directory.findCustomers("").get(0).id(), subject, "Customer reports: " + subject,
                Category.GENERAL, priority, false));
    }

    private String kept(String subject, Priority priority) {
        return tickets.open(new NewTicket(directory.findCustomers("").get(0).id(), subject, "Customer reports: " + subject,
                Category.GENERAL, priority, true));
    }
}
