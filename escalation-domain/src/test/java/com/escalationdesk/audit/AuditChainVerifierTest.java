package com.escalationdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainVerifierTest {

    private static final Instant AT = Instant.parse("2026-11-24T10:00:00Z");

    private static List<AuditEntry> chain(String key, int length) {
        List<AuditEntry> entries = new ArrayList<>();
        AuditEntry previous = null;
        for (int i = 0; i < length; i++) {
            previous = AuditEntry.append(previous, key, "alice", AuditAction.NOTE_ADDED, "note " + i, null, "{}", AT.plusSeconds(i));
            entries.add(previous);
        }
        return entries;
    }

    private static AuditEntry copy(AuditEntry e, String summary, String previousHash) {
        return AuditEntry.stored(e.getRecipe(), e.getChainKey(), e.getSequenceNo(), e.getActor(), e.getAction(), summary,
                e.getBeforeState(), e.getAfterState(), e.getOccurredMicros(), previousHash, e.getHash());
    }

    private static AuditVerification verify(List<AuditEntry> entries) {
        AuditChainVerifier verifier = new AuditChainVerifier();
        entries.forEach(verifier::accept);
        return verifier.result();
    }

    @Test
    void intactChainsVerify() {
        List<AuditEntry> all = new ArrayList<>(chain("ticket:ESC-1", 3));
        all.addAll(chain("ticket:ESC-2", 2));

        AuditVerification result = verify(all);

        assertThat(result.intact()).isTrue();
        assertThat(result.chains()).isEqualTo(2);
        assertThat(result.entries()).isEqualTo(5);
    }

    @Test
    void aChangedEntryIsNamed() {
        List<AuditEntry> entries = chain("ticket:ESC-1", 4);
        AuditEntry second = entries.get(1);
        entries.set(1, copy(second, "nothing to see here", second.getPreviousHash()));

        AuditVerification result = verify(entries);

        assertThat(result.broken()).containsExactly(new BrokenLink("ticket:ESC-1", 2,
                "its content no longer matches its hash (it was changed after it was written)"));
    }

    @Test
    void aDeletedEntryBreaksTheSequence() {
        List<AuditEntry> entries = chain("ticket:ESC-1", 4);
        entries.remove(2);

        assertThat(verify(entries).firstBroken()).isEqualTo(new BrokenLink("ticket:ESC-1", 4,
                "expected entry #3 here; entries are missing or out of order"));
    }

    @Test
    void anEntryRewrittenWithAFreshHashStillBreaksTheLinkOfItsSuccessor() {
        List<AuditEntry> entries = chain("ticket:ESC-1", 3);
        AuditEntry forged = AuditEntry.append(entries.get(0), "ticket:ESC-1", "mallory", AuditAction.NOTE_ADDED,
                "forged", null, "{}", AT.plusSeconds(1));
        entries.set(1, forged);

        assertThat(verify(entries).firstBroken()).isEqualTo(new BrokenLink("ticket:ESC-1", 3,
                "it does not link to the hash of entry #2"));
    }

    @Test
    void eachBrokenChainIsReportedOnceAndOthersStillVerify() {
        List<AuditEntry> first = chain("ticket:ESC-1", 3);
        first.set(0, copy(first.get(0), "changed", first.get(0).getPreviousHash()));
        List<AuditEntry> all = new ArrayList<>(first);
        all.addAll(chain("ticket:ESC-2", 3));

        AuditVerification result = verify(all);

        assertThat(result.broken()).extracting(BrokenLink::chainKey, BrokenLink::sequenceNo)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ticket:ESC-1", 1L));
        assertThat(result.entries()).isEqualTo(6);
    }
}
