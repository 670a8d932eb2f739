package com.escalationdesk.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * Recomputes the hash chains of the audit trail. Fed every entry ordered by chain and sequence
 * number, it notes per chain the first entry whose content no longer matches its hash, that does
 * not link to its predecessor's hash, or that follows a gap (a deleted entry). One verifier serves
 * the admin screen and the command line, so both judge the trail by the same rules.
 */
public final class AuditChainVerifier {

    private final List<BrokenLink> broken = new ArrayList<>();
    private long chains;
    private long entries;
    private String chainKey;
    private long expectedSequence;
    private String expectedPrevious;
    private boolean chainBroken;

    public void accept(AuditEntry entry) {
        entries++;
        if (!entry.getChainKey().equals(chainKey)) {
            chains++;
            chainKey = entry.getChainKey();
            expectedSequence = 1;
            expectedPrevious = AuditEntry.GENESIS;
            chainBroken = false;
        }
        if (!chainBroken) {
            String reason = problemWith(entry);
            if (reason != null) {
                broken.add(new BrokenLink(chainKey, entry.getSequenceNo(), reason));
                chainBroken = true;
            }
        }
        expectedSequence = entry.getSequenceNo() + 1;
        expectedPrevious = entry.getHash();
    }

    private String problemWith(AuditEntry entry) {
        if (entry.getSequenceNo() != expectedSequence) {
            return "expected entry #" + expectedSequence + " here; entries are missing or out of order";
        }
        if (!entry.getHash().equals(entry.computeHash())) {
            return "its content no longer matches its hash (it was changed after it was written)";
        }
        if (!entry.getPreviousHash().equals(expectedPrevious)) {
            return "it does not link to the hash of entry #" + (expectedSequence - 1);
        }
        return null;
    }

    public AuditVerification result() {
        return new AuditVerification(chains, entries, List.copyOf(broken));
    }
}
