package com.escalationdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.escalationdesk.shared.RuleViolation;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BusinessHoursTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** Monday to Friday 08:00–12:00 and 13:00–17:00 in Berlin; Christmas Day off. */
    static final BusinessHours OFFICE = BusinessHours.of(BERLIN, weekdays(List.of(OpeningHours.of("08:00", "12:00"),
            OpeningHours.of("13:00", "17:00"))), Set.of(LocalDate.of(2026, 12, 25)));

    static Map<DayOfWeek, List<OpeningHours>> weekdays(List<OpeningHours> hours) {
        Map<DayOfWeek, List<OpeningHours>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            week.put(d, hours);
        }
        return week;
    }

    static Instant berlin(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), BERLIN).toInstant();
    }

    @Test
    void timeWithinTheDayIsCountedAroundTheLunchBreak() {
        assertThat(OFFICE.plus(berlin("2026-11-24T11:00"), Duration.ofHours(2))).isEqualTo(berlin("2026-11-24T14:00"));
        assertThat(OFFICE.between(berlin("2026-11-24T11:00"), berlin("2026-11-24T14:00"))).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void aRequestAfterHoursStartsCountingTheNextMorning() {
        assertThat(OFFICE.plus(berlin("2026-11-24T21:30"), Duration.ofHours(1))).isEqualTo(berlin("2026-11-25T09:00"));
        assertThat(OFFICE.plus(berlin("2026-11-24T16:30"), Duration.ofHours(1))).isEqualTo(berlin("2026-11-25T08:30"));
    }

    @Test
    void weekendsAreSkipped() {
        assertThat(OFFICE.plus(berlin("2026-11-27T16:00"), Duration.ofHours(2))).as("Friday 16:00 + 2h")
                .isEqualTo(berlin("2026-11-30T09:00"));
        assertThat(OFFICE.between(berlin("2026-11-27T16:00"), berlin("2026-11-30T09:00"))).isEqualTo(Duration.ofHours(2));
        assertThat(OFFICE.isOpen(berlin("2026-11-28T10:00"))).isFalse();
    }

    @Test
    void holidaysAreSkipped() {
        assertThat(OFFICE.plus(berlin("2026-12-24T16:00"), Duration.ofHours(2))).as("Christmas Eve 16:00 + 2h, the 25th off")
                .isEqualTo(berlin("2026-12-28T09:00"));
    }

    @Test
    void aDaylightSavingChangeKeepsLocalWorkingHours() {
        // Berlin moves from CET to CEST on Sunday 29 March 2026: Friday 16:00 CET + 2h is Monday 09:00 CEST.
        Instant due = OFFICE.plus(berlin("2026-03-27T16:00"), Duration.ofHours(2));
        assertThat(due).isEqualTo(berlin("2026-03-30T09:00"));
        assertThat(Duration.between(berlin("2026-03-27T16:00"), due)).isEqualTo(Duration.ofHours(64));
    }

    @Test
    void roundTheClockCountsEveryHourIncludingTheNightADaylightSavingChangeShortens() {
        BusinessHours always = BusinessHours.roundTheClock(BERLIN);
        Instant saturday = berlin("2026-03-28T22:00");
        assertThat(always.plus(saturday, Duration.ofHours(8))).isEqualTo(saturday.plus(Duration.ofHours(8)));
        assertThat(always.plus(saturday, Duration.ofHours(8)).atZone(BERLIN).toLocalTime())
                .as("an hour is skipped at 02:00").isEqualTo(java.time.LocalTime.of(7, 0));
    }

    @Test
    void aWorkingDayOnTheNightTheClocksGoForwardIsAnHourShorter() {
        BusinessHours nightShift = BusinessHours.of(BERLIN, Map.of(DayOfWeek.SUNDAY, List.of(OpeningHours.of("00:00", "06:00"))),
                Set.of());
        assertThat(nightShift.between(berlin("2026-03-29T00:00"), berlin("2026-03-29T06:00"))).isEqualTo(Duration.ofHours(5));
    }

    @Test
    void badHoursAreRefused() {
        assertThatThrownBy(() -> OpeningHours.of("17:00", "08:00")).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> BusinessHours.of(BERLIN, Map.of(DayOfWeek.MONDAY,
                List.of(OpeningHours.of("08:00", "12:00"), OpeningHours.of("11:00", "13:00"))), Set.of()))
                .hasMessageContaining("overlap");
        assertThatThrownBy(() -> BusinessHours.of(BERLIN, Map.of(), Set.of()))
                .hasMessageContaining("at least one day");
    }
}
