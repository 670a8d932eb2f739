package com.escalationdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The log checked against signed checkpoints: each kind of tampering is found and named. */
class CheckpointCheckTest {

    private static final Instant AT = Instant.parse("2026-11-30T08:00:00.000001Z");
    private static final KeyPair KEY = key();

    private static KeyPair key() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Three chains of five entries, interleaved, taken into the log in the order written. */
    private static List<AuditEntry> trail() {
        List<AuditEntry> log = new ArrayList<>();
        AuditEntry[] heads = new AuditEntry[3];
        for (int i = 0; i < 15; i++) {
            int c = i % 3;
            heads[c] = AuditEntry.append(heads[c], "ticket:ESC-1000" + c, "alice", AuditAction.NOTE_ADDED, "note " + i, null, "{}",
                    AT.plusSeconds(i));
            log.add(heads[c]);
        }
        return log;
    }

    private static TreeHead sign(List<AuditEntry> log, int size) {
        CompactRange range = new CompactRange();
        for (int i = 0; i < size; i++) {
            AuditEntry e = log.get(i);
            byte[] leaf = MerkleTree.leafHash(AuditRecipe.leafData(e));
            if (e.getLogIndex() == null) {
                e.enterLog(i, MerkleTree.hex(leaf));
            }
            range.append(leaf);
        }
        return TreeHead.sign(size, range.root(), AT.plusSeconds(3600), KEY.getPrivate(), KEY.getPublic());
    }

    private static CheckpointVerification check(List<AuditEntry> stored, TreeHead head, TreeHead... earlier) {
        CheckpointCheck check = new CheckpointCheck(head, List.of(earlier));
        stored.forEach(check::accept);
        return check.result();
    }

    /** The entry as stored, with a change made to it and, if {@code rehash}, its hash recomputed. */
    private static AuditEntry altered(AuditEntry e, UnaryOperator<String> summary, long micros, boolean rehash, Long index) {
        AuditEntry changed = AuditEntry.stored(e.getRecipe(), e.getChainKey(), e.getSequenceNo(), e.getActor(), e.getAction(),
                summary.apply(e.getSummary()), e.getBeforeState(), e.getAfterState(), micros, e.getPreviousHash(), e.getHash());
        AuditEntry result = rehash ? AuditEntry.stored(e.getRecipe(), e.getChainKey(), e.getSequenceNo(), e.getActor(), e.getAction(),
                changed.getSummary(), e.getBeforeState(), e.getAfterState(), micros, e.getPreviousHash(), changed.computeHash()) : changed;
        if (index != null) {
            result.enterLog(index, e.getLeafHash());
        }
        return result;
    }

