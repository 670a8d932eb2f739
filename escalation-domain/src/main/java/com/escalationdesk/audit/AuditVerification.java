package com.escalationdesk.audit;

import java.io.Serializable;
import java.util.List;

/**
 * What a verification of the audit trail found: how much it checked, each chain's first broken entry,
 * the tickets that have no chain at all, and the check against a signed checkpoint (null when the
 * desk has made none yet).
 */
public record AuditVerification(long chains, long entries, List<BrokenLink> broken, List<String> missingChains,
        CheckpointVerification checkpoint) implements Serializable {

    public AuditVerification(long chains, long entries, List<BrokenLink> broken) {
        this(chains, entries, broken, List.of(), null);
    }

    public boolean intact() {
        return broken.isEmpty() && missingChains.isEmpty() && (checkpoint == null || checkpoint.verified());
    }

    /** The first broken entry in chain order, or null when every chain is intact. */
    public BrokenLink firstBroken() {
        return broken.isEmpty() ? null : broken.get(0);
    }
}
