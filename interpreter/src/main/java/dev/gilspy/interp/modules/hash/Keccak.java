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

    static void permute(long[] a) {
        long[] b = new long[25];
        long[] c = new long[5];
        for (long rc : RC) {
            for (int x = 0; x < 5; x++) {
                c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
            }
            for (int x = 0; x < 5; x++) {
                long d = c[(x + 4) % 5] ^ Long.rotateLeft(c[(x + 1) % 5], 1);
                for (int y = 0; y < 25; y += 5) {
                    a[x + y] ^= d;
                }
            }
            for (int x = 0; x < 5; x++) {
                for (int y = 0; y < 5; y++) {
                    b[y + 5 * ((2 * x + 3 * y) % 5)] = Long.rotateLeft(a[x + 5 * y], ROT[x + 5 * y]);
                }
            }
            for (int y = 0; y < 25; y += 5) {
                for (int x = 0; x < 5; x++) {
                    a[x + y] = b[x + y] ^ (~b[(x + 1) % 5 + y] & b[(x + 2) % 5 + y]);
                }
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
        for (int i = 0; i < len; i++) {
            buf[pos++] = b[off + i];
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
