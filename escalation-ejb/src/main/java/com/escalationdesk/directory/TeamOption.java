package com.escalationdesk.directory;

import java.io.Serializable;
/** A team as a choice on a form. */
public record TeamOption(long id, String name, TierView tier) implements Serializable {

    static TeamOption of(Team t) {
        return new TeamOption(t.getId(), t.getName(), TierView.of(t.getTier()));
    }

    public String label() {
        return name + " (" + tier.label() + ")";
    }
}
