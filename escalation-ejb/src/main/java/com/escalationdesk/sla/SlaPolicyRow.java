package com.escalationdesk.sla;

import com.escalationdesk.directory.CustomerSegment;
import com.escalationdesk.ticket.Priority;
import java.io.Serializable;
import java.util.List;

/** One service-level policy in the admin's list, with its ladder and how many clocks run under it. */
public record SlaPolicyRow(long id, String name, String scope, CustomerSegment segment, Priority priority, long calendarId,
        String calendar, Integer firstResponseMinutes, Integer nextUpdateMinutes, Integer resolutionMinutes,
        List<SlaStepInput> steps, List<String> ladder, long openClocks) implements Serializable {

    static SlaPolicyRow of(SlaPolicy p, long openClocks) {
        return new SlaPolicyRow(p.getId(), p.getName(), p.scope(), p.getSegment(), p.getPriority(),
                p.getCalendar().getId(), p.getCalendar().getName(), p.getFirstResponseMinutes(), p.getNextUpdateMinutes(),
                p.getResolutionMinutes(), p.getSteps().stream().map(SlaStepInput::of).toList(),
                p.getSteps().stream().map(SlaStep::describe).toList(), openClocks);
    }
}
