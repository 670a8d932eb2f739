package com.escalationdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tiled tree must give exactly the proofs of the whole tree while reading only a few tiles' leaves. */
class MerkleTilesTest {

    private static final int LOG = 5 * MerkleTiles.TILE + 37;
    private static final byte[] LEAVES = leaves(LOG);

    private static byte[] leaves(int n) {
        byte[] leaves = new byte[n * MerkleTree.HASH];
        for (int i = 0; i < n; i++) {
            System.arraycopy(MerkleTree.leafHash(new byte[] {(byte) i, (byte) (i >> 8), 7}), 0, leaves, i * MerkleTree.HASH, MerkleTree.HASH);
        }
        return leaves;
    }

    /** Reads from LEAVES and remembers each range read. */
    private static final class CountingReader implements MerkleTiles.LeafReader {
        final List<long[]> reads = new ArrayList<>();

        @Override
        public byte[] leaves(long from, long to) {
            reads.add(new long[] {from, to});
            return Arrays.copyOfRange(LEAVES, (int) from * MerkleTree.HASH, (int) to * MerkleTree.HASH);
        }
    }

    private static MerkleTiles tilesUpTo(long size) {
        MerkleTiles tiles = new MerkleTiles();
        long whole = size / MerkleTiles.TILE * MerkleTiles.TILE;
        // in two steps, as the cache grows with the log
        long half = whole / 2 / MerkleTiles.TILE * MerkleTiles.TILE;
        assertThat(tiles.append(0, Arrays.copyOfRange(LEAVES, 0, (int) half * MerkleTree.HASH))).isTrue();
        assertThat(tiles.append(half, Arrays.copyOfRange(LEAVES, (int) half * MerkleTree.HASH, (int) whole * MerkleTree.HASH))).isTrue();
        return tiles;
    }

    @Test
    void rootsAndInclusionProofsAreThoseOfTheWholeTree() {
        MerkleTree whole = new MerkleTree(LEAVES, LOG);
        for (long size : new long[] {1, 2, 255, 256, 257, 511, 512, 700, 1024, LOG}) {
            MerkleTiles tiles = tilesUpTo(size);
            CountingReader reader = new CountingReader();
            MerkleTree tiled = tiles.tree(size, reader);
            assertThat(tiled.root(size)).as("root of %d", size).isEqualTo(whole.root(size));
            for (long m = 0; m < size; m += Math.max(1, size / 40)) {
                List<byte[]> proof = tiled.inclusionProof(m, size);
                assertThat(MerkleTree.hex(proof)).as("leaf %d of %d", m, size).isEqualTo(MerkleTree.hex(whole.inclusionProof(m, size)));
                assertThat(MerkleTree.verifyInclusion(m, size, Arrays.copyOfRange(LEAVES, (int) m * 32, (int) m * 32 + 32), proof,
                        whole.root(size))).isTrue();
            }
        }
    }

    @Test
    void consistencyProofsAreThoseOfTheWholeTree() {
        MerkleTree whole = new MerkleTree(LEAVES, LOG);
        MerkleTree tiled = tilesUpTo(LOG).tree(LOG, new CountingReader());
        for (long m = 0; m <= LOG; m += 61) {
            assertThat(MerkleTree.hex(tiled.consistencyProof(m, LOG))).as("from %d", m)
                    .isEqualTo(MerkleTree.hex(whole.consistencyProof(m, LOG)));
        }
    }

    @Test
    void oneProofReadsAtMostItsOwnTileAndTheLastOneEachOnce() {
        MerkleTiles tiles = tilesUpTo(LOG);
        CountingReader reader = new CountingReader();
        MerkleTree tiled = tiles.tree(LOG, reader);
        tiled.inclusionProof(300, LOG);
        tiled.inclusionProof(301, LOG);
        assertThat(reader.reads).extracting(r -> r[0] + "-" + r[1])
                .containsExactlyInAnyOrder("256-512", (5 * MerkleTiles.TILE) + "-" + LOG);
    }

    @Test
    void tilesTakenInByAnotherCallerAreNotTakenInTwice() {
        MerkleTiles tiles = tilesUpTo(2 * MerkleTiles.TILE);
        assertThat(tiles.append(0, Arrays.copyOfRange(LEAVES, 0, MerkleTiles.TILE * MerkleTree.HASH))).isFalse();
        assertThat(tiles.covered()).isEqualTo(2 * MerkleTiles.TILE);
        assertThat(tiles.lastLeaf()).isEqualTo(Arrays.copyOfRange(LEAVES, (2 * MerkleTiles.TILE - 1) * 32, 2 * MerkleTiles.TILE * 32));
    }

    @Test
    void aTreeLargerThanWhatIsTakenInIsRefusedAndClearingStartsOver() {
        MerkleTiles tiles = tilesUpTo(MerkleTiles.TILE);
        assertThatThrownBy(() -> tiles.tree(2 * MerkleTiles.TILE, new CountingReader())).isInstanceOf(IllegalStateException.class);
        tiles.clear();
        assertThat(tiles.covered()).isZero();
        assertThat(tiles.lastLeaf()).isNull();
    }

    @Test
    void partialTilesAreRefused() {
        assertThatThrownBy(() -> new MerkleTiles().append(0, new byte[MerkleTree.HASH])).isInstanceOf(IllegalArgumentException.class);
    }
}
