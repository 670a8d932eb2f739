package com.escalationdesk.finder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.escalationdesk.ticket.Category;
import com.escalationdesk.ticket.Priority;
import com.escalationdesk.ticket.TicketStatus;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TicketIndexTest {

    private static final long FRONTLINE = 1;
    private static final long BILLING = 2;
    private static final long NETWORK = 3;
    private static final Instant DAY = Instant.parse("2026-11-02T09:00:00Z");

    private TicketIndex index;

    @BeforeEach
    void fill() {
        index = new TicketIndex(new ByteBuffersDirectory());
        // 10001: the word only in a note, closed, at Frontline
        index.put(ticket(10001, "Printer jams", "The office printer jams twice a day.", "Contoso Ltd ops@contoso.test",
                "Replaced the fuser; the customer confirmed the jam is gone.", TicketStatus.CLOSED, FRONTLINE,
                EnumSet.noneOf(FinderFlag.class), 0, Set.of(FRONTLINE), Set.of()));
        // 10002: the word in the subject, open, escalated from Frontline to Billing
        index.put(ticket(10002, "Fuser replacement invoice", "Charged for a fuser we never got.", "Northwind nw@northwind.test",
                "", TicketStatus.OPEN, BILLING, EnumSet.of(FinderFlag.ESCALATED, FinderFlag.BOUNCED), 1,
                Set.of(FRONTLINE, BILLING), Set.of()));
        // 10003: Network's alone, worked by agent 42
        index.put(ticket(10003, "Line down since 10001 was closed", "Fibre line dead.", "Fabrikam fab@fabrikam.test",
                "Refunds are not due for outages under four hours.", TicketStatus.RESOLVED, NETWORK,
                EnumSet.of(FinderFlag.ESCALATED), 2, Set.of(NETWORK), Set.of(42L)));
        index.publish();
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void aWordFindsTicketsInAnyStatusAndTheSubjectOutranksANote() {
        assertThat(numbers(TicketSearch.forText("fuser"), everyone())).containsExactly(10002L, 10001L);
    }

    @Test
    void everyWordMustOccurSomewhereInTheTicketAndWordsAreStemmed() {
        assertThat(numbers(TicketSearch.forText("jams fuser confirmed"), everyone())).containsExactly(10001L);
        assertThat(numbers(TicketSearch.forText("refund outage"), everyone())).containsExactly(10003L);
        assertThat(numbers(TicketSearch.forText("fuser outage"), everyone())).isEmpty();
    }

    @Test
    void theCustomersNameAndEmailFindTheirTickets() {
        assertThat(numbers(TicketSearch.forText("northwind"), everyone())).containsExactly(10002L);
        assertThat(numbers(TicketSearch.forText("ops@contoso.test"), everyone())).containsExactly(10001L);
    }

    @Test
    void aTicketNumberPutsThatTicketFirstAndStillFindsTheTicketsThatMentionIt() {
        assertThat(numbers(TicketSearch.forText("ESC-10001"), everyone())).containsExactly(10001L, 10003L);
        assertThat(numbers(TicketSearch.forText("10001"), everyone())).first().isEqualTo(10001L);
    }

    @Test
    void anAgentFindsOnlyTheTicketsOfTheirTeamThoseEscalatedThroughItAndThoseTheyWorked() {
        FinderViewer frontline = new FinderViewer(false, Set.of(FRONTLINE), 7);
        assertThat(numbers(TicketSearch.forText(""), frontline)).containsExactlyInAnyOrder(10001L, 10002L);
        FinderViewer billing = new FinderViewer(false, Set.of(BILLING), 8);
        assertThat(numbers(TicketSearch.forText("fuser"), billing)).containsExactly(10002L);
        FinderViewer workedIt = new FinderViewer(false, Set.of(BILLING), 42);
        assertThat(numbers(TicketSearch.forText("line"), workedIt)).containsExactly(10003L);
    }

    @Test
    void filtersNarrowByStatusTeamTierPriorityCategoryFlagsAndDates() {
        TicketSearch all = TicketSearch.forText("");
        assertThat(numbers(all.withStatuses(Set.of(TicketStatus.CLOSED, TicketStatus.RESOLVED)), everyone()))
                .containsExactlyInAnyOrder(10001L, 10003L);
        assertThat(numbers(all.withFlags(Set.of(FinderFlag.ESCALATED)), everyone())).containsExactlyInAnyOrder(10002L, 10003L);
        assertThat(numbers(all.withFlags(Set.of(FinderFlag.ESCALATED, FinderFlag.BOUNCED)), everyone())).containsExactly(10002L);
        assertThat(numbers(new TicketSearch("", null, NETWORK, null, null, null, null, null, null, null, null, null), everyone()))
                .containsExactly(10003L);
        assertThat(numbers(new TicketSearch("", null, null, 2, null, null, null, null, null, null, null, null), everyone()))
                .containsExactly(10002L);
        assertThat(numbers(new TicketSearch("", null, null, null, Priority.URGENT, null, null, null, null, null, null, null),
                everyone())).containsExactly(10003L);
        assertThat(numbers(new TicketSearch("", null, null, null, null, Category.BILLING, null, null, null, null, null, null),
                everyone())).containsExactly(10002L);
        // created on DAY, DAY+1 and DAY+2; the range is from inclusive, to exclusive
        assertThat(numbers(new TicketSearch("", null, null, null, null, null, null, DAY.plusSeconds(86_400),
                DAY.plusSeconds(2 * 86_400), null, null, null), everyone())).containsExactly(10002L);
        // only 10001 and 10003 were resolved, a day after they were created (DAY+1 and DAY+3)
        assertThat(numbers(new TicketSearch("", null, null, null, null, null, null, null, null, DAY,
                DAY.plusSeconds(4 * 86_400), null), everyone())).containsExactlyInAnyOrder(10001L, 10003L);
        assertThat(numbers(new TicketSearch("", null, null, null, null, null, null, null, null, DAY,
                DAY.plusSeconds(3 * 86_400), null), everyone())).containsExactly(10001L);
    }

    @Test
    void aDrillDownLimitsTheSearchToTheTicketsBehindItsFigure() {
        TicketSearch all = TicketSearch.forText("");
        assertThat(numbers(all.among(Set.of("ESC-10001", "esc-10003", "ESC-99999")), everyone())).containsExactlyInAnyOrder(10001L, 10003L);
        assertThat(numbers(all.among(Set.of("ESC-10001", "ESC-10003")).withFlags(Set.of(FinderFlag.ESCALATED)), everyone()))
                .containsExactly(10003L);
        assertThat(numbers(all.among(Set.of()), everyone())).isEmpty();
    }

    @Test
    void withoutTextTheLatestChangedComeFirstAndPagesCountEveryHit() {
        FinderPage first = index.search(TicketSearch.forText(""), everyone(), 0, 2);
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.ticketIds()).containsExactly(10003L, 10002L);
        FinderPage second = index.search(TicketSearch.forText(""), everyone(), 2, 2);
        assertThat(second.total()).isEqualTo(3);
        assertThat(second.ticketIds()).containsExactly(10001L);
        assertThat(index.search(TicketSearch.forText(""), everyone(), 3, 2).ticketIds()).isEmpty();
    }

    @Test
    void aChangedTicketReplacesItsOldDocument() {
        index.put(ticket(10001, "Printer jams", "The office printer jams twice a day.", "Contoso Ltd ops@contoso.test",
                "Reopened: the jam is back.", TicketStatus.REOPENED, FRONTLINE, EnumSet.of(FinderFlag.REOPENED), 0,
                Set.of(FRONTLINE), Set.of()));
        index.publish();
        assertThat(index.size()).isEqualTo(3);
        assertThat(numbers(TicketSearch.forText("fuser"), everyone())).containsExactly(10002L);
        assertThat(numbers(TicketSearch.forText("jam back"), everyone())).containsExactly(10001L);
    }

    @Test
    void textWithoutSearchableWordsFindsNothingAndAnyTextIsAValidSearch() {
        assertThat(numbers(TicketSearch.forText("the and of"), everyone())).isEmpty();
        assertThat(numbers(TicketSearch.forText("fuser\" OR *:* AND (("), everyone())).containsExactly(10002L, 10001L);
    }

    @Test
    void pagesBeyondTheDeepestOffsetAreRefused() {
        assertThatThrownBy(() -> index.search(TicketSearch.forText(""), everyone(), TicketIndex.MAX_OFFSET + 1, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("narrow the search");
    }

    @Test
    void aReaderPagesPastTheDeepestOffsetAndMeetsEveryHitOnceInTheSameOrderAsOffsetsGive() {
        // 12,000 more tickets, changed in runs of 7 within the same millisecond: the order must not rest on the index's own doc ids
        for (long id = 20_000; id < 32_000; id++) {
            index.put(new TicketDocument(id, "ESC-" + id, "Bulk " + id, "", "", 1L, "", TicketStatus.OPEN, FRONTLINE, 1,
                    Priority.NORMAL, Category.TECHNICAL, EnumSet.noneOf(FinderFlag.class), DAY, DAY.plusMillis(id / 7),
                    null, Set.of(FRONTLINE), Set.of()));
        }
        index.publish();
        TicketSearch all = TicketSearch.forText("");
        List<Long> read = new java.util.ArrayList<>();
        FinderCursor after = null;
        while (true) {
            FinderPage page = index.searchAfter(all, everyone(), after, 500);
            assertThat(page.total()).isEqualTo(12_003);
            if (page.ticketIds().isEmpty()) {
                assertThat(page.next()).isNull();
                break;
            }
            read.addAll(page.ticketIds());
            after = page.next();
        }
        assertThat(read).hasSize(12_003).doesNotHaveDuplicates();
        List<Long> byOffset = new java.util.ArrayList<>();
        for (int offset = 0; offset < TicketIndex.MAX_OFFSET; offset += 1_000) {
            byOffset.addAll(index.search(all, everyone(), offset, 1_000).ticketIds());
        }
        assertThat(read.subList(0, byOffset.size())).isEqualTo(byOffset);
        // the newest change first (the three tickets above changed hours later); within a millisecond the higher id first
        assertThat(read.subList(0, 7)).containsExactly(10_003L, 10_002L, 10_001L, 31_999L, 31_998L, 31_997L, 31_996L);
        // a page's end holds the order's values, and only a search in that order continues from it
        FinderCursor relevanceEnd = index.searchAfter(TicketSearch.forText("bulk"), everyone(), null, 10).next();
        assertThatThrownBy(() -> index.searchAfter(all, everyone(), relevanceEnd, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReaderPagesThroughAWordsHitsInOrderOfRelevanceAsOffsetsGiveThem() {
        // scores differ (the word once or three times, in the subject or a note) and tie in runs
        for (long id = 20_000; id < 21_500; id++) {
            String subject = id % 3 == 0 ? "Router router router down" : id % 3 == 1 ? "Router down" : "Line down";
            index.put(new TicketDocument(id, "ESC-" + id, subject, "", "", 1L, id % 3 == 2 ? "the router again" : "",
                    TicketStatus.OPEN, FRONTLINE, 1, Priority.NORMAL, Category.TECHNICAL, EnumSet.noneOf(FinderFlag.class), DAY,
                    DAY.plusMillis(id / 5), null, Set.of(FRONTLINE), Set.of()));
        }
        index.publish();
        TicketSearch router = TicketSearch.forText("router");
        List<Long> read = new java.util.ArrayList<>();
        FinderCursor after = null;
        for (FinderPage page; !(page = index.searchAfter(router, everyone(), after, 70)).ticketIds().isEmpty(); after = page.next()) {
            read.addAll(page.ticketIds());
        }
        assertThat(read).hasSize(1_500).doesNotHaveDuplicates()
                .isEqualTo(index.search(router, everyone(), 0, 2_000).ticketIds());
    }

    @Test
    void aCustomerAndATimeOfLastChangeNarrowTheSearch() {
        TicketSearch all = TicketSearch.forText("");
        assertThat(numbers(all.forCustomer(2L), everyone())).containsExactly(10002L);
        assertThat(numbers(all.forCustomer(99L), everyone())).isEmpty();
        // 10001 changed an hour after DAY, 10002 two days and 10003 three days and an hour after
        assertThat(numbers(all.updatedBetween(DAY.plusSeconds(86_400), null), everyone())).containsExactlyInAnyOrder(10002L, 10003L);
        assertThat(numbers(all.updatedBetween(null, DAY.plusSeconds(7_200)), everyone())).containsExactly(10001L);
        assertThat(numbers(all.updatedBetween(DAY.plusSeconds(3_600), DAY.plusSeconds(3_601)), everyone())).containsExactly(10001L);
    }

    private List<Long> numbers(TicketSearch search, FinderViewer viewer) {
        return index.search(search, viewer, 0, 50).ticketIds();
    }

    private static FinderViewer everyone() {
        return FinderViewer.everything(1);
    }

    /** The ticket's id is its number's digits; it was created n days after DAY and resolved a day later if done. */
    private static TicketDocument ticket(long id, String subject, String description, String customer, String notes,
            TicketStatus status, long team, Set<FinderFlag> flags, int days, Set<Long> teams, Set<Long> agents) {
        Instant created = DAY.plusSeconds(days * 86_400L);
        boolean done = status == TicketStatus.RESOLVED || status == TicketStatus.CLOSED;
        return new TicketDocument(id, "ESC-" + id, subject, description, customer, id - 10_000, notes, status, team,
                team == BILLING ? 2 : 1, id == 10003 ? Priority.URGENT : Priority.NORMAL,
                id == 10002 ? Category.BILLING : Category.TECHNICAL, flags, created, created.plusSeconds(3600 * (days + 1)),
                done ? created.plusSeconds(86_400) : null, teams, agents);
    }
}
