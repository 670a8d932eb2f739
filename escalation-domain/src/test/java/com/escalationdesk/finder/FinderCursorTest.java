package com.escalationdesk.finder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FinderCursorTest {

    @Test
    void aCursorComesBackFromItsTokenWithItsScoreTimesAndDocument() {
        FinderCursor cursor = new FinderCursor(List.of(3.1415f, 1_764_000_000_123L, 42L), 7);

        FinderCursor back = FinderCursor.ofToken(cursor.token());

        assertThat(back).isEqualTo(cursor);
        assertThat(back.sortValues().get(0)).isInstanceOf(Float.class);
        assertThat(back.sortValues().get(1)).isInstanceOf(Long.class);
        assertThat(cursor.token()).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void textThatNoCursorMadeIsRefused() {
        for (String wrong : List.of("", "%%%", "MTtxMTI7ZDE", "eyJhIjoxfQ", "MjtsMTtkMQ")) {
            assertThatThrownBy(() -> FinderCursor.ofToken(wrong)).as(wrong).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
