package com.escalationdesk.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Checks the audit log against a signed checkpoint. Fed every stored entry in any order, it
 * recomputes each leaf from the entry's content, places it at the entry's log position, and then
 * compares the root of the first {@code size} positions with the checkpoint's. When they differ it
 * names what it can: positions no entry holds any more, entries whose content differs from the
 * leaf recorded when they entered the log, and, from the earlier checkpoints it is given, the
 * stretch of the log in which the change lies.
 */
public final class CheckpointCheck {

    private final TreeHead head;
    private final List<TreeHead> earlier;
    private final byte[] leaves;
    private final BitSet present;
    private final List<String> problems = new ArrayList<>();
    private final List<String> changed = new ArrayList<>();
    private long after;
    private long duplicates;

    private final Set<String> trustedKeys;

    /** {@code earlier}: other checkpoints of the same log, to narrow down where a change lies. Any signing key is accepted. */
    public CheckpointCheck(TreeHead head, List<TreeHead> earlier) {
        this(head, earlier, null);
    }

    /**
     * {@code trustedKeys}: the ids of the keys whose checkpoints count (the desk's own); a checkpoint
     * signed by any other key, as one forged by someone who can write to the database, does not.
     * Null accepts any key that verifies its own signature.
     */
    public CheckpointCheck(TreeHead head, List<TreeHead> earlier, Set<String> trustedKeys) {
        this.trustedKeys = trustedKeys;
        if (head.size() > Integer.MAX_VALUE / MerkleTree.HASH) {
            throw new IllegalArgumentException("A checkpoint of " + head.size() + " entries is beyond this verifier");
        }
        this.head = head;
        this.earlier = earlier.stream().filter(h -> h.size() < head.size() && h.size() > 0 && h.signatureValid() && trusted(h))
                .sorted(Comparator.comparingLong(TreeHead::size)).toList();
        this.leaves = new byte[(int) head.size() * MerkleTree.HASH];
        this.present = new BitSet((int) head.size());
    }

    public void accept(AuditEntry e) {
        Long index = e.getLogIndex();
        if (index == null || index >= head.size()) {
            after++;
            return;
        }
        int i = index.intValue();
        if (index < 0 || present.get(i)) {
            duplicates++;
            problems.add(label(e) + " claims log position " + index + ", which another entry holds");
            return;
        }
        present.set(i);
        byte[] leaf = MerkleTree.leafHash(AuditRecipe.leafData(e));
        System.arraycopy(leaf, 0, leaves, i * MerkleTree.HASH, MerkleTree.HASH);
        if (e.getLeafHash() != null && !e.getLeafHash().equals(MerkleTree.hex(leaf)) && changed.size() < 50) {
            changed.add(label(e) + " (log position " + index + ") differs from what it was when it entered the log");
        }
    }

    private boolean trusted(TreeHead h) {
        return trustedKeys == null || trustedKeys.contains(h.keyId());
    }

    public CheckpointVerification result() {
        boolean signed = head.signatureValid() && trusted(head);
        List<String> found = new ArrayList<>();
        if (!head.signatureValid()) {
            found.add("The checkpoint's signature does not verify with the key it names: it was not made by this desk's key, or it was altered.");
        } else if (!trusted(head)) {
            found.add("The checkpoint is signed by a key that is not this desk's (key id " + head.keyId()
                    + "): it was made elsewhere, or forged by someone who could write to the database.");
        }
        long missing = head.size() - present.cardinality();
        if (missing > 0) {
            found.add(missing + " of the " + head.size() + " entries the checkpoint covers are missing: log positions "
                    + ranges(present, (int) head.size()) + ".");
        }
        found.addAll(problems);
        boolean rootMatches = false;
        if (missing == 0 && duplicates == 0) {
            MerkleTree tree = new MerkleTree(leaves, head.size());
            rootMatches = MerkleTree.hex(tree.root(head.size())).equals(head.rootHash());
            if (rootMatches) {
                for (TreeHead h : earlier) {
                    if (!Arrays.equals(tree.root(h.size()), MerkleTree.unhex(h.rootHash()))) {
                        rootMatches = false;
                        found.add("The log's first " + h.size() + " entries no longer match the checkpoint of " + h.time()
                                + ": they were changed before a later checkpoint was made over them.");
                        found.add(narrowDown(tree));
                        break;
                    }
                }
            } else {
                found.add("The entries at the checkpoint's " + head.size() + " log positions do not hash to its root: "
                        + "entries were changed, rewritten with recomputed hashes, replaced or reordered.");
                found.addAll(changed);
                found.add(narrowDown(tree));
            }
        }
        return new CheckpointVerification(head, signed, rootMatches && signed, present.cardinality(), after, List.copyOf(found));
    }

    private String narrowDown(MerkleTree tree) {
        long good = 0;
        for (TreeHead h : earlier) {
            if (Arrays.equals(tree.root(h.size()), MerkleTree.unhex(h.rootHash()))) {
                good = h.size();
            } else {
                return "The first " + good + " log positions still match the checkpoints made then; the change lies between positions "
                        + good + " and " + (h.size() - 1) + " (checkpoint of " + h.time() + ").";
            }
        }
        return "The first " + good + " log positions still match the checkpoints made then; the change lies between positions "
                + good + " and " + (head.size() - 1) + ".";
    }

    private static String label(AuditEntry e) {
        return e.getChainKey() + " #" + e.getSequenceNo();
    }

    private static String ranges(BitSet present, int size) {
        StringBuilder text = new StringBuilder();
        int shown = 0;
        for (int i = present.nextClearBit(0); i < size && shown < 10; i = present.nextClearBit(i)) {
            int end = Math.min(present.nextSetBit(i) < 0 ? size : present.nextSetBit(i), size);
            text.append(shown++ == 0 ? "" : ", ").append(end - i == 1 ? String.valueOf(i) : i + "–" + (end - 1));
            i = end;
        }
        return text.toString();
    }
}
