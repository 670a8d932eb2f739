package com.escalationdesk.mail;

import com.escalationdesk.sla.BusinessCalendar;
import java.time.Instant;

/**
 * When an email may go out. Urgent ones go at once; the rest wait for working time: the
 * recipient's own hours, or else the hours of the service level that raised them, so that nobody
 * gets a business-hours reminder at midnight or on a Sunday.
 */
public final class DeliveryTime {

    private DeliveryTime() {
    }

    public static Instant of(Instant now, boolean urgent, BusinessCalendar recipientHours, BusinessCalendar serviceHours) {
        if (urgent) {
            return now;
        }
        BusinessCalendar hours = recipientHours != null ? recipientHours : serviceHours;
        return hours == null ? now : hours.hours().nextOpen(now);
    }
}
