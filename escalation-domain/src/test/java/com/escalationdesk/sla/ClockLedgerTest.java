package com.escalationdesk.sla;

import static com.escalationdesk.sla.BusinessHoursTest.OFFICE;
import static com.escalationdesk.sla.BusinessHoursTest.berlin;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ClockLedgerTest {

    @Test
    void aPauseWhileWaitingOnTheCustomerMovesTheDueTimeByTheBusinessTimeItLasted() {
        ClockLedger clock = ClockLedger.startedAt(berlin("2026-11-24T09:00"));
        Duration target = Duration.ofHours(8);
        assertThat(clock.dueAt(OFFICE, target)).isEqualTo(berlin("2026-11-25T09:00"));

        clock.pause(berlin("2026-11-24T10:00"));
        assertThat(clock.dueAt(OFFICE, target)).as("no due time while paused").isNull();
        assertThat(clock.elapsed(OFFICE, berlin("2026-11-24T16:00"))).isEqualTo(Duration.ofHours(1));

        clock.resume(berlin("2026-11-24T14:00"));
        assertThat(clock.elapsed(OFFICE, berlin("2026-11-24T15:00"))).isEqualTo(Duration.ofHours(2));
        assertThat(clock.dueAt(OFFICE, target)).as("7 business hours left from Tuesday 14:00")
                .isEqualTo(berlin("2026-11-25T12:00"));
    }

    @Test
    void aStoppedClockKeepsItsFiguresAndIgnoresLaterChanges() {
        ClockLedger clock = ClockLedger.startedAt(berlin("2026-11-24T09:00"));
        clock.stop(berlin("2026-11-24T09:30"));
        clock.resume(berlin("2026-11-24T10:00"));
        assertThat(clock.isStopped()).isTrue();
        assertThat(clock.elapsed(OFFICE, berlin("2026-11-30T09:00"))).isEqualTo(Duration.ofMinutes(30));
        assertThat(clock.dueAt(OFFICE, Duration.ofHours(1))).as("stopped short of the target").isNull();
        assertThat(clock.dueAt(OFFICE, Duration.ofMinutes(20))).isEqualTo(berlin("2026-11-24T09:20"));
    }

    @Test
    void theLedgerIsRecomputedUnderAnotherCalendar() {
        ClockLedger clock = ClockLedger.startedAt(berlin("2026-11-27T16:00"));
        clock.pause(berlin("2026-11-27T16:30"));
        clock.resume(berlin("2026-11-30T08:00"));
        BusinessHours always = BusinessHours.roundTheClock(BusinessHoursTest.BERLIN);
        assertThat(clock.dueAt(OFFICE, Duration.ofHours(2))).isEqualTo(berlin("2026-11-30T09:30"));
        assertThat(clock.dueAt(always, Duration.ofHours(2))).isEqualTo(berlin("2026-11-30T09:30"));
        assertThat(clock.elapsed(always, berlin("2026-11-30T09:00"))).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void aTargetReachedAtThePauseIsDueAtThePause() {
        BusinessHours everyDay = BusinessHours.of(BusinessHoursTest.BERLIN,
                WeeklyHours.parse("Mon-Sun 00:00-24:00"), java.util.Set.of());
        ClockLedger clock = ClockLedger.startedAt(berlin("2026-06-13T23:00"));
        clock.pause(berlin("2026-06-14T01:00"));
        assertThat(clock.dueAt(everyDay, Duration.ofMinutes(120))).isEqualTo(berlin("2026-06-14T01:00"));
        assertThat(clock.elapsed(everyDay, berlin("2026-06-15T00:00"))).isEqualTo(Duration.ofMinutes(120));
    }
}
