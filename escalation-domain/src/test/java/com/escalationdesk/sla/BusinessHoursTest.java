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

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    static BusinessHours hours(ZoneId zone, String weekly) {
        return BusinessHours.of(zone, WeeklyHours.parse(weekly), Set.of());
    }

    static Instant local(ZoneId zone, String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), zone).toInstant();
    }

    @Test
    void aDayThatEndsAt2400EndsAtMidnightToTheNanosecond() {
        BusinessHours evenings = hours(BERLIN, "Mon-Fri 16:00-24:00");
        Instant friday = berlin("2026-06-12T10:00");
        assertThat(evenings.plus(friday, Duration.ofMinutes(480))).as("Friday at 24:00, not Monday")
                .isEqualTo(Instant.parse("2026-06-12T22:00:00Z"));
        assertThat(evenings.between(friday, Instant.parse("2026-06-12T22:00:00Z"))).isEqualTo(Duration.ofSeconds(28_800));

        BusinessHours weekdays = hours(BERLIN, "Mon-Fri 00:00-24:00");
        assertThat(weekdays.plus(berlin("2026-06-13T00:00"), Duration.ofMinutes(7_200))).as("five whole days")
                .isEqualTo(Instant.parse("2026-06-19T22:00:00Z"));
        assertThat(weekdays.isOpen(berlin("2026-06-12T23:59:59.999999999"))).isTrue();
        assertThat(weekdays.isOpen(berlin("2026-06-13T00:00"))).isFalse();
    }

    @Test
    void anHourThatIsSkippedCountsNothingAndARangeAcrossItCountsTheRealTimeWithinTheStatedHours() {
        // Berlin skips 02:00-03:00 on Sunday 29 March 2026 and repeats 02:00-03:00 on Sunday 25 October 2026.
        assertThat(hours(BERLIN, "Sun 02:15-02:45").between(berlin("2026-03-29T00:00"), berlin("2026-03-30T00:00")))
                .as("the stated hours never show on the clock that day").isEqualTo(Duration.ZERO);
        BusinessHours early = hours(BERLIN, "Sun 02:30-05:00");
        assertThat(early.between(berlin("2026-03-29T00:00"), berlin("2026-03-30T00:00"))).as("03:00 to 05:00 CEST")
                .isEqualTo(Duration.ofMinutes(120));
        assertThat(early.between(berlin("2026-10-25T00:00"), berlin("2026-10-26T00:00")))
                .as("02:30-03:00 CEST, then 02:30-05:00 CET").isEqualTo(Duration.ofMinutes(180));
        assertThat(hours(BERLIN, "Sun 02:15-02:45").isOpen(Instant.parse("2026-03-29T01:30:00Z")))
                .as("03:30 CEST is outside 02:15-02:45").isFalse();
    }

    @Test
    void aRepeatedHourWithinTheStatedHoursCountsEachTimeTheClockShowsIt() {
        // New York repeats 01:00-02:00 on Sunday 1 November 2026 (EDT, then EST).
        BusinessHours quarter = hours(NEW_YORK, "Sun 01:30-01:45");
        assertThat(quarter.between(local(NEW_YORK, "2026-11-01T00:00"), local(NEW_YORK, "2026-11-02T00:00")))
                .isEqualTo(Duration.ofMinutes(30));
        assertThat(quarter.plus(local(NEW_YORK, "2026-11-01T00:00"), Duration.ofMinutes(20)))
                .as("the first quarter hour, then five minutes of the second")
                .isEqualTo(Instant.parse("2026-11-01T06:35:00Z"));
    }

    @Test
    void businessTimeNeverRunsFasterThanRealTime() {
        // New York skips 02:00-03:00 on Sunday 8 March 2026: 01:30-02:30 ends when the clock jumps to 03:00.
        BusinessHours split = hours(NEW_YORK, "Sun 01:30-02:30 03:00-04:00");
        Instant start = Instant.parse("2026-03-08T07:00:00Z");
        assertThat(split.between(start, Instant.parse("2026-03-08T07:30:00Z"))).isEqualTo(Duration.ofMinutes(30));
        assertThat(split.between(Instant.parse("2026-03-08T06:30:00Z"), Instant.parse("2026-03-08T08:00:00Z")))
                .as("01:30-02:00 EST and 03:00-04:00 EDT").isEqualTo(Duration.ofMinutes(90));
        assertThat(split.plus(Instant.parse("2026-03-08T06:30:00Z"), Duration.ofMinutes(60)))
                .isEqualTo(Instant.parse("2026-03-08T07:30:00Z"));
    }

    @Test
    void aRoundTheClockCalendarKeepsTheHolidaysAnAdminGivesIt() {
        BusinessCalendar calendar = BusinessCalendar.roundTheClock("Support line", "Europe/Berlin");
        calendar.change("Support line", "Europe/Berlin", true, null, Set.of(LocalDate.of(2026, 12, 25)));
        assertThat(calendar.describe()).isEqualTo("24x7, 1 holiday (Europe/Berlin)");
        assertThat(calendar.hours().isOpen(berlin("2026-12-25T12:00"))).isFalse();
        assertThat(calendar.hours().isOpen(berlin("2026-12-26T12:00"))).isTrue();
    }

    @Test
    void aRoundTheClockCalendarHonoursItsHolidays() {
        BusinessHours always = BusinessHours.roundTheClock(BERLIN, Set.of(LocalDate.of(2026, 12, 25)));
        assertThat(always.between(berlin("2026-12-24T12:00"), berlin("2026-12-26T12:00"))).isEqualTo(Duration.ofHours(24));
        assertThat(always.plus(berlin("2026-12-24T23:00"), Duration.ofHours(2))).isEqualTo(berlin("2026-12-26T01:00"));
        assertThat(always.isOpen(berlin("2026-12-25T12:00"))).isFalse();
    }
}
