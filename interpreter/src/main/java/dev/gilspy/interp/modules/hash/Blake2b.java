package dev.gilspy.interp.modules.hash;

/** BLAKE2b (RFC 7693), with key, salt, personalization and the tree parameters CPython's {@code _blake2} takes; the JDK has none. */
public final class Blake2b implements Digest {
    static final long[] IV = {0x6a09e667f3bcc908L, 0xbb67ae8584caa73bL, 0x3c6ef372fe94f82bL, 0xa54ff53a5f1d36f1L,
        0x510e527fade682d1L, 0x9b05688c2b3e6c1fL, 0x1f83d9abfb41bd6bL, 0x5be0cd19137e2179L};
    static final int[][] SIGMA = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}, {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
        {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4}, {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
        {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13}, {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
        {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11}, {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
        {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5}, {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0}};

    private long[] h = new long[8];
    private long t0;
    private long t1;
    private byte[] buf = new byte[128];
    private int pos;
    private final int outLen;
    boolean lastNode;

    /** The tree parameters: fanout, depth, leaf_size, node_offset, node_depth, inner_size. */
    public record Tree(int fanout, int depth, long leafSize, long nodeOffset, int nodeDepth, int innerSize, boolean lastNode) {
        static final Tree SEQUENTIAL = new Tree(1, 1, 0, 0, 0, 0, false);
    }

    public Blake2b(int outLen, byte[] key, byte[] salt, byte[] person) { this(outLen, key, salt, person, Tree.SEQUENTIAL); }

    public Blake2b(int outLen, byte[] key, byte[] salt, byte[] person, Tree tree) {
        this.outLen = outLen;
        byte[] p = new byte[64];
        p[0] = (byte) outLen;
        p[1] = (byte) (key == null ? 0 : key.length);
        p[2] = (byte) tree.fanout();
        p[3] = (byte) tree.depth();
        for (int i = 0; i < 4; i++) {
            p[4 + i] = (byte) (tree.leafSize() >>> (8 * i));
        }
        for (int i = 0; i < 8; i++) {
            p[8 + i] = (byte) (tree.nodeOffset() >>> (8 * i));
        }
        p[16] = (byte) tree.nodeDepth();
        p[17] = (byte) tree.innerSize();
        if (salt != null) {
            System.arraycopy(salt, 0, p, 32, salt.length);
        }
        if (person != null) {
            System.arraycopy(person, 0, p, 48, person.length);
        }
        for (int i = 0; i < 8; i++) {
            h[i] = IV[i] ^ le64(p, 8 * i);
        }
        lastNode = tree.lastNode();
        if (key != null && key.length > 0) {
            byte[] block = new byte[128];
            System.arraycopy(key, 0, block, 0, key.length);
            update(block, 0, 128);
        }
    }

    private Blake2b(int outLen) { this.outLen = outLen; }

    static long le64(byte[] b, int off) {
        long v = 0;
        for (int k = 7; k >= 0; k--) {
            v = v << 8 | (b[off + k] & 0xff);
        }
        return v;
    }

    private static void compress(long[] h, byte[] block, long t0, long t1, boolean last, boolean lastNode) {
        long[] m = new long[16];
        for (int i = 0; i < 16; i++) {
            m[i] = le64(block, 8 * i);
        }
        long[] v = new long[16];
        System.arraycopy(h, 0, v, 0, 8);
        System.arraycopy(IV, 0, v, 8, 8);
        v[12] ^= t0;
        v[13] ^= t1;
        if (last) {
            v[14] = ~v[14];
            if (lastNode) {
                v[15] = ~v[15];
            }
        }
        for (int r = 0; r < 12; r++) {
            int[] s = SIGMA[r % 10];
            g(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
            g(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
            g(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
            g(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
            g(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
            g(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
            g(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
            g(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
        }
        for (int i = 0; i < 8; i++) {
            h[i] ^= v[i] ^ v[i + 8];
        }
    }

    private static void g(long[] v, int a, int b, int c, int d, long x, long y) {
        v[a] += v[b] + x;
        v[d] = Long.rotateRight(v[d] ^ v[a], 32);
        v[c] += v[d];
        v[b] = Long.rotateRight(v[b] ^ v[c], 24);
        v[a] += v[b] + y;
        v[d] = Long.rotateRight(v[d] ^ v[a], 16);
        v[c] += v[d];
        v[b] = Long.rotateRight(v[b] ^ v[c], 63);
    }

    @Override public void update(byte[] b, int off, int len) {
        for (int i = 0; i < len; i++) {
            if (pos == 128) {
                t0 += 128;
                if (Long.compareUnsigned(t0, 128) < 0) {
                    t1++;
                }
                compress(h, buf, t0, t1, false, false);
                pos = 0;
            }
            buf[pos++] = b[off + i];
        }
    }

    @Override public byte[] digest(int length) {
        long[] hh = h.clone();
        long c0 = t0 + pos;
        long c1 = Long.compareUnsigned(c0, t0) < 0 ? t1 + 1 : t1;
        byte[] last = new byte[128];
        System.arraycopy(buf, 0, last, 0, pos);
        compress(hh, last, c0, c1, true, lastNode);
        byte[] out = new byte[outLen];
        for (int i = 0; i < outLen; i++) {
            out[i] = (byte) (hh[i / 8] >>> (8 * (i % 8)));
        }
        return out;
    }

    @Override public Digest copy() {
        Blake2b c = new Blake2b(outLen);
        c.h = h.clone();
        c.t0 = t0;
        c.t1 = t1;
        c.buf = buf.clone();
        c.pos = pos;
        c.lastNode = lastNode;
        return c;
    }

    @Override public String name() { return "blake2b"; }
    @Override public int digestSize() { return outLen; }
    @Override public int blockSize() { return 128; }
}
