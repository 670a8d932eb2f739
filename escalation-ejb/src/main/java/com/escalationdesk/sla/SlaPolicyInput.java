package com.escalationdesk.sla;

import com.escalationdesk.directory.CustomerSegment;
import com.escalationdesk.ticket.Priority;
import java.util.List;

/** A service-level policy as an admin enters it: targets in business minutes, blank for none. */
public record SlaPolicyInput(String name, CustomerSegment segment, Priority priority, Long calendarId,
        Integer firstResponseMinutes, Integer nextUpdateMinutes, Integer resolutionMinutes, List<SlaStepInput> steps) {
}
