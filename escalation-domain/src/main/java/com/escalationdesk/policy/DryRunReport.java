package com.escalationdesk.policy;

import java.io.Serializable;
import java.util.List;

/** A draft policy replayed over past tickets next to the active one. */
public record DryRunReport(int currentVersion, int draftVersion, List<DryRunRow> rows) implements Serializable {

    public long changed() {
        return rows.stream().filter(DryRunRow::differs).count();
    }
}
