package com.escalationdesk.sla;

/** A calendar as an admin enters it; holidays as ISO dates separated by commas, spaces or lines. */
public record CalendarInput(String name, String zone, boolean roundTheClock, String weeklyHours, String holidays) {
}
