package com.escalationdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.escalationdesk.shared.RuleViolation;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeeklyHoursTest {

    @Test
    void daysRangesListsAndSplitDaysAreReadAndWrittenBackGrouped() {
        Map<DayOfWeek, List<OpeningHours>> week = WeeklyHours.parse("mon-thu 08:00-12:00 13:00-17:00; Fri 08:00-15:00;sat,sun 10:00-14:00");
        assertThat(week.get(DayOfWeek.WEDNESDAY)).containsExactly(OpeningHours.of("08:00", "12:00"), OpeningHours.of("13:00", "17:00"));
        assertThat(week.get(DayOfWeek.SUNDAY)).containsExactly(OpeningHours.of("10:00", "14:00"));
        assertThat(WeeklyHours.format(week)).isEqualTo("Mon-Thu 08:00-12:00 13:00-17:00; Fri 08:00-15:00; Sat-Sun 10:00-14:00");
    }

    @Test
    void aRangeMayWrapAroundTheWeekendAndRunToMidnight() {
        Map<DayOfWeek, List<OpeningHours>> week = WeeklyHours.parse("Sat-Mon 20:00-24:00");
        assertThat(week).containsOnlyKeys(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY);
        assertThat(WeeklyHours.format(WeeklyHours.parse(WeeklyHours.format(week)))).isEqualTo(WeeklyHours.format(week));
    }

    @Test
    void badInputIsRefusedWithAMessageThatSaysWhatIsWrong() {
        assertThatThrownBy(() -> WeeklyHours.parse("Mon-Fri")).isInstanceOf(RuleViolation.class).hasMessageContaining("no times");
        assertThatThrownBy(() -> WeeklyHours.parse("Moon 08:00-17:00")).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("not a day");
        assertThatThrownBy(() -> WeeklyHours.parse("Mon 8-17")).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("not a time range");
        assertThatThrownBy(() -> WeeklyHours.parse("Mon 17:00-08:00")).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("end after they start");
        assertThatThrownBy(() -> BusinessCalendar.workingHours("Office", "Europe/Berlin", "Mon 08:00-12:00 11:00-13:00",
                null)).isInstanceOf(RuleViolation.class).hasMessageContaining("overlap");
        assertThatThrownBy(() -> BusinessCalendar.workingHours("Office", "Mars/Olympus", "Mon 08:00-12:00", null))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("not a time zone");
    }
}
