package com.escalationdesk.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TablePagingGuardTest {

    @Test
    void pagingThatATableCanShowPasses() {
        assertThat(TablePagingGuard.refusal(Map.of("queues:myQueueForm:myQueue_first", new String[] {"50"},
                "queues:myQueueForm:myQueue_rows", new String[] {"25"}, "other", new String[] {"-1"}))).isNull();
    }

    @Test
    void aNegativeOffsetOrABadPageSizeIsRefusedWithASentence() {
        assertThat(TablePagingGuard.refusal(Map.of("t_first", new String[] {"-5"})))
                .isEqualTo("A table's first row must be a whole number, not '-5'.");
        assertThat(TablePagingGuard.refusal(Map.of("t_rows", new String[] {"abc"})))
                .isEqualTo("A table's page size must be a whole number, not 'abc'.");
        assertThat(TablePagingGuard.refusal(Map.of("t_rows", new String[] {"0"})))
                .isEqualTo("A table shows 1 to 200 rows a page, not 0.");
        assertThat(TablePagingGuard.refusal(Map.of("t_rows", new String[] {"100000"})))
                .isEqualTo("A table shows 1 to 200 rows a page, not 100000.");
        assertThat(TablePagingGuard.refusal(Map.of("t_first", new String[] {"99999999999999"})))
                .startsWith("A table's first row must be a whole number");
    }
}
