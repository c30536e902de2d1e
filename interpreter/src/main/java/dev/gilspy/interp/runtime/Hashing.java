package dev.gilspy.interp.runtime;

import java.math.BigInteger;

/**
 * {@code hash()} and dict/set keys: CPython's numeric hash ({@code Python/pyhash.c}, modulus 2**61 - 1,
 * so equal ints, floats and complex numbers hash alike) and the key normalisation that makes equal
 * numbers of different Java types one key.
 */
public final class Hashing {
    private Hashing() {}

    /** Normalises a dict/set key so that equal numbers of different Java types are one key. */
    static Object key(Object k) {
        if (k instanceof String || k instanceof Long) {
            return k;
        }
        if (k instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (k instanceof Double d) {
            double v = d;
            if (v == Math.rint(v) && !Double.isInfinite(v) && Math.abs(v) < 9.2e18) {
                return (long) v;
            }
            return k;
        }
        if (k instanceof PyList) {
            if (k instanceof PyListSub ls) {
                if (userHash(ls.cls) == null) {
                    throw Err.type("unhashable type: '" + ls.cls.name + "'");
                }
                return k; // a list subclass with its own __hash__ (functools._HashedSeq): the map's hashCode calls it
            }
            throw Err.type("unhashable type: 'list'");
        }
        if (k instanceof PyComplex c && c.im == 0.0) {
            return key(c.re);
        }
        if (k instanceof PyValueSub v && !(v.cls.lookup("__hash__") instanceof PyFunction)) {
            return key(v.value);
        }
        if (k instanceof PyInstance pi) {
            pi.checkHashable(); // the map's own hashCode call is the one call of __hash__
        } else if (k instanceof PyObj) {
            k.hashCode(); // raises TypeError for unhashable values before they reach the map
        }
        return k;
    }

    public static long hash(Object o) {
        if (o instanceof Long l) {
            return hashLong(l);
        }
        if (o instanceof String s) {
            return s.hashCode();
        }
        if (o instanceof PyInstance pi && (!(o instanceof PyValueSub) || pi.cls.lookup("__hash__") instanceof PyFunction)) {
            Object h = pi.cls.lookup("__hash__");
            if (h instanceof PyFunction) {
                return callHash(h, o); // the full 64-bit value __hash__ returned (hash((a, b)) for a dataclass)
            }
            return o.hashCode(); // one call of a class's __hash__ (key() would make it twice)
        }
        if (o instanceof PyUnion u) {
            return u.hash(); // the frozenset's hash as it is (hashCode() folds it, as PyInstance folds typing.Union's)
        }
        Object uh = o instanceof PyListSub ls ? userHash(ls.cls) : o instanceof PyDictSub ds ? userHash(ds.cls)
            : o instanceof PyTuple.Sub ts ? userHash(ts.cls) : o instanceof PyBytes.Sub bs ? userHash(bs.cls) : null;
        if (uh != null) {
            return callHash(uh, o);
        }
        Object k = key(o);
        if (k instanceof Long l) {
            return hashLong(l);
        }
        if (k instanceof Double d) {
            // a NaN hashes by identity, as object.__hash__ (3.10, bpo-43475): NaNs are never equal
            return Double.isNaN(d) ? (long) System.identityHashCode(o) : hashDouble(d);
        }
        if (k instanceof BigInteger b) {
            long r = b.abs().mod(BigInteger.valueOf(HASH_MODULUS)).longValue() * b.signum();
            return r == -1 ? -2 : r;
        }
        if (k instanceof PyComplex c) {
            return c.hash();
        }
        if (k instanceof PyTuple tu) {
            return tu.pyHash();
        }
        if (k instanceof PySet s) {
            return s.pyHash();
        }
        return k.hashCode();
    }

    /**
     * The {@code __hash__} a subclass of an unhashable builtin (list, dict) defines in Python, or null
     * when it has none (then its instances are unhashable, as the base's are).
     */
    static Object userHash(PyType cls) {
        Object h = cls.lookup("__hash__");
        return h == null || h == PyNone.NONE || h instanceof PyBuiltin ? null : h;
    }

    /** Calls a Python {@code __hash__} and checks that it returned an int, as CPython's slot_tp_hash does. */
    static long callHash(Object h, Object self) {
        Object r = Ops.call(PyThread.current(), h, new Object[] {self}, null);
        if (!(r instanceof Long || r instanceof java.math.BigInteger || r instanceof Boolean)) {
            throw Err.type("__hash__ method should return an integer");
        }
        long v = r instanceof Long l ? l : hash(r); // slot_tp_hash: an int that fits is the hash as it is
        return v == -1 ? -2 : v;
    }

    /** CPython's numeric hash modulus, 2**61 - 1: equal int and float values hash alike, seeds derived from hash() match. */
    private static final long HASH_MODULUS = (1L << 61) - 1;

    private static long hashLong(long l) {
        long r = l;
        if (l >= HASH_MODULUS || l <= -HASH_MODULUS) {
            r = l == Long.MIN_VALUE ? -Long.remainderUnsigned(l, HASH_MODULUS) : Long.signum(l) * (Math.abs(l) % HASH_MODULUS);
        }
        return r == -1 ? -2 : r;
    }

    /** {@code _Py_HashDouble}: the value reduced modulo 2**61 - 1, 28 mantissa bits at a time. */
    static long hashDouble(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? 314159 : -314159;
        }
        if (Double.isNaN(v) || v == 0) {
            return 0;
        }
        PyTuple fe = Ops.frexp(v);
        double m = (Double) fe.get(0);
        long e = (Long) fe.get(1);
        int sign = 1;
        if (m < 0) {
            sign = -1;
            m = -m;
        }
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & HASH_MODULUS) | x >>> (61 - 28);
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= HASH_MODULUS) {
                x -= HASH_MODULUS;
            }
        }
        e = e >= 0 ? e % 61 : 60 - ((-1 - e) % 61);
        x = ((x << e) & HASH_MODULUS) | x >>> (61 - e);
        x = x * sign;
        return x == -1 ? -2 : x;
    }

    /**
     * A list or dict subclass as a dict key: hashable only when the subclass defines {@code __hash__}
     * (CPython looks tp_hash up on the type).
     */
    static int subclassHash(PyType cls, Object self) {
        Object h = userHash(cls);
        if (h == null) {
            throw Err.type("unhashable type: '" + cls.name + "'");
        }
        return Long.hashCode(callHash(h, self));
    }

    /** The same key's equality: Python's {@code ==}. */
    static boolean subclassEquals(Object self, Object o) {
        return o == self || o instanceof PyObj && Ops.eq(self, o);
    }
}
