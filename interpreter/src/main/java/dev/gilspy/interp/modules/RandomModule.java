package dev.gilspy.interp.modules;

import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.Hashing;
import dev.gilspy.interp.runtime.NativeObj;
import dev.gilspy.interp.runtime.NativeTypes;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.PyType;
import java.math.BigInteger;
import java.security.SecureRandom;

/**
 * {@code _random} ({@code Modules/_randommodule.c}): the Mersenne Twister MT19937 behind
 * {@code random.Random}, seeded as CPython seeds it (an int's absolute value split into 32-bit
 * words, least significant first, fed to {@code init_by_array}; other objects by their hash), so
 * a seeded generator yields CPython's exact sequence. Each call holds the GIL, as in CPython; the
 * object's monitor keeps the state consistent in the free-threaded mode.
 */
public final class RandomModule {
    private RandomModule() {}

    static final PyType TYPE = NativeTypes.newType("Random", "_random", null, RandomModule::construct);
    private static final SecureRandom URANDOM = new SecureRandom();

    static final class Mt extends NativeObj {
        final int[] mt = new int[624];
        int index = 625;

        Mt(PyType cls) { super(cls); }

        void initGenrand(int s) {
            mt[0] = s;
            for (int i = 1; i < 624; i++) {
                mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
            }
            index = 624;
        }

        void initByArray(int[] key) {
            initGenrand(19650218);
            int i = 1;
            int j = 0;
            for (int k = Math.max(624, key.length); k > 0; k--) {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
                i++;
                j++;
                if (i >= 624) {
                    mt[0] = mt[623];
                    i = 1;
                }
                if (j >= key.length) {
                    j = 0;
                }
            }
            for (int k = 623; k > 0; k--) {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
                i++;
                if (i >= 624) {
                    mt[0] = mt[623];
                    i = 1;
                }
            }
            mt[0] = 0x80000000;
        }

        /** {@code genrand_uint32}, as an unsigned value in an int. */
        int next32() {
            if (index >= 624) {
                int kk;
                for (kk = 0; kk < 624 - 397; kk++) {
                    int y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
                    mt[kk] = mt[kk + 397] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
                }
                for (; kk < 623; kk++) {
                    int y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
                    mt[kk] = mt[kk + (397 - 624)] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
                }
                int y = (mt[623] & 0x80000000) | (mt[0] & 0x7fffffff);
                mt[623] = mt[396] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
                index = 0;
            }
            int y = mt[index++];
            y ^= y >>> 11;
            y ^= (y << 7) & 0x9d2c5680;
            y ^= (y << 15) & 0xefc60000;
            y ^= y >>> 18;
            return y;
        }

        synchronized double random() {
            long a = (next32() >>> 5) & 0xffffffffL;
            long b = (next32() >>> 6) & 0xffffffffL;
            return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
        }

        /** The argument's hash (Python code for an object) is taken before the state is locked. */
        void seed(Object arg) {
            BigInteger n;
            if (arg == null || arg == PyNone.NONE) {
                int[] key = new int[624];
                for (int i = 0; i < key.length; i++) {
                    key[i] = URANDOM.nextInt();
                }
                synchronized (this) {
                    initByArray(key);
                }
                return;
            }
            if (Ops.isInt(arg)) {
                n = Ops.big(arg).abs();
            } else {
                n = BigInteger.valueOf(Hashing.hash(arg)).abs();
            }
            int words = Math.max(1, (n.bitLength() + 31) / 32);
            int[] key = new int[words];
            for (int i = 0; i < words; i++) {
                key[i] = n.shiftRight(32 * i).intValue();
            }
            synchronized (this) {
                initByArray(key);
            }
        }

        synchronized Object getrandbits(long k) {
            if (k < 0) {
                throw Err.value("number of bits must be non-negative");
            }
            if (k == 0) {
                return 0L;
            }
            if (k <= 32) {
                return (next32() >>> (32 - k)) & 0xffffffffL;
            }
            int words = (int) ((k - 1) / 32 + 1);
            byte[] bytes = new byte[words * 4 + 1];
            long left = k;
            for (int i = 0; i < words; i++, left -= 32) {
                int r = next32();
                if (left < 32) {
                    r >>>= (32 - left);
                }
                int at = bytes.length - 4 * (i + 1);
                bytes[at] = (byte) (r >>> 24);
                bytes[at + 1] = (byte) (r >>> 16);
                bytes[at + 2] = (byte) (r >>> 8);
                bytes[at + 3] = (byte) r;
            }
            return Ops.normalize(new BigInteger(bytes));
        }
    }

    private static Object construct(PyThread t, PyType cls, Object[] a, String[] k) {
        if (cls == TYPE && k != null && k.length > 0) {
            throw Err.type("Random() takes no keyword arguments");
        }
        int npos = k == null ? a.length : a.length - k.length;
        if (npos > 1) {
            throw Err.type("Random() requires 0 or 1 argument");
        }
        Mt r = new Mt(cls);
        r.seed(npos == 1 ? a[0] : null);
        return r;
    }

    static Mt self(Object o) {
        if (o instanceof Mt m) {
            return m;
        }
        throw Err.type("descriptor requires a '_random.Random' object but received a '" + Ops.typeName(o) + "'");
    }

    static {
        PyType T = TYPE;
        NativeTypes.def(T, "random", (t, a, k) -> self(a[0]).random());
        NativeTypes.def(T, "seed", (t, a, k) -> {
            if (a.length > 2) {
                throw Err.type("seed expected at most 1 argument, got " + (a.length - 1));
            }
            self(a[0]).seed(a.length > 1 ? a[1] : null);
            return PyNone.NONE;
        });
        NativeTypes.def(T, "getrandbits", (t, a, k) -> {
            if (a.length != 2) {
                throw Err.type("getrandbits() takes exactly one argument (" + (a.length - 1) + " given)");
            }
            if (!Ops.isInt(a[1])) {
                throw Err.type("'" + Ops.typeName(a[1]) + "' object cannot be interpreted as an integer");
            }
            return self(a[0]).getrandbits(Ops.toLong(a[1]));
        });
        NativeTypes.def(T, "getstate", (t, a, k) -> {
            Mt m = self(a[0]);
            synchronized (m) {
                Object[] st = new Object[625];
                for (int i = 0; i < 624; i++) {
                    st[i] = m.mt[i] & 0xffffffffL;
                }
                st[624] = (long) m.index;
                return new PyTuple(st);
            }
        });
        NativeTypes.def(T, "setstate", (t, a, k) -> {
            Mt m = self(a[0]);
            if (!(a[1] instanceof PyTuple st)) {
                throw Err.type("state vector must be a tuple");
            }
            if (st.items.length != 625) {
                throw Err.value("state vector is the wrong size");
            }
            int[] words = new int[624];
            for (int i = 0; i < 624; i++) {
                words[i] = (int) Ops.big(st.items[i]).longValue();
            }
            long index = Ops.toLong(st.items[624]);
            if (index < 0 || index > 624) {
                throw Err.value("invalid state");
            }
            synchronized (m) {
                System.arraycopy(words, 0, m.mt, 0, 624);
                m.index = (int) index;
            }
            return PyNone.NONE;
        });
        NativeTypes.ready(T);
    }

    static PyModule create() {
        PyModule m = new PyModule("_random");
        m.put("Random", TYPE);
        return m;
    }
}
