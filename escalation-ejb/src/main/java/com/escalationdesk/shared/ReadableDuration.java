package com.escalationdesk.shared;

import java.time.Duration;

/** Durations as people read them on a help desk: "3 d 4 h", "2 h 15 min", "12 min", "under a minute". */
public final class ReadableDuration {

    private ReadableDuration() {
    }

    public static String of(Duration d) {
        long minutes = d.toMinutes();
        if (minutes < 1) {
            return "under a minute";
        }
        long days = minutes / (24 * 60);
        long hours = minutes % (24 * 60) / 60;
        long mins = minutes % 60;
        if (days > 0) {
            return days + " d" + (hours > 0 ? " " + hours + " h" : "");
        }
        if (hours > 0) {
            return hours + " h" + (mins > 0 ? " " + mins + " min" : "");
        }
        return mins + " min";
    }
}
