package com.escalationdesk.sla.web;

import com.escalationdesk.directory.CustomerSegment;
import com.escalationdesk.shared.web.FacesActions;
import com.escalationdesk.sla.CalendarInput;
import com.escalationdesk.sla.CalendarRow;
import com.escalationdesk.sla.ServiceLevelAdmin;
import com.escalationdesk.sla.SlaAction;
import com.escalationdesk.sla.SlaKind;
import com.escalationdesk.sla.SlaPolicyInput;
import com.escalationdesk.sla.SlaPolicyRow;
import com.escalationdesk.sla.SlaTrigger;
import com.escalationdesk.ticket.Priority;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

/** The admin's business calendars and service-level policies: lists, and a form for each. */
@Named
@ViewScoped
public class ServiceLevelsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PAGE = "/admin/service-levels?faces-redirect=true";

    @Inject
    private ServiceLevelAdmin admin;

    private List<CalendarRow> calendars = List.of();
    private List<SlaPolicyRow> policies = List.of();

    private Long editedCalendarId;
    private String calendarName;
    private String zone = "Europe/Berlin";
    private boolean roundTheClock;
    private String weeklyHours = "Mon-Fri 08:00-18:00";
    private String holidays;

    private Long editedPolicyId;
    private String policyName;
    private CustomerSegment segment;
    private Priority priority;
    private Long calendarId;
    private Integer firstResponseMinutes;
    private Integer nextUpdateMinutes;
    private Integer resolutionMinutes;
    private List<StepRow> steps = new ArrayList<>();

    @PostConstruct
    void load() {
        FacesActions.attempt(() -> {
            calendars = admin.calendars();
            policies = admin.policies();
        });
    }

    public void editCalendar(CalendarRow c) {
        editedCalendarId = c.id();
        calendarName = c.name();
        zone = c.zone();
        roundTheClock = c.roundTheClock();
        weeklyHours = c.weeklyHours();
        holidays = c.holidays();
    }

    public String saveCalendar() {
        CalendarInput input = new CalendarInput(calendarName, zone, roundTheClock, weeklyHours, holidays);
        return editedCalendarId == null
                ? FacesActions.attemptThen(() -> admin.createCalendar(input), "Calendar " + calendarName + " created.", PAGE)
                : saved(() -> admin.updateCalendar(editedCalendarId, input), "Calendar " + calendarName + " saved");
    }

    public void editPolicy(SlaPolicyRow p) {
        editedPolicyId = p.id();
        policyName = p.name();
        segment = p.segment();
        priority = p.priority();
        calendarId = p.calendarId();
        firstResponseMinutes = p.firstResponseMinutes();
        nextUpdateMinutes = p.nextUpdateMinutes();
        resolutionMinutes = p.resolutionMinutes();
        steps = new ArrayList<>(p.steps().stream().map(StepRow::of).toList());
    }

    public void addStep() {
        steps.add(new StepRow());
    }

    public void removeStep(StepRow row) {
        steps.remove(row);
    }

    public String savePolicy() {
        SlaPolicyInput input = new SlaPolicyInput(policyName, segment, priority, calendarId, firstResponseMinutes,
                nextUpdateMinutes, resolutionMinutes, steps.stream().map(StepRow::toInput).toList());
        return editedPolicyId == null
                ? FacesActions.attemptThen(() -> admin.createPolicy(input), "Policy " + policyName + " created.", PAGE)
                : saved(() -> admin.updatePolicy(editedPolicyId, input), "Policy " + policyName + " saved");
    }

    /** Saves, and says how many open clocks took the change. */
    private static String saved(IntSupplier change, String confirmation) {
        int[] recomputed = {0};
        if (!FacesActions.attempt(() -> recomputed[0] = change.getAsInt())) {
            return null;
        }
        FacesActions.info(confirmation + "; " + recomputed[0] + (recomputed[0] == 1 ? " open clock" : " open clocks")
                + " recomputed from their ledgers.");
        return PAGE;
    }

    public String cancel() {
        return PAGE;
    }

    public List<CalendarRow> getCalendars() {
        return calendars;
    }

    public List<SlaPolicyRow> getPolicies() {
        return policies;
    }

    public List<String> getZones() {
        return ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/") && !z.startsWith("Etc/")
                && !z.startsWith("SystemV/")).sorted().toList();
    }

    public CustomerSegment[] getSegments() {
        return CustomerSegment.values();
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    public SlaKind[] getKinds() {
        return SlaKind.values();
    }

    public SlaTrigger[] getTriggers() {
        return SlaTrigger.values();
    }

    public SlaAction[] getActions() {
        return SlaAction.values();
    }

    public Long getEditedCalendarId() {
        return editedCalendarId;
    }

    public String getCalendarName() {
        return calendarName;
    }

    public void setCalendarName(String calendarName) {
        this.calendarName = calendarName;
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }

    public boolean isRoundTheClock() {
        return roundTheClock;
    }

    public void setRoundTheClock(boolean roundTheClock) {
        this.roundTheClock = roundTheClock;
    }

    public String getWeeklyHours() {
        return weeklyHours;
    }

    public void setWeeklyHours(String weeklyHours) {
        this.weeklyHours = weeklyHours;
    }

    public String getHolidays() {
        return holidays;
    }

    public void setHolidays(String holidays) {
        this.holidays = holidays;
    }

    public Long getEditedPolicyId() {
        return editedPolicyId;
    }

    public String getPolicyName() {
        return policyName;
    }

    public void setPolicyName(String policyName) {
        this.policyName = policyName;
    }

    public CustomerSegment getSegment() {
        return segment;
    }

    public void setSegment(CustomerSegment segment) {
        this.segment = segment;
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }

    public Long getCalendarId() {
        return calendarId;
    }

    public void setCalendarId(Long calendarId) {
        this.calendarId = calendarId;
    }

    public Integer getFirstResponseMinutes() {
        return firstResponseMinutes;
    }

    public void setFirstResponseMinutes(Integer firstResponseMinutes) {
        this.firstResponseMinutes = firstResponseMinutes;
    }

    public Integer getNextUpdateMinutes() {
        return nextUpdateMinutes;
    }

    public void setNextUpdateMinutes(Integer nextUpdateMinutes) {
        this.nextUpdateMinutes = nextUpdateMinutes;
    }

    public Integer getResolutionMinutes() {
        return resolutionMinutes;
    }

    public void setResolutionMinutes(Integer resolutionMinutes) {
        this.resolutionMinutes = resolutionMinutes;
    }

    public List<StepRow> getSteps() {
        return steps;
    }
}
