package com.escalationdesk.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.escalationdesk.sla.BusinessCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeliveryTimeTest {

    final BusinessCalendar berlin = BusinessCalendar.workingHours("Berlin office", "Europe/Berlin",
            "Mon-Fri 08:00-18:00", Set.of(LocalDate.of(2026, 12, 25)));
    final BusinessCalendar newYork = BusinessCalendar.workingHours("New York office", "America/New_York",
            "Mon-Fri 09:00-17:00", Set.of());
    final BusinessCalendar roundTheClock = BusinessCalendar.roundTheClock("24x7", "UTC");

    @Test
    void aReminderAtMidnightOnSundayWaitsForMondayMorning() {
        Instant sundayMidnight = Instant.parse("2026-11-28T23:00:00Z"); // 00:00 Sunday in Berlin
        Instant saturdayNight = Instant.parse("2026-11-28T23:30:00Z"); // 00:30 Sunday in Berlin
        assertThat(DeliveryTime.of(saturdayNight, false, null, berlin)).isEqualTo(Instant.parse("2026-11-30T07:00:00Z"));
        assertThat(DeliveryTime.of(sundayMidnight, false, null, berlin)).isEqualTo(Instant.parse("2026-11-30T07:00:00Z"));
    }

    @Test
    void withinWorkingHoursItGoesAtOnce() {
        Instant tuesdayNoon = Instant.parse("2026-12-01T11:00:00Z");
        assertThat(DeliveryTime.of(tuesdayNoon, false, null, berlin)).isEqualTo(tuesdayNoon);
    }

    @Test
    void theRecipientsOwnHoursComeBeforeTheServiceLevelsHours() {
        Instant tuesdayEveningInBerlin = Instant.parse("2026-12-01T18:30:00Z"); // 13:30 in New York
        assertThat(DeliveryTime.of(tuesdayEveningInBerlin, false, newYork, berlin)).isEqualTo(tuesdayEveningInBerlin);
        Instant christmasMorning = Instant.parse("2026-12-25T08:00:00Z");
        assertThat(DeliveryTime.of(christmasMorning, false, null, berlin)).as("a holiday is no working day")
                .isEqualTo(Instant.parse("2026-12-28T07:00:00Z"));
    }

    @Test
    void urgentMailAndRoundTheClockHoursGoAtOnce() {
        Instant sundayNight = Instant.parse("2026-11-29T02:00:00Z");
        assertThat(DeliveryTime.of(sundayNight, true, null, berlin)).isEqualTo(sundayNight);
        assertThat(DeliveryTime.of(sundayNight, false, null, roundTheClock)).isEqualTo(sundayNight);
        assertThat(DeliveryTime.of(sundayNight, false, null, null)).as("no hours known").isEqualTo(sundayNight);
    }
}
