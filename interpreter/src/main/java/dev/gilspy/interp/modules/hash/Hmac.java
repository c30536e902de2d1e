package dev.gilspy.interp.modules.hash;

/** HMAC (RFC 2104) over any {@link Digest}, and PBKDF2-HMAC (RFC 8018) on it. */
final class Hmac implements Digest {
    private final Digest inner;
    private final Digest outer;

    Hmac(Digest proto, byte[] key) {
        int block = proto.blockSize();
        byte[] k = key;
        if (k.length > block) {
            Digest d = proto.copy();
            d.update(k, 0, k.length);
            k = d.digest(0);
        }
        byte[] ipad = new byte[block];
        byte[] opad = new byte[block];
        for (int i = 0; i < block; i++) {
            byte kb = i < k.length ? k[i] : 0;
            ipad[i] = (byte) (kb ^ 0x36);
            opad[i] = (byte) (kb ^ 0x5c);
        }
        inner = proto.copy();
        inner.update(ipad, 0, block);
        outer = proto.copy();
        outer.update(opad, 0, block);
    }

    private Hmac(Digest inner, Digest outer) {
        this.inner = inner;
        this.outer = outer;
    }

    @Override public void update(byte[] b, int off, int len) { inner.update(b, off, len); }

    @Override public byte[] digest(int length) {
        byte[] ih = inner.digest(0);
        Digest o = outer.copy();
        o.update(ih, 0, ih.length);
        return o.digest(0);
    }

    @Override public Digest copy() { return new Hmac(inner.copy(), outer.copy()); }
    @Override public String name() { return "hmac-" + inner.name(); }
    @Override public int digestSize() { return inner.digestSize(); }
    @Override public int blockSize() { return inner.blockSize(); }

    static byte[] pbkdf2(Digest proto, byte[] password, byte[] salt, long iterations, int dklen) {
        Hmac keyed = new Hmac(proto.copy(), password);
        int hlen = proto.digestSize();
        byte[] out = new byte[dklen];
        for (int block = 1, off = 0; off < dklen; block++, off += hlen) {
            Digest h = keyed.copy();
            h.update(salt, 0, salt.length);
            h.update(new byte[] {(byte) (block >>> 24), (byte) (block >>> 16), (byte) (block >>> 8), (byte) block}, 0, 4);
            byte[] u = h.digest(0);
            byte[] t = u.clone();
            for (long i = 1; i < iterations; i++) {
                Digest hi = keyed.copy();
                hi.update(u, 0, u.length);
                u = hi.digest(0);
                for (int j = 0; j < t.length; j++) {
                    t[j] ^= u[j];
                }
            }
            System.arraycopy(t, 0, out, off, Math.min(hlen, dklen - off));
        }
        return out;
    }
}
