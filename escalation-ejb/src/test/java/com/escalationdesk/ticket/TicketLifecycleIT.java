package com.escalationdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.escalationdesk.audit.AuditEntry;
import com.escalationdesk.audit.AuditTrail;
import com.escalationdesk.audit.TimelineEntry;
import com.escalationdesk.directory.CustomerOption;
import com.escalationdesk.directory.CustomerSegment;
import com.escalationdesk.directory.Directory;
import com.escalationdesk.directory.NewCustomer;
import com.escalationdesk.escalation.EscalationReason;
import com.escalationdesk.escalation.EscalationRequest;
import com.escalationdesk.escalation.EscalationState;
import com.escalationdesk.escalation.EscalationView;
import com.escalationdesk.escalation.Escalations;
import com.escalationdesk.shared.AccessRefused;
import com.escalationdesk.shared.RuleViolation;
import com.escalationdesk.testing.OnAFreshDemoDesk;
import com.escalationdesk.testing.SignIn;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A ticket's life on Payara Micro: intake to the team queue, claim, reassign, waiting on the
 * customer, resolve, reopen, close, and withdrawing an escalation; alice and tom work in Frontline
 * support, bob in Billing specialists.
 */
class TicketLifecycleIT extends OnAFreshDemoDesk {

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

    @Inject
    TicketPresence presence;

    @Inject
    com.escalationdesk.notification.Notifications notifications;

    @Inject
    com.escalationdesk.testing.TestClock clock;

    @Test
    void twoAgentsOnOneTicketSeeEachOtherAndWhoIsWritingAndTheOneWhoWaitedLearnsOfTheOthersChange() {
        signIn.as("alice");
        long customer = directory.findCustomers("").get(0).id();
        String number = tickets.open(new NewTicket(customer, "Loyalty points missing", "Since the update.", Category.GENERAL,
                Priority.NORMAL));
        long shown = tickets.details(number).timeline().get(0).sequenceNo();
        assertThat(presence.beat(number, shown, false).others()).isEmpty();

        signIn.as("tom");
        TicketPresenceView tomSees = presence.beat(number, shown, true);
        assertThat(tomSees.others()).containsExactly("Alice Martin");
        assertThat(tomSees.writers()).isEmpty();
        assertThat(tomSees.changed()).isFalse();

        signIn.as("alice");
        assertThat(presence.beat(number, shown, false).writers()).as("tom's page said he is writing").containsExactly("Tom Becker");

        signIn.as("tom");
        tickets.changePriority(number, Priority.HIGH);
        assertThat(presence.beat(number, shown, false).changed()).as("his own change is no news to him").isFalse();

        signIn.as("alice");
        TicketPresenceView aliceSees = presence.beat(number, shown, false);
        assertThat(aliceSees.others()).containsExactly("Tom Becker");
        assertThat(aliceSees.writers()).as("his last beat said he stopped").isEmpty();
        assertThat(aliceSees.changedBy()).isEqualTo("Tom Becker");
        assertThat(aliceSees.change()).isEqualTo("Priority changed");

        signIn.as("tom");
        presence.beat(number, shown + 1, true);
        clock.advance(TicketPresence.WRITING_FOR.plusSeconds(1));
        signIn.as("alice");
        assertThat(presence.beat(number, shown + 1, false))
                .as("a page that has not said so for a while is not being written in")
                .satisfies(v -> assertThat(v.others()).containsExactly("Tom Becker"))
                .satisfies(v -> assertThat(v.writers()).isEmpty());

        clock.advance(java.time.Duration.ofMinutes(1));
        assertThat(presence.beat(number, shown + 1, false).others()).as("a page that stopped beating is closed").isEmpty();

        signIn.as("bob");
        assertThatThrownBy(() -> presence.beat(number, shown, false)).isInstanceOf(AccessRefused.class);
    }

