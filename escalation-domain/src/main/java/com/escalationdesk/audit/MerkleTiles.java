package com.escalationdesk.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The upper part of the audit log's Merkle tree, kept in memory and grown as the log grows: the
 * hashes of every complete subtree of {@value #TILE} leaves or more. A proof needs, besides these, the
 * lower subtrees of at most a few tiles, which it reads leaf by leaf. So a ticket's proofs cost a few
 * small reads instead of every leaf of the log, and the memory is 64 bytes per {@value #TILE} leaves
 * (2.5 MB at ten million entries). The log only grows, so what is here stays true until the log
 * itself is replaced (a restored snapshot); {@link #lastLeaf()} lets the caller notice that.
 */
public final class MerkleTiles {

    public static final int HEIGHT = 8;
    public static final int TILE = 1 << HEIGHT;

    /** The leaf hashes from {@code from} to {@code to} (excluded) of the log, back to back; fewer where the log has none. */
    @FunctionalInterface
    public interface LeafReader {
        byte[] leaves(long from, long to);
    }

    /** levels.get(i) holds, back to back, the hash of every complete subtree of 2^(HEIGHT + i) leaves taken in. */
    private final List<byte[]> levels = new ArrayList<>();
    private final List<Integer> counts = new ArrayList<>();
    private long tiles;
    private byte[] lastLeaf;

    /** How many leaves the tiles taken in hold, always a multiple of {@value #TILE}. */
    public synchronized long covered() {
        return tiles * TILE;
    }

    /** The hash of the last leaf taken in, or null when nothing is. */
    public synchronized byte[] lastLeaf() {
        return lastLeaf == null ? null : lastLeaf.clone();
    }

    /** Forgets everything, for a log that was replaced. */
    public synchronized void clear() {
        levels.clear();
        counts.clear();
        tiles = 0;
        lastLeaf = null;
    }

    /**
     * Takes in complete tiles whose leaves start at {@code from}; when another caller has already
     * taken them in (or the cache was cleared meanwhile), nothing changes and false is returned.
     */
    public synchronized boolean append(long from, byte[] leafHashes) {
        int perTile = TILE * MerkleTree.HASH;
        if (leafHashes.length % perTile != 0) {
            throw new IllegalArgumentException("Leaves come in whole tiles of " + TILE);
        }
        if (from != covered()) {
            return false;
        }
        for (int start = 0; start < leafHashes.length; start += perTile) {
            byte[] tile = Arrays.copyOfRange(leafHashes, start, start + perTile);
            add(0, new MerkleTree(tile, TILE).root(TILE));
            tiles++;
        }
        if (leafHashes.length > 0) {
            lastLeaf = Arrays.copyOfRange(leafHashes, leafHashes.length - MerkleTree.HASH, leafHashes.length);
        }
        return true;
    }

    /** Adds a subtree hash at a level and, each time it completes a pair, their parent one level up. */
    private void add(int level, byte[] hash) {
        if (levels.size() == level) {
            levels.add(new byte[16 * MerkleTree.HASH]);
            counts.add(0);
        }
        int count = counts.get(level);
        byte[] data = levels.get(level);
        if ((count + 1) * MerkleTree.HASH > data.length) {
            // A new array, never growing one in place: trees handed out earlier keep reading the old one.
            data = Arrays.copyOf(data, data.length * 2);
            levels.set(level, data);
        }
        System.arraycopy(hash, 0, data, count * MerkleTree.HASH, MerkleTree.HASH);
        counts.set(level, ++count);
        if (count % 2 == 0) {
            add(level + 1, MerkleTree.nodeHash(Arrays.copyOfRange(data, (count - 2) * MerkleTree.HASH, (count - 1) * MerkleTree.HASH),
                    Arrays.copyOfRange(data, (count - 1) * MerkleTree.HASH, count * MerkleTree.HASH)));
        }
    }

    /**
     * The tree of the log's first {@code size} leaves, for one caller's proofs: the upper subtrees from
     * here, each lower one from its tile's leaves, read through {@code reader} once per tile.
     */
    public MerkleTree tree(long size, LeafReader reader) {
        byte[][] upper;
        synchronized (this) {
            if (size / TILE > tiles) {
                throw new IllegalStateException("Only " + covered() + " leaves are taken in, not the " + size + " asked for");
            }
            upper = levels.toArray(byte[][]::new);
        }
        Map<Long, MerkleTree> tilesRead = new HashMap<>();
        return new MerkleTree((level, index) -> {
            if (level >= HEIGHT) {
                byte[] data = upper[level - HEIGHT];
                return Arrays.copyOfRange(data, (int) index * MerkleTree.HASH, (int) (index + 1) * MerkleTree.HASH);
            }
            long first = index << level;
            long tile = first / TILE;
            MerkleTree lower = tilesRead.computeIfAbsent(tile, t -> {
                long from = t * TILE;
                long to = Math.min(from + TILE, size);
                return new MerkleTree(reader.leaves(from, to), to - from);
            });
            return lower.subtree(level, (first - tile * TILE) >> level);
        }, size);
    }
}
