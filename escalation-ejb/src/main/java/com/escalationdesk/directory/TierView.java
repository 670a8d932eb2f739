package com.escalationdesk.directory;

import java.io.Serializable;

/** A tier as screens show it: "Tier 2 · Specialists". */
public record TierView(int level, String name, String description, String label) implements Serializable {

    public static TierView of(Tier t) {
        return t == null ? null : new TierView(t.level(), t.name(), t.description(), t.label());
    }
}
