package com.escalationdesk.metrics.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.escalationdesk.metrics.DurationFigures;
import com.escalationdesk.metrics.ResolutionMetrics;
import com.escalationdesk.metrics.Share;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The dashboard's table by agent, paged and sorted as its reader asks. */
class AgentRowsTest {

    /** agent00 … agent59: agent i resolved i + 1 tickets, i of them at first contact, in i hours (median). */
    private static Map<String, ResolutionMetrics> sixtyAgents() {
        Map<String, ResolutionMetrics> byAgent = new TreeMap<>();
        for (int i = 0; i < 60; i++) {
            Duration median = i == 0 ? null : Duration.ofHours(i);
            byAgent.put(String.format("agent%02d", i), new ResolutionMetrics(i + 1, new Share(0, i + 1), new Share(0, i + 1),
                    new Share(0, i + 1), new Share(i, i + 1), new Share(0, i + 1), DurationFigures.NONE,
                    new DurationFigures(i + 1, median, median, median)));
        }
        return byAgent;
    }

    private static List<String> names(AgentRows rows) {
        return rows.rows().stream().map(Map.Entry::getKey).toList();
    }

    @Test
    void pagesOfTwentyFiveByNameHoldEveryAgentOnceAndTheLastPageTheRest() {
        List<String> read = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            AgentRows rows = AgentRows.of(sixtyAgents(), null, page);
            assertThat(rows.pages()).isEqualTo(3);
            read.addAll(names(rows));
        }
        assertThat(read).hasSize(60).doesNotHaveDuplicates().isSorted();
        AgentRows last = AgentRows.of(sixtyAgents(), "name", 3);
        assertThat(names(last)).hasSize(10).startsWith("agent50");
        assertThat(last.words()).isEqualTo("Agents 51–60 of 60");
        assertThat(AgentRows.of(sixtyAgents(), "name", 9).page()).as("past the last page: the last").isEqualTo(3);
        assertThat(AgentRows.of(sixtyAgents(), "name", 0).page()).isEqualTo(1);
        assertThat(AgentRows.of(Map.of(), null, 1).words()).isEqualTo("No agents");
    }

    @Test
    void aFigureSortsLargestFirstWithAMinusAndSmallestFirstWithout() {
        assertThat(names(AgentRows.of(sixtyAgents(), "-resolved", 1))).startsWith("agent59", "agent58");
        assertThat(names(AgentRows.of(sixtyAgents(), "resolved", 1))).startsWith("agent00", "agent01");
        assertThat(names(AgentRows.of(sixtyAgents(), "-first-contact", 1))).startsWith("agent59");
        // agent00 has no median: below every time, last when the longest come first
        assertThat(names(AgentRows.of(sixtyAgents(), "-median", 3))).endsWith("agent01", "agent00");
        assertThat(names(AgentRows.of(sixtyAgents(), "median", 1))).startsWith("agent00", "agent01");
    }

    @Test
    void aHeadingClickedTurnsItsOrderRoundAndAnotherHeadingStartsWithTheLargest() {
        AgentRows byName = AgentRows.of(sixtyAgents(), null, 1);
        assertThat(byName.orderBy("name")).isEqualTo("-name");
        assertThat(byName.orderBy("resolved")).isEqualTo("-resolved");
        assertThat(byName.arrow("name")).isEqualTo("▲");
        AgentRows mostResolved = AgentRows.of(sixtyAgents(), "-resolved", 1);
        assertThat(mostResolved.orderBy("resolved")).isEqualTo("resolved");
        assertThat(mostResolved.arrow("resolved")).isEqualTo("▼");
        assertThat(mostResolved.arrow("name")).isEmpty();
    }

    @Test
    void anOrderNoColumnHasIsRefusedWithTheColumnsThereAre() {
        assertThatThrownBy(() -> AgentRows.of(sixtyAgents(), "salary", 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The table by agent sorts by name, resolved, first-contact, one-touch, escalated or median, not by \"salary\".");
    }
}
