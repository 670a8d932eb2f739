package com.escalationdesk.directory;

/** A team as a choice on a form. */
public record TeamOption(long id, String name, TierView tier) {

    static TeamOption of(Team t) {
        return new TeamOption(t.getId(), t.getName(), TierView.of(t.getTier()));
    }

    public String label() {
        return name + " (" + tier.label() + ")";
    }
}
