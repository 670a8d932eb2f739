package com.escalationdesk.notification;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * What a person chose: the events that email them, at which address, and the calendar of their
 * working hours (null: the SLA's own calendar); with the calendars to choose from and whether the
 * server sends mail at all.
 */
public record NotificationSettingsView(String email, Set<NotificationKind> emailed, Long workingHoursId,
        List<CalendarChoice> calendars, boolean mailOn) implements Serializable {

    /** A calendar one may work by. */
    public record CalendarChoice(long id, String label) implements Serializable {
    }
}
