package com.escalationdesk.shared.export;

import com.escalationdesk.shared.web.InstantDisplayConverter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;

/** What the tables' exports need beyond the values on the screen. */
@Named
@ApplicationScoped
public class TableExports {

    /** A moment as the tables show it, for a column whose export joins it with other words. */
    public String time(Instant at) {
        return InstantDisplayConverter.text(at);
    }
}
