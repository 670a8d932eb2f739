package com.escalationdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Against the test vectors of Certificate Transparency's RFC 6962 reference suite (leaves d0 to d7). */
class MerkleTreeTest {

    private static final String[] LEAVES = {"", "00", "10", "2021", "3031", "40414243", "5051525354555657",
            "606162636465666768696a6b6c6d6e6f"};
    private static final String[] ROOTS = {
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"};

    private static MerkleTree tree(int n) {
        byte[] leaves = new byte[n * MerkleTree.HASH];
        for (int i = 0; i < n; i++) {
            byte[] data = i < LEAVES.length ? MerkleTree.unhex(LEAVES[i]) : new byte[] {(byte) i, (byte) (i >> 8)};
            System.arraycopy(MerkleTree.leafHash(data), 0, leaves, i * MerkleTree.HASH, MerkleTree.HASH);
        }
        return new MerkleTree(leaves, n);
    }

    @Test
    void rootsMatchTheReferenceRootsForEverySizeUpToEight() {
        MerkleTree tree = tree(8);
        for (int n = 1; n <= 8; n++) {
            assertThat(MerkleTree.hex(tree.root(n))).as("size %d", n).isEqualTo(ROOTS[n - 1]);
        }
        assertThat(MerkleTree.hex(tree.root(0))).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void inclusionProofsMatchTheReferencePaths() {
        MerkleTree tree = tree(8);

        assertThat(MerkleTree.hex(tree.inclusionProof(0, 8))).containsExactly(
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
        assertThat(MerkleTree.hex(tree.inclusionProof(5, 8))).containsExactly(
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
    }

    @Test
    void consistencyProofsMatchTheReferenceProofs() {
        MerkleTree tree = tree(8);

        assertThat(MerkleTree.hex(tree.consistencyProof(1, 8))).containsExactly(
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
        assertThat(MerkleTree.hex(tree.consistencyProof(6, 8))).containsExactly(
                "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
        assertThat(MerkleTree.hex(tree.consistencyProof(2, 5))).containsExactly(
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b");
    }

    @Test
    void everyProofVerifiesAndAnyOtherLeafOrRootDoesNot() {
        MerkleTree tree = tree(40);
        for (int n = 1; n <= 40; n++) {
            byte[] root = tree.root(n);
            for (int m = 0; m < n; m++) {
                List<byte[]> path = tree.inclusionProof(m, n);
                assertThat(MerkleTree.verifyInclusion(m, n, leaf(tree, m), path, root)).as("leaf %d of %d", m, n).isTrue();
                if (n > 1) {
                    assertThat(MerkleTree.verifyInclusion(m, n, leaf(tree, (m + 1) % n), path, root))
                            .as("another leaf at %d of %d", m, n).isFalse();
                    assertThat(MerkleTree.verifyInclusion((m + 1) % n, n, leaf(tree, m), path, root))
                            .as("leaf %d claimed at another place in %d", m, n).isFalse();
                }
                if (m > 0) {
                    List<byte[]> proof = tree.consistencyProof(m, n);
                    assertThat(MerkleTree.verifyConsistency(m, n, tree.root(m), root, proof)).as("%d to %d", m, n).isTrue();
                    byte[] wrong = tree.root(m);
                    wrong[0] ^= 1;
                    assertThat(MerkleTree.verifyConsistency(m, n, wrong, root, proof)).as("a wrong old root, %d to %d", m, n).isFalse();
                }
            }
        }
    }

    @Test
    void theCompactRangeGivesTheSameRootsAsTheWholeTree() {
        MerkleTree tree = tree(70);
        CompactRange range = new CompactRange();
        List<String> roots = new ArrayList<>();
        for (int n = 0; n <= 70; n++) {
            assertThat(MerkleTree.hex(range.root())).as("size %d", n).isEqualTo(MerkleTree.hex(tree.root(n)));
            CompactRange stored = CompactRange.of(range.size(), range.peaksText());
            assertThat(MerkleTree.hex(stored.root())).isEqualTo(MerkleTree.hex(range.root()));
            roots.add(MerkleTree.hex(range.root()));
            if (n < 70) {
                range.append(leaf(tree, n));
            }
        }
        assertThat(roots).doesNotHaveDuplicates();
    }

    private static byte[] leaf(MerkleTree tree, int i) {
        byte[] data = i < LEAVES.length ? MerkleTree.unhex(LEAVES[i]) : new byte[] {(byte) i, (byte) (i >> 8)};
        return MerkleTree.leafHash(data);
    }
}
