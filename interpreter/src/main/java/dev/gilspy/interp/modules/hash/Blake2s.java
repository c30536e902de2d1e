package dev.gilspy.interp.modules.hash;

/** BLAKE2s (RFC 7693): {@link Blake2b} on 32-bit words, 10 rounds, 64-byte blocks. */
public final class Blake2s implements Digest {
    private static final int[] IV = {0x6A09E667, 0xBB67AE85, 0x3C6EF372, 0xA54FF53A, 0x510E527F, 0x9B05688C, 0x1F83D9AB, 0x5BE0CD19};

    private int[] h = new int[8];
    private long t;
    private byte[] buf = new byte[64];
    private int pos;
    private final int outLen;
    private boolean lastNode;

    public Blake2s(int outLen, byte[] key, byte[] salt, byte[] person) { this(outLen, key, salt, person, Blake2b.Tree.SEQUENTIAL); }

    public Blake2s(int outLen, byte[] key, byte[] salt, byte[] person, Blake2b.Tree tree) {
        this.outLen = outLen;
        byte[] p = new byte[32];
        p[0] = (byte) outLen;
        p[1] = (byte) (key == null ? 0 : key.length);
        p[2] = (byte) tree.fanout();
        p[3] = (byte) tree.depth();
        for (int i = 0; i < 4; i++) {
            p[4 + i] = (byte) (tree.leafSize() >>> (8 * i));
        }
        for (int i = 0; i < 6; i++) {
            p[8 + i] = (byte) (tree.nodeOffset() >>> (8 * i));
        }
        p[14] = (byte) tree.nodeDepth();
        p[15] = (byte) tree.innerSize();
        if (salt != null) {
            System.arraycopy(salt, 0, p, 16, salt.length);
        }
        if (person != null) {
            System.arraycopy(person, 0, p, 24, person.length);
        }
        for (int i = 0; i < 8; i++) {
            h[i] = IV[i] ^ le32(p, 4 * i);
        }
        lastNode = tree.lastNode();
        if (key != null && key.length > 0) {
            byte[] block = new byte[64];
            System.arraycopy(key, 0, block, 0, key.length);
            update(block, 0, 64);
        }
    }

    private Blake2s(int outLen) { this.outLen = outLen; }

    private static int le32(byte[] b, int off) {
        return (b[off] & 0xff) | (b[off + 1] & 0xff) << 8 | (b[off + 2] & 0xff) << 16 | (b[off + 3] & 0xff) << 24;
    }

    private static void compress(int[] h, byte[] block, long t, boolean last, boolean lastNode) {
        int[] m = new int[16];
        for (int i = 0; i < 16; i++) {
            m[i] = le32(block, 4 * i);
        }
        int[] v = new int[16];
        System.arraycopy(h, 0, v, 0, 8);
        System.arraycopy(IV, 0, v, 8, 8);
        v[12] ^= (int) t;
        v[13] ^= (int) (t >>> 32);
        if (last) {
            v[14] = ~v[14];
            if (lastNode) {
                v[15] = ~v[15];
            }
        }
        for (int r = 0; r < 10; r++) {
            int[] s = Blake2b.SIGMA[r];
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

    private static void g(int[] v, int a, int b, int c, int d, int x, int y) {
        v[a] += v[b] + x;
        v[d] = Integer.rotateRight(v[d] ^ v[a], 16);
        v[c] += v[d];
        v[b] = Integer.rotateRight(v[b] ^ v[c], 12);
        v[a] += v[b] + y;
        v[d] = Integer.rotateRight(v[d] ^ v[a], 8);
        v[c] += v[d];
        v[b] = Integer.rotateRight(v[b] ^ v[c], 7);
    }

    @Override public void update(byte[] b, int off, int len) {
        for (int i = 0; i < len; i++) {
            if (pos == 64) {
                t += 64;
                compress(h, buf, t, false, false);
                pos = 0;
            }
            buf[pos++] = b[off + i];
        }
    }

    @Override public byte[] digest(int length) {
        int[] hh = h.clone();
        byte[] last = new byte[64];
        System.arraycopy(buf, 0, last, 0, pos);
        compress(hh, last, t + pos, true, lastNode);
        byte[] out = new byte[outLen];
        for (int i = 0; i < outLen; i++) {
            out[i] = (byte) (hh[i / 4] >>> (8 * (i % 4)));
        }
        return out;
    }

    @Override public Digest copy() {
        Blake2s c = new Blake2s(outLen);
        c.h = h.clone();
        c.t = t;
        c.buf = buf.clone();
        c.pos = pos;
        c.lastNode = lastNode;
        return c;
    }

    @Override public String name() { return "blake2s"; }
    @Override public int digestSize() { return outLen; }
    @Override public int blockSize() { return 64; }
}
