package com.escalationdesk.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The server's copy of the audit log's upper tree levels ({@link MerkleTiles}), so that a ticket's
 * inclusion proofs no longer read the whole log each time. Growing it is done by one caller at a
 * time: when many ask at once after a checkpoint, one reads the new leaves and the others wait for
 * it instead of reading them too.
 */
@ApplicationScoped
public class AuditTreeTiles {

    /** Leaves read per query while growing: 64 tiles. */
    private static final int READ = 64 * MerkleTiles.TILE;

    private final MerkleTiles tiles = new MerkleTiles();
    private final ReentrantLock growing = new ReentrantLock();

    MerkleTree upTo(long size, MerkleTiles.LeafReader reader) {
        long whole = size / MerkleTiles.TILE * MerkleTiles.TILE;
        growing.lock();
        try {
            // The log only grows, unless it was replaced (a restored snapshot): then what is kept is forgotten.
            if (!stillHolds(tiles.lastLeaf(), tiles.covered(), reader)) {
                tiles.clear();
            }
            while (tiles.covered() < whole) {
                long from = tiles.covered();
                long to = Math.min(whole, from + READ);
                byte[] leaves = reader.leaves(from, to);
                if (leaves.length != (to - from) * MerkleTree.HASH) {
                    throw new IllegalStateException("The audit log holds " + leaves.length / MerkleTree.HASH + " of its "
                            + (to - from) + " entries from position " + from);
                }
                tiles.append(from, leaves);
            }
        } finally {
            growing.unlock();
        }
        return tiles.tree(size, reader);
    }

    private static boolean stillHolds(byte[] last, long covered, MerkleTiles.LeafReader reader) {
        if (last == null) {
            return true;
        }
        return Arrays.equals(last, reader.leaves(covered - 1, covered));
    }
}
