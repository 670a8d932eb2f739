package com.escalationdesk.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The dashboard's periods, on a Wednesday afternoon (2026-12-02, 14:00 UTC). */
class ReportPeriodTest {

    private static final Instant NOW = Instant.parse("2026-12-02T14:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-12-02");

    @Test
    void theLastDaysRunUpToNowAgainstAsManyBefore() {
        ReportPeriod.Span span = ReportPeriod.of(null, null, 7, TODAY).span(NOW);
        assertThat(span.from()).isEqualTo(Instant.parse("2026-11-25T14:00:00Z"));
        assertThat(span.to()).isEqualTo(Instant.parse("2026-12-02T14:00:00.000001Z"));
        assertThat(span.previousFrom()).isEqualTo(Instant.parse("2026-11-18T14:00:00Z"));
        assertThat(span.words()).isEqualTo("the last 7 days");
        assertThat(ReportPeriod.of("30", null, 7, TODAY)).isEqualTo(new ReportPeriod.LastDays(30));
    }

    @Test
    void thisWeekRunsFromMondaySoFarAgainstTheWholeWeekBefore() {
        ReportPeriod.Span span = ReportPeriod.of("week", null, 7, TODAY).span(NOW);
        assertThat(span.from()).isEqualTo(Instant.parse("2026-11-30T00:00:00Z"));
        assertThat(span.to()).isEqualTo(Instant.parse("2026-12-02T14:00:00.000001Z"));
        assertThat(span.previousFrom()).isEqualTo(Instant.parse("2026-11-23T00:00:00Z"));
        assertThat(span.words()).isEqualTo("the week from Monday 30 November 2026, so far");
        assertThat(span.previousWords()).isEqualTo("the week before");
    }

    @Test
    void aPastDayOrMonthIsWholeAgainstTheOneBefore() {
        ReportPeriod.Span day = ReportPeriod.of("day", "2026-11-30", 7, TODAY).span(NOW);
        assertThat(day.from()).isEqualTo(Instant.parse("2026-11-30T00:00:00Z"));
        assertThat(day.to()).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(day.previousFrom()).isEqualTo(Instant.parse("2026-11-29T00:00:00Z"));
        assertThat(day.words()).isEqualTo("Monday 30 November 2026");
        // March against February: a month is compared with the whole month before, whatever its length
        ReportPeriod.Span march = ReportPeriod.of("month", "2026-03-17", 7, TODAY).span(NOW);
        assertThat(march.from()).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
        assertThat(march.to()).isEqualTo(Instant.parse("2026-04-01T00:00:00Z"));
        assertThat(march.previousFrom()).isEqualTo(Instant.parse("2026-02-01T00:00:00Z"));
        assertThat(march.words()).isEqualTo("March 2026");
    }

    @Test
    void nonsenseIsRefusedInWords() {
        assertThatThrownBy(() -> ReportPeriod.of("fortnight", null, 7, TODAY))
                .hasMessage("A period is a number of days, or day, week or month, not \"fortnight\".");
        assertThatThrownBy(() -> ReportPeriod.of("month", "soon", 7, TODAY)).hasMessage("Give the date as 2026-11-30.");
        assertThatThrownBy(() -> ReportPeriod.of("0", null, 7, TODAY)).hasMessage("A dashboard covers 1 to 731 days.");
        assertThatThrownBy(() -> ReportPeriod.of("day", "2026-12-03", 7, TODAY).span(NOW)).hasMessage("That day has not begun yet.");
    }
}
