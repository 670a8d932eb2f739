package com.escalationdesk.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * The Merkle tree of RFC 6962 (Certificate Transparency, section 2.1) over the leaf hashes of the
 * audit log: roots of every prefix, inclusion proofs and consistency proofs, and their verification
 * (the algorithms of RFC 9162, section 2.1.3.2 and 2.1.4.2). Every hash is made of the hashes of
 * complete subtrees, so that with those at hand a proof costs a few dozen lookups even at millions
 * of leaves.
 */
public final class MerkleTree {

    public static final int HASH = 32;
    private static final byte[] LEAF = {0};
    private static final byte[] NODE = {1};

    /** The hash of the complete subtree of 2^level leaves that starts at leaf {@code index * 2^level}. */
    @FunctionalInterface
    public interface CompleteSubtrees {
        byte[] hash(int level, long index);
    }

    private final CompleteSubtrees complete;
    private final long size;

    /** A tree over {@code size} leaf hashes stored back to back in {@code leafHashes}; every level is computed at once. */
    public MerkleTree(byte[] leafHashes, long size) {
        this(levelsOver(leafHashes, size), size);
    }

    /**
     * A tree of {@code size} leaves whose complete subtrees come from elsewhere, such as a cache that
     * keeps only the upper levels ({@link MerkleTiles}); only the subtrees a proof needs are asked for.
     */
    public MerkleTree(CompleteSubtrees complete, long size) {
        this.complete = complete;
        this.size = size;
    }

    private static CompleteSubtrees levelsOver(byte[] leafHashes, long size) {
        if (leafHashes.length < size * HASH) {
            throw new IllegalArgumentException("Fewer leaf hashes than " + size);
        }
        List<byte[]> built = new ArrayList<>();
        built.add(leafHashes);
        long count = size;
        while (count > 1) {
            byte[] level = parents(built.get(built.size() - 1), (int) (count / 2));
            built.add(level);
            count /= 2;
        }
        byte[][] levels = built.toArray(byte[][]::new);
        return (level, index) -> Arrays.copyOfRange(levels[level], (int) index * HASH, (int) (index + 1) * HASH);
    }

    /** The first {@code pairs} parent hashes of a level stored back to back. */
    static byte[] parents(byte[] below, int pairs) {
        byte[] level = new byte[pairs * HASH];
        for (int i = 0; i < pairs; i++) {
            System.arraycopy(AuditRecipe.sha256(NODE, Arrays.copyOfRange(below, 2 * i * HASH, (2 * i + 2) * HASH)), 0,
                    level, i * HASH, HASH);
        }
        return level;
    }

    public static byte[] leafHash(byte[] data) {
        return AuditRecipe.sha256(LEAF, data);
    }

    public static byte[] nodeHash(byte[] left, byte[] right) {
        return AuditRecipe.sha256(NODE, left, right);
    }

    public long size() {
        return size;
    }

    /** MTH(D[0:n]) for the first n leaves; the empty tree's root is the hash of nothing. */
    public byte[] root(long n) {
        check(n <= size, "A tree of " + size + " leaves has no prefix of " + n);
        return n == 0 ? AuditRecipe.sha256() : hash(0, n);
    }

    /** PATH(m, D[0:n]): the audit path of leaf m in the tree of the first n leaves. */
    public List<byte[]> inclusionProof(long m, long n) {
        check(n <= size && m >= 0 && m < n, "Leaf " + m + " is not in a tree of " + n + " leaves");
        List<byte[]> proof = new ArrayList<>();
        path(m, 0, n, proof);
        return proof;
    }

    /** PROOF(m, D[0:n]): that the tree of the first m leaves is a prefix of the tree of the first n. */
    public List<byte[]> consistencyProof(long m, long n) {
        check(n <= size && m >= 0 && m <= n, "No consistency proof from " + m + " to " + n + " leaves");
        List<byte[]> proof = new ArrayList<>();
        if (m > 0 && m < n) {
            subproof(m, 0, n, true, proof);
        }
        return proof;
    }

    private void path(long m, long from, long to, List<byte[]> proof) {
        long n = to - from;
        if (n <= 1) {
            return;
        }
        long k = Long.highestOneBit(n - 1);
        if (m < k) {
            path(m, from, from + k, proof);
            proof.add(hash(from + k, to));
        } else {
            path(m - k, from + k, to, proof);
            proof.add(hash(from, from + k));
        }
    }

    private void subproof(long m, long from, long to, boolean whole, List<byte[]> proof) {
        long n = to - from;
        if (m == n) {
            if (!whole) {
                proof.add(hash(from, to));
            }
            return;
        }
        long k = Long.highestOneBit(n - 1);
        if (m <= k) {
            subproof(m, from, from + k, whole, proof);
            proof.add(hash(from + k, to));
        } else {
            subproof(m - k, from + k, to, false, proof);
            proof.add(hash(from, from + k));
        }
    }

    /** The hash of the complete subtree of 2^level leaves that starts at leaf {@code index * 2^level}. */
    byte[] subtree(int level, long index) {
        return complete.hash(level, index);
    }

    /** MTH(D[from:to]), from the complete subtrees it is made of (RFC 6962 splits at the largest power of two). */
    private byte[] hash(long from, long to) {
        long n = to - from;
        if (Long.bitCount(n) == 1 && from % n == 0) {
            return complete.hash(Long.numberOfTrailingZeros(n), from / n);
        }
        long k = Long.highestOneBit(n - 1);
        return nodeHash(hash(from, from + k), hash(from + k, to));
    }

    /** Whether {@code proof} shows the leaf with hash {@code leaf} at {@code index} in the tree of {@code size} with {@code root}. */
    public static boolean verifyInclusion(long index, long size, byte[] leaf, List<byte[]> proof, byte[] root) {
        if (index < 0 || index >= size) {
            return false;
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leaf;
        for (byte[] p : proof) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = nodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(r, root);
    }

    /** Whether {@code proof} shows that the tree of {@code first} leaves with {@code firstRoot} is a prefix of the one of {@code second}. */
    public static boolean verifyConsistency(long first, long second, byte[] firstRoot, byte[] secondRoot, List<byte[]> proof) {
        if (first < 0 || second < first) {
            return false;
        }
        if (first == second) {
            return proof.isEmpty() && Arrays.equals(firstRoot, secondRoot);
        }
        if (first == 0) {
            return proof.isEmpty();
        }
        List<byte[]> path = new ArrayList<>(proof);
        if (Long.bitCount(first) == 1) {
            path.add(0, firstRoot);
        }
        if (path.isEmpty()) {
            return false;
        }
        long fn = first - 1;
        long sn = second - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = nodeHash(c, fr);
                sr = nodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(fr, firstRoot) && Arrays.equals(sr, secondRoot);
    }

    public static String hex(byte[] hash) {
        return HexFormat.of().formatHex(hash);
    }

    public static List<String> hex(List<byte[]> proof) {
        return proof.stream().map(MerkleTree::hex).toList();
    }

    public static byte[] unhex(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
