package com.escalationdesk.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * The right edge of a growing Merkle tree: the roots of the complete subtrees that cover its leaves,
 * largest first, at most one per power of two. Enough to append leaves and to give the RFC 6962
 * root of the whole without reading the leaves already taken in, so that a checkpoint costs the
 * new entries only. Stored with each checkpoint as hex hashes separated by commas.
 */
public final class CompactRange {

    private long size;
    private final List<byte[]> peaks = new ArrayList<>();

    public CompactRange() {
    }

    /** The range a checkpoint stored: its size and its peaks (hex, comma-separated, largest subtree first). */
    public static CompactRange of(long size, String peaks) {
        CompactRange range = new CompactRange();
        range.size = size;
        if (peaks != null && !peaks.isBlank()) {
            for (String hex : peaks.split(",")) {
                range.peaks.add(MerkleTree.unhex(hex));
            }
        }
        if (range.peaks.size() != Long.bitCount(size)) {
            throw new IllegalArgumentException("A range of " + size + " leaves has " + Long.bitCount(size) + " peaks, not " + range.peaks.size());
        }
        return range;
    }

    public void append(byte[] leafHash) {
        byte[] carry = leafHash;
        // each trailing one bit of the old size is a complete subtree that merges with the new one
        for (long s = size; (s & 1) == 1; s >>= 1) {
            carry = MerkleTree.nodeHash(peaks.remove(peaks.size() - 1), carry);
        }
        peaks.add(carry);
        size++;
    }

    public long size() {
        return size;
    }

    /** MTH of all leaves appended so far. */
    public byte[] root() {
        if (peaks.isEmpty()) {
            return AuditRecipe.sha256();
        }
        byte[] root = peaks.get(peaks.size() - 1);
        for (int i = peaks.size() - 2; i >= 0; i--) {
            root = MerkleTree.nodeHash(peaks.get(i), root);
        }
        return root;
    }

    public String peaksText() {
        return String.join(",", peaks.stream().map(MerkleTree::hex).toList());
    }
}