    @Test
    void anUntouchedLogMatchesItsCheckpointInEveryTimeZone() {
        List<AuditEntry> log = trail();
        TreeHead head = sign(log, 12);
        TimeZone original = TimeZone.getDefault();
        try {
            List<CheckpointVerification> results = new ArrayList<>();
            for (String zone : List.of("UTC", "Europe/Berlin", "Pacific/Kiritimati")) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                results.add(check(log, head));
            }
            assertThat(results).allSatisfy(r -> {
                assertThat(r.verified()).isTrue();
                assertThat(r.entriesCovered()).isEqualTo(12);
                assertThat(r.entriesAfter()).isEqualTo(3);
                assertThat(r.problems()).isEmpty();
            });
        } finally {
            TimeZone.setDefault(original);
        }
    }

    @Test
    void deletingTheNewestEntriesIsNamedByTheirLogPositions() {
        List<AuditEntry> log = trail();
        TreeHead head = sign(log, 15);

        CheckpointVerification result = check(log.subList(0, 12), head);

        assertThat(result.verified()).isFalse();
        assertThat(result.problems()).anySatisfy(p -> assertThat(p).contains("3 of the 15 entries", "log positions 12–14"));
    }

    @Test
    void deletingAWholeChainIsFound() {
        List<AuditEntry> log = trail();
        TreeHead head = sign(log, 15);

        CheckpointVerification result = check(log.stream().filter(e -> !e.getChainKey().endsWith("1")).toList(), head);

        assertThat(result.verified()).isFalse();
        assertThat(result.problems()).anySatisfy(p -> assertThat(p).contains("5 of the 15 entries", "1, 4, 7, 10, 13"));
    }

    @Test
    void aRewriteWithRecomputedHashesIsFoundAndTheEntryNamed() {
        List<AuditEntry> log = new ArrayList<>(trail());
        TreeHead head = sign(log, 15);
        // the whole chain from entry 6 (ticket 0, #3) on, rewritten so that every chain still verifies
        List<AuditEntry> rewritten = new ArrayList<>(log);
        AuditEntry previous = null;
        for (int i = 0; i < 15; i += 3) {
            AuditEntry e = log.get(i);
            AuditEntry next = i == 6 ? altered(e, s -> "a note that was never written", e.getOccurredMicros(), true, (long) i)
                    : previous == null || i < 6 ? e : relinked(e, previous, i);
            rewritten.set(i, next);
            previous = next;
        }
        AuditChainVerifier chains = new AuditChainVerifier();
        rewritten.stream().filter(e -> e.getChainKey().endsWith("0")).forEach(chains::accept);
        assertThat(chains.result().broken()).as("the chains were rewritten consistently").isEmpty();

        CheckpointVerification result = check(rewritten, head);

        assertThat(result.verified()).isFalse();
        assertThat(result.problems()).anySatisfy(p -> assertThat(p).contains("do not hash to its root"));
        assertThat(result.problems()).anySatisfy(p -> assertThat(p).contains("ticket:ESC-10000 #3 (log position 6) differs"));
    }

    private static AuditEntry relinked(AuditEntry e, AuditEntry previous, long index) {
        AuditEntry copy = AuditEntry.stored(e.getRecipe(), e.getChainKey(), e.getSequenceNo(), e.getActor(), e.getAction(),
                e.getSummary(), e.getBeforeState(), e.getAfterState(), e.getOccurredMicros(), previous.getHash(), null);
        AuditEntry rehashed = AuditEntry.stored(e.getRecipe(), e.getChainKey(), e.getSequenceNo(), e.getActor(), e.getAction(),
                e.getSummary(), e.getBeforeState(), e.getAfterState(), e.getOccurredMicros(), previous.getHash(), copy.computeHash());
        rehashed.enterLog(index, e.getLeafHash());
        return rehashed;
    }

    @Test
    void aTimestampMovedByOneMicrosecondIsFound() {
        List<AuditEntry> log = new ArrayList<>(trail());
        TreeHead head = sign(log, 15);
        AuditEntry last = log.get(14);
        log.set(14, altered(last, s -> s, last.getOccurredMicros() + 1, true, 14L));

        assertThat(check(log, head).verified()).isFalse();
    }

    @Test
    void reorderingTheLogIsFound() {
        List<AuditEntry> log = trail();
        TreeHead head = sign(log, 15);
        List<AuditEntry> swapped = new ArrayList<>();
        for (AuditEntry e : log) {
            long index = e.getLogIndex() == 3 ? 4 : e.getLogIndex() == 4 ? 3 : e.getLogIndex();
            AuditEntry copy = AuditEntry.stored(e.getRecipe(), e.getChainKey(), e.getSequenceNo(), e.getActor(), e.getAction(),
                    e.getSummary(), e.getBeforeState(), e.getAfterState(), e.getOccurredMicros(), e.getPreviousHash(), e.getHash());
            copy.enterLog(index, e.getLeafHash());
            swapped.add(copy);
        }

        assertThat(check(swapped, head).verified()).isFalse();
    }

    @Test
    void aChangeMadeBeforeALaterCheckpointIsCaughtByTheEarlierOneAndLocated() {
        List<AuditEntry> log = new ArrayList<>(trail());
        TreeHead early = sign(log, 6);
        TreeHead middle = sign(log, 8);
        // entry 7 is rewritten (hash recomputed; it is its chain's last before the next checkpoint)...
        AuditEntry e = log.get(7);
        log.set(7, altered(e, s -> "rewritten", e.getOccurredMicros(), true, null));
        log.get(7).enterLog(7, MerkleTree.hex(MerkleTree.leafHash(AuditRecipe.leafData(log.get(7)))));
        // ...and a later checkpoint is made over the rewritten log
        TreeHead late = sign(log, 9);

        CheckpointVerification result = check(log.subList(0, 9), late, early, middle);

        assertThat(result.verified()).isFalse();
        assertThat(result.problems()).anySatisfy(p -> assertThat(p).contains("no longer match the checkpoint"));
        assertThat(result.problems()).anySatisfy(p -> assertThat(p).contains("between positions 6 and 7"));
    }

    @Test
    void aCheckpointSignedByAnotherKeyDoesNotCountWhereTheDesksKeyIsKnown() {
        List<AuditEntry> log = trail();
        TreeHead head = sign(log, 15);
        KeyPair attacker = key();
        TreeHead forged = TreeHead.sign(15, MerkleTree.unhex(head.rootHash()), AT, attacker.getPrivate(), attacker.getPublic());
        CheckpointCheck check = new CheckpointCheck(forged, List.of(), java.util.Set.of(head.keyId()));
        log.forEach(check::accept);

        CheckpointVerification result = check.result();

        assertThat(forged.signatureValid()).isTrue();
        assertThat(result.verified()).isFalse();
        assertThat(result.problems()).anySatisfy(p -> assertThat(p).contains("signed by a key that is not this desk's"));
    }

    @Test
    void aForgedOrAlteredCheckpointFailsItsSignature() {
        List<AuditEntry> log = trail();
        TreeHead head = sign(log, 15);
        TreeHead smaller = new TreeHead(12, head.rootHash(), head.time(), head.keyId(), head.publicKey(), head.signature());

        assertThat(head.signatureValid()).isTrue();
        assertThat(smaller.signatureValid()).isFalse();
        assertThat(check(log, smaller).verified()).isFalse();
        assertThat(CheckpointJson.parse(CheckpointJson.of(head))).isEqualTo(head);
    }
}
