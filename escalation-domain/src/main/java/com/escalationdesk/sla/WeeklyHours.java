package com.escalationdesk.sla;

import com.escalationdesk.shared.RuleViolation;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Weekly working hours written the way people write them on a door: {@code Mon-Fri 08:00-12:00
 * 13:00-17:00; Sat 09:00-12:00}. Day groups are separated by semicolons; a group names a day, a
 * range of days or a comma list, then one or more time ranges.
 */
public final class WeeklyHours {

    private static final List<String> DAY_NAMES = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

    private WeeklyHours() {
    }

    public static Map<DayOfWeek, List<OpeningHours>> parse(String text) {
        String written = RuleViolation.requireText(text, "Working hours", 500);
        Map<DayOfWeek, List<OpeningHours>> week = new EnumMap<>(DayOfWeek.class);
        for (String group : written.split(";")) {
            String[] parts = group.strip().split("\\s+");
            if (parts.length < 2 || parts[0].isEmpty()) {
                throw new RuleViolation("Write working hours as days then times, e.g. “Mon-Fri 08:00-17:00”; “"
                        + group.strip() + "” has no times.");
            }
            List<DayOfWeek> days = days(parts[0]);
            for (int i = 1; i < parts.length; i++) {
                OpeningHours hours = range(parts[i]);
                for (DayOfWeek day : days) {
                    week.computeIfAbsent(day, d -> new ArrayList<>()).add(hours);
                }
            }
        }
        return week;
    }

    /** The canonical text: days with the same hours grouped, Monday first. */
    public static String format(Map<DayOfWeek, List<OpeningHours>> week) {
        List<String> groups = new ArrayList<>();
        DayOfWeek[] all = DayOfWeek.values();
        int i = 0;
        while (i < all.length) {
            List<OpeningHours> hours = week.getOrDefault(all[i], List.of());
            int j = i;
            while (j + 1 < all.length && week.getOrDefault(all[j + 1], List.of()).equals(hours)) {
                j++;
            }
            if (!hours.isEmpty()) {
                String days = name(all[i]) + (j > i ? "-" + name(all[j]) : "");
                groups.add(days + " " + hours.stream().map(h -> h.from() + "-" + (h.until().equals(LocalTime.MAX) ? "24:00" : h.until())).collect(Collectors.joining(" ")));
            }
            i = j + 1;
        }
        return String.join("; ", groups);
    }

    private static String name(DayOfWeek day) {
        String n = DAY_NAMES.get(day.ordinal());
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    private static List<DayOfWeek> days(String written) {
        List<DayOfWeek> days = new ArrayList<>();
        for (String item : written.split(",")) {
            String[] range = item.split("-");
            if (range.length == 1) {
                days.add(day(range[0]));
            } else if (range.length == 2) {
                DayOfWeek from = day(range[0]);
                DayOfWeek to = day(range[1]);
                for (int d = from.ordinal(); ; d = (d + 1) % 7) {
                    days.add(DayOfWeek.values()[d]);
                    if (d == to.ordinal()) {
                        break;
                    }
                }
            } else {
                throw new RuleViolation("“" + item + "” is not a day or a range of days such as Mon-Fri.");
            }
        }
        return days;
    }

    private static DayOfWeek day(String written) {
        String key = written.strip().toLowerCase(Locale.ROOT);
        int index = key.length() >= 3 ? DAY_NAMES.indexOf(key.substring(0, 3)) : -1;
        if (index < 0) {
            throw new RuleViolation("“" + written + "” is not a day; use Mon, Tue, Wed, Thu, Fri, Sat or Sun.");
        }
        return DayOfWeek.values()[index];
    }

    private static OpeningHours range(String written) {
        String[] times = written.split("-");
        if (times.length != 2) {
            throw new RuleViolation("“" + written + "” is not a time range such as 08:00-17:00.");
        }
        try {
            return new OpeningHours(LocalTime.parse(times[0]), times[1].equals("24:00") ? LocalTime.MAX
                    : LocalTime.parse(times[1]));
        } catch (DateTimeParseException e) {
            throw new RuleViolation("“" + written + "” is not a time range such as 08:00-17:00.");
        }
    }
}
