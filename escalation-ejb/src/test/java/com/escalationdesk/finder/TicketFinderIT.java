package com.escalationdesk.finder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.escalationdesk.directory.Directory;
import com.escalationdesk.escalation.EscalationReason;
import com.escalationdesk.escalation.EscalationRequest;
import com.escalationdesk.escalation.Escalations;
import com.escalationdesk.shared.RuleViolation;
import com.escalationdesk.testing.OnAFreshDemoDesk;
import com.escalationdesk.testing.SignIn;
import com.escalationdesk.ticket.Category;
import com.escalationdesk.ticket.NewTicket;
import com.escalationdesk.ticket.NoteVisibility;
import com.escalationdesk.ticket.Priority;
import com.escalationdesk.ticket.TicketStatus;
import com.escalationdesk.ticket.TicketSummary;
import com.escalationdesk.ticket.Tickets;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The ticket finder on Payara Micro, over the demo desk: alice works in Frontline support, bob in
 * Billing specialists, maria is a manager.
 */
class TicketFinderIT extends OnAFreshDemoDesk {

    @Inject
    SignIn signIn;

    @Inject
    TicketFinder finder;

    @Inject
    Tickets tickets;

    @Inject
    Escalations escalations;

    @Inject
    Directory directory;

    @Inject
    Clock clock;

    @Resource(lookup = "java:comp/DefaultDataSource")
    DataSource dataSource;

    @Test
    void aClosedTicketIsFoundByAWordInItsNotesAtOnceByItsTeamAndManagersButNotByAnotherTeam() {
        signIn.as("alice");
        String number = newTicket("Loyalty points missing", "Points from last week's purchase never arrived.");
        tickets.addNote(number, "The till app lost the quokka voucher batch.", NoteVisibility.INTERNAL);
        tickets.resolve(number, "Re-sent the voucher batch.");
        tickets.close(number);

        FinderResult found = finder.search(TicketSearch.forText("quokka"), 0, 25);
        assertThat(found.total()).isEqualTo(1);
        assertThat(found.tickets()).extracting(TicketSummary::number, TicketSummary::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(number, TicketStatus.CLOSED));
        assertThat(finder.search(TicketSearch.forText(number), 0, 25).tickets().get(0).number()).isEqualTo(number);

        signIn.as("bob");
        assertThat(finder.count(TicketSearch.forText("quokka"))).isZero();
        assertThat(finder.search(TicketSearch.forText("quokka"), 0, 25).tickets()).isEmpty();

        signIn.as("maria");
        assertThat(finder.search(TicketSearch.forText("quokka voucher"), 0, 25).tickets())
                .extracting(TicketSummary::number).containsExactly(number);
    }

    @Test
    void aTicketEscalatedToAnotherTeamIsFoundThereAndFiltersNarrowTheHits() {
        signIn.as("alice");
        String escalated = newTicket("Wombat subscription charged twice", "Two charges for the wombat plan.");
        String stays = newTicket("Wombat plan question", "How do I change the wombat plan?");
        long billing = directory.teams().stream().filter(t -> t.name().equals("Billing specialists")).findFirst().orElseThrow().id();
        escalations.escalate(new EscalationRequest(escalated, billing, EscalationReason.KNOWLEDGE, "Double charge",
                "Checked the payment log", "A refund"));

        assertThat(finder.search(TicketSearch.forText("wombat"), 0, 25).tickets()).extracting(TicketSummary::number)
                .containsExactlyInAnyOrder(escalated, stays);
        assertThat(finder.search(TicketSearch.forText("wombat").withFlags(Set.of(FinderFlag.ESCALATED)), 0, 25).tickets())
                .extracting(TicketSummary::number).containsExactly(escalated);
        TicketSearch inBilling = new TicketSearch("wombat", null, billing, null, null, null, null, null, null, null, null, null);
        assertThat(finder.search(inBilling, 0, 25).tickets()).extracting(TicketSummary::number).containsExactly(escalated);

        signIn.as("bob");
        assertThat(finder.search(TicketSearch.forText("wombat"), 0, 25).tickets()).extracting(TicketSummary::number)
                .containsExactly(escalated);
        signIn.as("alice");
        tickets.resolve(stays, "Explained the plan change.");
        assertThat(finder.search(TicketSearch.forText("wombat").withStatuses(Set.of(TicketStatus.RESOLVED, TicketStatus.CLOSED)),
                0, 25).tickets()).extracting(TicketSummary::number).containsExactly(stays);
    }

    /**
     * A transaction stamps its change before it commits, so a change can become visible after a search
     * that already looked past its stamp. Written here straight into the database, stamped a minute
     * before that search: it must still be found.
     */
    @Test
    void aChangeCommittedLateWithAStampBeforeTheLastSearchIsStillFound() throws Exception {
        signIn.as("alice");
        String number = newTicket("Printer offline", "The printer on floor 2 is offline.");
        assertThat(finder.count(TicketSearch.forText("platypus"))).isZero();
        Instant stamp = clock.instant().minusSeconds(60);
        try (Connection c = dataSource.getConnection();
                PreparedStatement subject = c.prepareStatement("UPDATE ticket SET subject = ? WHERE ticket_number = ?");
                PreparedStatement fact = c.prepareStatement("UPDATE ticket_fact SET changed_us = ? WHERE ticket_number = ?")) {
            subject.setString(1, "Platypus printer offline");
            subject.setString(2, number);
            assertThat(subject.executeUpdate()).isEqualTo(1);
            fact.setLong(1, stamp.getEpochSecond() * 1_000_000L + stamp.getNano() / 1_000);
            fact.setString(2, number);
            assertThat(fact.executeUpdate()).isEqualTo(1);
        }
        assertThat(finder.search(TicketSearch.forText("platypus"), 0, 25).tickets()).extracting(TicketSummary::number)
                .containsExactly(number);
    }

