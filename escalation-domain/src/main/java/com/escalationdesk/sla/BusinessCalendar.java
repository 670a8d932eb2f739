package com.escalationdesk.sla;

import com.escalationdesk.shared.RuleViolation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * When a service-level clock counts: a time zone with weekly working hours and holidays, or round
 * the clock. Service-level policies name their calendar.
 */
@Entity
@Table(name = "business_calendar")
@NamedQuery(name = BusinessCalendar.ALL, query = "select c from BusinessCalendar c order by c.name")
@NamedQuery(name = BusinessCalendar.BY_NAME, query = "select c from BusinessCalendar c where lower(c.name) = :name")
public class BusinessCalendar {

    public static final String ALL = "BusinessCalendar.all";
    public static final String BY_NAME = "BusinessCalendar.byName";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "business_calendar_seq")
    @SequenceGenerator(name = "business_calendar_seq", sequenceName = "business_calendar_seq", allocationSize = 1)
    private Long id;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "zone_id", nullable = false, length = 60)
    private String zone;

    @Column(name = "round_the_clock", nullable = false)
    private boolean roundTheClock;

    @Column(name = "weekly_hours", length = 500)
    private String weeklyHours;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "business_calendar_holiday", joinColumns = @JoinColumn(name = "calendar_id"))
    @Column(name = "holiday")
    @OrderBy
    private Set<LocalDate> holidays = new TreeSet<>();

    @Version
    @Column(name = "version")
    private long version;

    protected BusinessCalendar() {
        // for JPA
    }

    public static BusinessCalendar roundTheClock(String name, String zone) {
        BusinessCalendar c = new BusinessCalendar();
        c.change(name, zone, true, null, Set.of());
        return c;
    }

    public static BusinessCalendar workingHours(String name, String zone, String weeklyHours, Set<LocalDate> holidays) {
        BusinessCalendar c = new BusinessCalendar();
        c.change(name, zone, false, weeklyHours, holidays);
        return c;
    }

    /** Every field at once, checked as a whole: the calendar must still be able to count time. */
    public void change(String name, String zone, boolean roundTheClock, String weeklyHours, Set<LocalDate> holidays) {
        String newName = RuleViolation.requireText(name, "Calendar name", 100);
        ZoneId zoneId = zoneOf(zone);
        String hoursText = null;
        if (!roundTheClock) {
            hoursText = WeeklyHours.format(WeeklyHours.parse(weeklyHours));
            BusinessHours.of(zoneId, WeeklyHours.parse(hoursText), holidays);
        }
        this.name = newName;
        this.zone = zoneId.getId();
        this.roundTheClock = roundTheClock;
        this.weeklyHours = hoursText;
        // a round-the-clock calendar honours its holidays too: nothing counts on them, 00:00 to 24:00
        this.holidays = new TreeSet<>(holidays == null ? Set.of() : holidays);
    }

    private static ZoneId zoneOf(String zone) {
        String id = RuleViolation.requireText(zone, "Time zone", 60);
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new RuleViolation("“" + id + "” is not a time zone; use a region such as Europe/Berlin or UTC.");
        }
    }

    public BusinessHours hours() {
        ZoneId zoneId = ZoneId.of(zone);
        return roundTheClock ? BusinessHours.roundTheClock(zoneId, holidays)
                : BusinessHours.of(zoneId, WeeklyHours.parse(weeklyHours), holidays);
    }

    /** “24x7” or the weekly hours and the number of holidays, in the calendar's zone. */
    public String describe() {
        return (roundTheClock ? "24x7" : weeklyHours) + (holidays.isEmpty() ? "" : ", " + holidays.size()
                + (holidays.size() == 1 ? " holiday" : " holidays")) + " (" + zone + ")";
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", name);
        state.put("zone", zone);
        state.put("roundTheClock", roundTheClock);
        state.put("weeklyHours", weeklyHours);
        state.put("holidays", List.copyOf(holidays).stream().map(LocalDate::toString).toList());
        return state;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getZone() {
        return zone;
    }

    public boolean isRoundTheClock() {
        return roundTheClock;
    }

    public String getWeeklyHours() {
        return weeklyHours;
    }

    public Set<LocalDate> getHolidays() {
        return Collections.unmodifiableSet(holidays);
    }
}