    @Test
    void anInternalNotesAtLoginTellsThatColleagueAndNamesTheOnesItCouldNotTell() {
        signIn.as("alice");
        long customer = directory.findCustomers("").get(0).id();
        String number = tickets.open(new NewTicket(customer, "Router keeps rebooting", "Every hour.", Category.TECHNICAL,
                Priority.NORMAL));

        NoteAdded added = tickets.addNoteTelling(number, "@tom seen this firmware before? Not for @bob or @ghost, and @alice is me.",
                NoteVisibility.INTERNAL, List.of());
        assertThat(added.told()).containsExactly("Tom Becker");
        assertThat(added.notTold()).as("bob may not see a Frontline ticket; nobody is ghost").containsExactly("@bob", "@ghost");
        NoteAdded reply = tickets.addNoteTelling(number, "Thanks, @tom will call you.", NoteVisibility.PUBLIC, List.of());
        assertThat(reply.told()).as("a reply to the customer tells no colleague").isEmpty();

        signIn.as("tom");
        assertThat(notifications.mine()).filteredOn(n -> number.equals(n.ticketNumber()))
                .extracting(com.escalationdesk.notification.NotificationView::message)
                .containsExactly("Alice Martin named you in a note on " + number + " (Router keeps rebooting): "
                        + "@tom seen this firmware before? Not for @bob or @ghost, and @alice is me.");
    }

    @Test
    void relatedTicketsAreLinkedBothWaysAndADuplicateIsMergedIntoTheSurvivor() {
        signIn.as("alice");
        long customer = directory.findCustomers("").get(0).id();
        String survivor = tickets.open(new NewTicket(customer, "Card terminal offline", "Store 4 terminal offline.",
                Category.TECHNICAL, Priority.HIGH));
        String duplicate = tickets.open(new NewTicket(customer, "Terminal in store 4 dead", "No payments since 10am.",
                Category.TECHNICAL, Priority.HIGH));
        String other = tickets.open(new NewTicket(customer, "Invoice question", "d", Category.BILLING, Priority.LOW));

        tickets.link(survivor, other.toLowerCase());
        assertThat(tickets.details(other).related()).extracting(RelatedTicket::number).containsExactly(survivor);
        assertThatThrownBy(() -> tickets.link(other, survivor)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("already linked");

        signIn.as("bob");
        assertThatThrownBy(() -> tickets.merge(duplicate, survivor)).isInstanceOf(AccessRefused.class);
        signIn.as("alice");
        tickets.merge(duplicate, survivor);

        TicketDetails merged = tickets.details(duplicate);
        assertThat(merged.status()).isEqualTo(TicketStatus.CLOSED);
        assertThat(merged.mergedInto()).isEqualTo(survivor);
        assertThat(merged.actions().merge()).isFalse();
        assertThat(merged.timeline()).extracting(TimelineEntry::action).endsWith("Merged as a duplicate");
        TicketDetails kept = tickets.details(survivor);
        assertThat(kept.status()).isEqualTo(TicketStatus.OPEN);
        assertThat(kept.related()).extracting(RelatedTicket::number, RelatedTicket::mergedHere)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(other, false),
                        org.assertj.core.groups.Tuple.tuple(duplicate, true));
        assertThat(kept.notes()).extracting(NoteView::body).anyMatch(b -> b.startsWith("Merged in from " + duplicate));
        assertThat(kept.timeline()).extracting(TimelineEntry::action).contains("Related ticket linked", "Duplicate merged in");

        tickets.unlink(survivor, other);
        assertThat(tickets.details(other).related()).isEmpty();
    }