    @Test
    void pagesCountEveryHitAndFollowOneAnother() {
        signIn.as("maria");
        TicketSearch all = TicketSearch.forText("");
        record Pages(long total, FinderResult first, FinderResult second) {
            List<String> numbers() {
                return java.util.stream.Stream.concat(first.tickets().stream(), second.tickets().stream())
                        .map(TicketSummary::number).toList();
            }
        }
        Pages read = whileTheDeskHoldsStill(() -> new Pages(finder.count(all), finder.search(all, 0, 25), finder.search(all, 25, 25)),
                Pages::numbers);
        assertThat(read.total()).as("the demo desk's tickets").isGreaterThan(50);
        assertThat(read.first().total()).isEqualTo(read.total());
        assertThat(read.first().tickets()).hasSize(25);
        assertThat(read.second().tickets()).hasSize(25).extracting(TicketSummary::number)
                .doesNotContainAnyElementsOf(read.first().tickets().stream().map(TicketSummary::number).toList());
        assertThat(read.first().tickets().get(24).updatedAt()).isAfterOrEqualTo(read.second().tickets().get(0).updatedAt());
    }

    @Test
    void aReaderGoesFromPageToPageThroughEveryHitTheCallerMaySeeAsOffsetsListThem() {
        for (String login : new String[] {"maria", "alice"}) {
            signIn.as(login);
            TicketSearch all = TicketSearch.forText("");
            record Readings(List<String> byOffset, List<String> byCursor) {
            }
            Readings read = whileTheDeskHoldsStill(() -> new Readings(byOffset(all), byCursor(all)), Readings::byOffset);
            assertThat(read.byCursor()).as(login).hasSize(read.byOffset().size()).doesNotHaveDuplicates()
                    .isEqualTo(read.byOffset());
        }
        signIn.as("alice");
        FinderCursor relevance = finder.searchAfter(TicketSearch.forText("refund"), null, 10).next();
        assertThat(relevance).isNotNull();
        assertThatThrownBy(() -> finder.searchAfter(TicketSearch.forText(""), relevance, 10)).isInstanceOf(RuleViolation.class)
                .hasMessage("The page to continue from belongs to a search in another order; start the search again.");
        assertThatThrownBy(() -> finder.searchAfter(TicketSearch.forText(""), null, 101)).isInstanceOf(RuleViolation.class)
                .hasMessage("A page of the finder holds 1 to 100 tickets.");
    }

    private List<String> byOffset(TicketSearch search) {
        long total = finder.count(search);
        List<String> numbers = new java.util.ArrayList<>();
        for (int first = 0; first < total; first += 100) {
            finder.search(search, first, 100).tickets().forEach(t -> numbers.add(t.number()));
        }
        return numbers;
    }

    private List<String> byCursor(TicketSearch search) {
        List<String> numbers = new java.util.ArrayList<>();
        FinderCursor after = null;
        for (int pages = 0; ; pages++) {
            FinderResult page = finder.searchAfter(search, after, 40);
            if (page.tickets().isEmpty()) {
                return numbers;
            }
            assertThat(pages).as("pages read").isLessThan(1_000);
            page.tickets().forEach(t -> numbers.add(t.number()));
            after = page.next();
        }
    }

    /**
     * A reading taken while no ticket changed: the desk's sweeps (service levels, overdue escalations)
     * run on the shared test deployment and may move tickets between two pages of one reading, as
     * they would for any reader. A reading counts when the listing read after it is the one it began
     * with; a finder that pages wrongly fails on every such reading.
     */
    private <T> T whileTheDeskHoldsStill(java.util.function.Supplier<T> reading, java.util.function.Function<T, List<String>> listing) {
        for (int attempt = 0; attempt < 10; attempt++) {
            T read = reading.get();
            T after = reading.get();
            if (listing.apply(read).equals(listing.apply(after))) {
                return read;
            }
        }
        throw new AssertionError("the desk's tickets changed during each of ten readings");
    }

    @Test
    void aSearchThatCannotBeAnsweredIsRefusedWithAReason() {
        signIn.as("alice");
        assertThatThrownBy(() -> finder.search(TicketSearch.forText("x"), 0, 0)).isInstanceOf(RuleViolation.class)
                .hasMessage("A page of the finder holds 1 to 100 tickets.");
        assertThatThrownBy(() -> finder.search(TicketSearch.forText("x"), -1, 25)).isInstanceOf(RuleViolation.class)
                .hasMessage("A page starts at the first ticket or later.");
        assertThatThrownBy(() -> finder.search(TicketSearch.forText("x"), 10_001, 25)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("narrow the search");
        Instant now = Instant.now();
        assertThatThrownBy(() -> finder.search(new TicketSearch("", null, null, null, null, null, null, now, now.minusSeconds(60),
                null, null, null), 0, 25)).isInstanceOf(RuleViolation.class).hasMessage("A date range must end after it begins.");
        assertThatThrownBy(() -> finder.count(null)).isInstanceOf(RuleViolation.class);
    }

    private String newTicket(String subject, String description) {
        long customer = directory.findCustomers("").get(0).id();
        return tickets.open(new NewTicket(customer, subject, description, Category.BILLING, Priority.NORMAL));
    }
}
