package dev.gilspy.interp.modules.hash;

/** SHA-3 and SHAKE (FIPS 202) on Keccak-f[1600]: JDK 17 has SHA-3 but no SHAKE, so both are here. */
final class Keccak implements Digest {
    private static final long[] RC = {0x0000000000000001L, 0x0000000000008082L, 0x800000000000808AL, 0x8000000080008000L,
        0x000000000000808BL, 0x0000000080000001L, 0x8000000080008081L, 0x8000000000008009L, 0x000000000000008AL,
        0x0000000000000088L, 0x0000000080008009L, 0x000000008000000AL, 0x000000008000808BL, 0x800000000000008BL,
        0x8000000000008089L, 0x8000000000008003L, 0x8000000000008002L, 0x8000000000000080L, 0x000000000000800AL,
        0x800000008000000AL, 0x8000000080008081L, 0x8000000000008080L, 0x0000000080000001L, 0x8000000080008008L};
    /** Rotation of lane (x, y), at {@code x + 5 * y}. */
    private static final int[] ROT = {0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14};

    private final String name;
    private final int bits;
    private final boolean shake;
    private final int rate;
    private long[] state = new long[25];
    private byte[] buf;
    private int pos;

    Keccak(String name, int bits, boolean shake) {
        this.name = name;
        this.bits = bits;
        this.shake = shake;
        this.rate = 200 - 2 * bits / 8;
        this.buf = new byte[rate];
    }

    /** Where rho-and-pi moves lane {@code i}: {@code B[PI[i]] = rotl(A[i], ROT[i])}. */
    private static final int[] PI = new int[25];

    static {
        for (int x = 0; x < 5; x++) {
            for (int y = 0; y < 5; y++) {
                PI[x + 5 * y] = y + 5 * ((2 * x + 3 * y) % 5);
            }
        }
    }

    static void permute(long[] a) {
        long[] b = new long[25];
        for (long rc : RC) {
            long c0 = a[0] ^ a[5] ^ a[10] ^ a[15] ^ a[20];
            long c1 = a[1] ^ a[6] ^ a[11] ^ a[16] ^ a[21];
            long c2 = a[2] ^ a[7] ^ a[12] ^ a[17] ^ a[22];
            long c3 = a[3] ^ a[8] ^ a[13] ^ a[18] ^ a[23];
            long c4 = a[4] ^ a[9] ^ a[14] ^ a[19] ^ a[24];
            long d0 = c4 ^ Long.rotateLeft(c1, 1);
            long d1 = c0 ^ Long.rotateLeft(c2, 1);
            long d2 = c1 ^ Long.rotateLeft(c3, 1);
            long d3 = c2 ^ Long.rotateLeft(c4, 1);
            long d4 = c3 ^ Long.rotateLeft(c0, 1);
            for (int y = 0; y < 25; y += 5) {
                a[y] ^= d0;
                a[y + 1] ^= d1;
                a[y + 2] ^= d2;
                a[y + 3] ^= d3;
                a[y + 4] ^= d4;
            }
            for (int i = 0; i < 25; i++) {
                b[PI[i]] = Long.rotateLeft(a[i], ROT[i]);
            }
            for (int y = 0; y < 25; y += 5) {
                long b0 = b[y];
                long b1 = b[y + 1];
                long b2 = b[y + 2];
                long b3 = b[y + 3];
                long b4 = b[y + 4];
                a[y] = b0 ^ (~b1 & b2);
                a[y + 1] = b1 ^ (~b2 & b3);
                a[y + 2] = b2 ^ (~b3 & b4);
                a[y + 3] = b3 ^ (~b4 & b0);
                a[y + 4] = b4 ^ (~b0 & b1);
            }
            a[0] ^= rc;
        }
    }

    private static void absorb(long[] st, byte[] block, int rate) {
        for (int i = 0; i < rate / 8; i++) {
            long v = 0;
            for (int k = 7; k >= 0; k--) {
                v = v << 8 | (block[8 * i + k] & 0xff);
            }
            st[i] ^= v;
        }
        permute(st);
    }

    @Override public void update(byte[] b, int off, int len) {
        int end = off + len;
        while (off < end) {
            int n = Math.min(rate - pos, end - off);
            System.arraycopy(b, off, buf, pos, n);
            pos += n;
            off += n;
            if (pos == rate) {
                absorb(state, buf, rate);
                pos = 0;
            }
        }
    }

    @Override public byte[] digest(int length) {
        long[] st = state.clone();
        byte[] last = new byte[rate];
        System.arraycopy(buf, 0, last, 0, pos);
        last[pos] ^= shake ? (byte) 0x1f : (byte) 0x06;
        last[rate - 1] ^= (byte) 0x80;
        absorb(st, last, rate);
        int n = shake ? length : bits / 8;
        byte[] out = new byte[n];
        int o = 0;
        while (true) {
            for (int i = 0; i < rate && o < n; i++) {
                out[o++] = (byte) (st[i / 8] >>> (8 * (i % 8)));
            }
            if (o >= n) {
                return out;
            }
            permute(st);
        }
    }

    @Override public Digest copy() {
        Keccak k = new Keccak(name, bits, shake);
        k.state = state.clone();
        k.buf = buf.clone();
        k.pos = pos;
        return k;
    }

    @Override public String name() { return name; }
    @Override public int digestSize() { return shake ? 0 : bits / 8; }
    @Override public int blockSize() { return rate; }
    boolean isShake() { return shake; }
}
