package com.escalationdesk.sla;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.stream.Collectors;

/** One business calendar in the admin's list, with the policies that count on it; its holidays in date order. */
public record CalendarRow(long id, String name, String zone, boolean roundTheClock, String weeklyHours, String holidays,
        String description, long policies) implements Serializable {

    static CalendarRow of(BusinessCalendar c, long policies) {
        return new CalendarRow(c.getId(), c.getName(), c.getZone(), c.isRoundTheClock(), c.getWeeklyHours(),
                c.getHolidays().stream().sorted().map(LocalDate::toString).collect(Collectors.joining(", ")), c.describe(), policies);
    }
}
