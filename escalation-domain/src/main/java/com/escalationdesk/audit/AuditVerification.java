package com.escalationdesk.audit;

import java.io.Serializable;
import java.util.List;

/** What a verification of the audit trail found: how much it checked and each chain's first broken entry. */
public record AuditVerification(long chains, long entries, List<BrokenLink> broken) implements Serializable {

    public boolean intact() {
        return broken.isEmpty();
    }

    /** The first broken entry in chain order, or null when every chain is intact. */
    public BrokenLink firstBroken() {
        return broken.isEmpty() ? null : broken.get(0);
    }
}