    @Test
    void aCustomerNotKnownYetIsCreatedWithTheTicketAndBadInputWritesNothing() {
        signIn.as("tom");
        assertThatThrownBy(() -> tickets.open(new NewTicket(null, new NewCustomer("Ola Nordmann", "ola@", CustomerSegment.STANDARD),
                "Cannot log in", "d", Category.ACCOUNT, Priority.NORMAL, true)))
                .isInstanceOf(RuleViolation.class).hasMessage("“ola@” is not an email address.");
        assertThatThrownBy(() -> tickets.open(new NewTicket(null, "Cannot log in", "d", Category.ACCOUNT, Priority.NORMAL)))
                .isInstanceOf(RuleViolation.class).hasMessage("Choose the customer, or enter a new one.");
        assertThatThrownBy(() -> tickets.open(new NewTicket(directory.findCustomers("").get(0).id(),
                new NewCustomer("Ola Nordmann", "ola@example.no", CustomerSegment.STANDARD), "Cannot log in", "d",
                Category.ACCOUNT, Priority.NORMAL, true)))
                .isInstanceOf(RuleViolation.class).hasMessage("Choose a known customer or enter a new one, not both.");
        assertThatThrownBy(() -> tickets.open(new NewTicket(null, new NewCustomer("Ola Nordmann", "ola@example.no",
                CustomerSegment.STANDARD, "Norway/Oslo"), "Cannot log in", "d", Category.ACCOUNT, Priority.NORMAL, true)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("“Norway/Oslo” is not a time zone");
        assertThat(directory.findCustomers("Ola Nordmann")).as("bad input writes no customer").isEmpty();

        String number = tickets.open(new NewTicket(null, new NewCustomer(" Ola Nordmann ", "Ola@Example.no",
                CustomerSegment.BUSINESS, "Europe/Oslo"), "Cannot log in", "Reset link expired.", Category.ACCOUNT,
                Priority.NORMAL, true));

        TicketDetails t = tickets.details(number);
        assertThat(t.customer()).isEqualTo("Ola Nordmann");
        assertThat(t.customerEmail()).isEqualTo("ola@example.no");
        assertThat(directory.findCustomers("ola@example")).extracting(CustomerOption::name).containsExactly("Ola Nordmann");
        assertThat(audit.timeline(AuditEntry.ticketChain(number)).get(0).summary())
                .contains("new customer Ola Nordmann <ola@example.no>, Business, Europe/Oslo");
        assertThatThrownBy(() -> tickets.open(new NewTicket(null, new NewCustomer("O. Nordmann", "OLA@example.no",
                CustomerSegment.STANDARD), "Again", "d", Category.ACCOUNT, Priority.NORMAL, true)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("is known already: Ola Nordmann");
    }

    @Test
    void aTicketTakenInForTheTeamWaitsUnassignedUntilATeammateClaimsIt() {
        signIn.as("alice");
        String number = newTicket("Modem blinks red", false);
        assertThat(tickets.details(number).status()).isEqualTo(TicketStatus.NEW);
        assertThat(tickets.teamQueue()).anyMatch(row -> row.number().equals(number) && row.assignee() == null);
        assertThat(tickets.myQueue()).noneMatch(row -> row.number().equals(number));

        signIn.as("tom");
        assertThat(tickets.details(number).actions().claim()).isTrue();
        tickets.claim(number);

        TicketDetails t = tickets.details(number);
        assertThat(t.assignee()).isEqualTo("Tom Becker");
        assertThat(t.status()).isEqualTo(TicketStatus.OPEN);
        assertThat(t.actions().claim()).isFalse();
        assertThat(t.timeline()).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo("Ticket claimed");
            assertThat(e.actor()).isEqualTo("tom");
        });
        signIn.as("alice");
        assertThatThrownBy(() -> tickets.claim(number))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("already assigned to Tom Becker");
    }

    @Test
    void aTicketIsReassignedWithinItsTeamOnly() {
        signIn.as("alice");
        String number = newTicket("Hand over to Tom", true);
        assertThat(tickets.details(number).teammates()).extracting(AgentOption::loginName).contains("tom")
                .doesNotContain("alice", "bob");

        assertThatThrownBy(() -> tickets.reassign(number, "bob"))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("Bob Nakamura is not in Frontline support");
        tickets.reassign(number, "tom");

        signIn.as("tom");
        assertThat(tickets.myQueue()).anyMatch(row -> row.number().equals(number));
    }

    @Test
    void aTicketWaitsOnTheCustomerIsResolvedReopenedAndClosedWithEveryStepAudited() {
        signIn.as("alice");
        String number = newTicket("Invoice address wrong", true);
        long entries = audit.countEntries(AuditEntry.ticketChain(number));
        assertThatThrownBy(() -> tickets.waitOnCustomer(number, " ")).isInstanceOf(RuleViolation.class)
                .hasMessage("Your question to the customer is required.");
        assertThat(audit.countEntries(AuditEntry.ticketChain(number))).as("nothing half-written").isEqualTo(entries);
        tickets.waitOnCustomer(number, "Could you send us the correct address?");
        TicketDetails waiting = tickets.details(number);
        assertThat(waiting.status()).isEqualTo(TicketStatus.PENDING_CUSTOMER);
        assertThat(waiting.notes()).last().satisfies(n -> {
            assertThat(n.visibility()).isEqualTo(NoteVisibility.PUBLIC);
            assertThat(n.body()).isEqualTo("Could you send us the correct address?");
        });
        tickets.resume(number);

        assertThatThrownBy(() -> tickets.resolve(number, ""))
                .isInstanceOf(RuleViolation.class).hasMessage("A resolution summary is required.");
        tickets.resolve(number, "Corrected the invoice address and re-sent the invoice.");
        TicketDetails resolved = tickets.details(number);
        assertThat(resolved.status()).isEqualTo(TicketStatus.RESOLVED);
        assertThat(resolved.resolutionSummary()).isEqualTo("Corrected the invoice address and re-sent the invoice.");
        assertThat(tickets.myQueue()).noneMatch(row -> row.number().equals(number));

        tickets.reopen(number, "The re-sent invoice still shows the old address.");
        assertThat(tickets.details(number).reopenCount()).isEqualTo(1);
        assertThat(tickets.details(number).status()).isEqualTo(TicketStatus.REOPENED);
        tickets.resolve(number, "Fixed the address in the billing system itself.");
        tickets.close(number);

        TicketDetails closed = tickets.details(number);
        assertThat(closed.status()).isEqualTo(TicketStatus.CLOSED);
        assertThat(closed.actions().reopen()).isFalse();
        assertThat(closed.timeline()).extracting(TimelineEntry::action).containsExactly("Ticket created",
                "Waiting on customer", "Resumed", "Ticket resolved", "Ticket reopened", "Ticket resolved", "Ticket closed");
        assertThat(closed.timeline().get(1).summary())
                .isEqualTo("Waiting on the customer, who was asked: Could you send us the correct address?");
        assertThat(closed.timeline().get(4).summary()).isEqualTo("Reopened (1 time): The re-sent invoice still shows the old address.");
        assertThat(closed.timeline().get(4).after()).contains("\"reopenCount\":1", "\"status\":\"REOPENED\"");
        assertThatThrownBy(() -> tickets.reopen(number, "again"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("is closed");
    }

    @Test
    void anAgentOfAnotherTeamCannotChangeTheTicketAndNothingIsWritten() {
        signIn.as("alice");
        String number = newTicket("Not for billing", true);
        long entries = audit.countEntries(AuditEntry.ticketChain(number));

        signIn.as("bob");
        assertThatThrownBy(() -> tickets.resolve(number, "done")).isInstanceOf(AccessRefused.class);
        assertThatThrownBy(() -> tickets.claim(number)).isInstanceOf(AccessRefused.class);
        assertThatThrownBy(() -> tickets.waitOnCustomer(number, "Which model?")).isInstanceOf(AccessRefused.class);

        assertThat(audit.countEntries(AuditEntry.ticketChain(number))).isEqualTo(entries);
    }

    @Test
    void theSendingTeamWithdrawsAPendingEscalationAndTheReceiverCannot() {
        signIn.as("alice");
        String number = newTicket("Escalated too early", true);
        long billing = directory.teams().stream().filter(t -> t.name().equals("Billing specialists")).findFirst().orElseThrow().id();
        long escalation = escalations.escalate(new EscalationRequest(number, billing, EscalationReason.KNOWLEDGE,
                "Duplicate charge", "None yet", "A refund"));
        assertThatThrownBy(() -> tickets.resolve(number, "done"))
                .as("the ticket is with billing now").isInstanceOf(AccessRefused.class);

        signIn.as("bob");
        assertThatThrownBy(() -> escalations.withdraw(escalation))
                .isInstanceOf(AccessRefused.class)
                .hasMessage("Only members of Frontline support can withdraw this escalation.");

        signIn.as("tom");
        assertThat(tickets.details(number).actions().withdraw()).isTrue();
        escalations.withdraw(escalation);

        TicketDetails t = tickets.details(number);
        assertThat(t.team()).isEqualTo("Frontline support");
        assertThat(t.assignee()).isEqualTo("Alice Martin");
        assertThat(t.status()).isEqualTo(TicketStatus.OPEN);
        assertThat(t.escalations()).singleElement().extracting(EscalationView::state).isEqualTo(EscalationState.WITHDRAWN);
        assertThat(t.timeline()).last().extracting(TimelineEntry::summary)
                .isEqualTo("Escalation to Billing specialists withdrawn by Tom Becker");
    }

    @Test
    void queuesArePagedSortedAndFilteredInTheDatabase() {
        signIn.as("alice");
        String b = newTicket("Queue probe B", true);
        String a = newTicket("Queue probe A", true);
        String c = newTicket("Queue probe C", true);

        List<TicketSummary> first = tickets.queue(new QueueQuery(QueueScope.MINE, 0, 2, "subject", true, "queue PROBE"));
        List<TicketSummary> second = tickets.queue(new QueueQuery(QueueScope.MINE, 2, 2, "subject", true, "queue PROBE"));

        assertThat(first).extracting(TicketSummary::number).containsExactly(a, b);
        assertThat(second).extracting(TicketSummary::number).containsExactly(c);
        assertThat(tickets.queueSize(new QueueQuery(QueueScope.MINE, 0, 2, null, false, "queue probe"))).isEqualTo(3);
        assertThat(tickets.queue(new QueueQuery(QueueScope.MINE, 0, 50, null, false, c)))
                .extracting(TicketSummary::number).containsExactly(c);
        assertThat(tickets.queue(new QueueQuery(QueueScope.MINE, 0, 50, null, false, "queue probe")))
                .as("newest first by default").extracting(TicketSummary::number).containsExactly(c, a, b);

        signIn.as("tom");
        assertThat(tickets.queueSize(new QueueQuery(QueueScope.TEAM, 0, 10, null, false, "queue probe"))).isEqualTo(3);
        assertThat(tickets.queueSize(new QueueQuery(QueueScope.MINE, 0, 10, null, false, "queue probe"))).isZero();
        signIn.as("bob");
        assertThat(tickets.queueSize(new QueueQuery(QueueScope.TEAM, 0, 10, null, false, "queue probe")))
                .as("another team's queue").isZero();
    }

    @Test
    void theTeamQueueSortsByAssigneeWithTheUnassignedLastEitherWay() {
        signIn.as("tom");
        String toms = newTicket("assignee probe tom", true);
        signIn.as("alice");
        String alices = newTicket("assignee probe alice", true);
        // a general request left for the team: the intake policy routes billing ones to Billing specialists
        String nobodys = tickets.open(new NewTicket(directory.findCustomers("").get(0).id(), "assignee probe nobody",
                "Customer reports: a question", Category.GENERAL, Priority.NORMAL, false));

        assertThat(tickets.queue(new QueueQuery(QueueScope.TEAM, 0, 10, "assignee", true, "assignee probe")))
                .extracting(TicketSummary::number).containsExactly(alices, toms, nobodys);
        assertThat(tickets.queue(new QueueQuery(QueueScope.TEAM, 0, 10, "assignee", false, "assignee probe")))
                .extracting(TicketSummary::number).containsExactly(toms, alices, nobodys);
        List<TicketSummary> wholeQueue = tickets.queue(new QueueQuery(QueueScope.TEAM, 0, 200, "assignee", true, null));
        List<String> assigned = wholeQueue.stream().map(TicketSummary::assignee).takeWhile(a -> a != null).toList();
        assertThat(assigned).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        assertThat(wholeQueue.subList(assigned.size(), wholeQueue.size())).allMatch(t -> t.assignee() == null);
    }

    private String newTicket(String subject, boolean keep) {
        long customer = directory.findCustomers("").get(0).id();
        return tickets.open(new NewTicket(customer, subject, "Customer reports: " + subject, Category.BILLING,
                Priority.NORMAL, keep));
    }
}
