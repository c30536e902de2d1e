package dev.gilspy.interp.runtime;

import java.util.HashSet;

/** Python {@code set} and {@code frozenset} (keys normalised like {@link PyDict}'s). */
public class PySet extends PyObj {
    /** Not final: an in-place operation builds its result aside and swaps it in ({@link SetMethods#inPlace}). */
    HashSet<Object> set;
    final boolean frozen;

    public PySet(boolean frozen) { this.set = new HashSet<>(); this.frozen = frozen; this.foreignKinds = 0; }
    public PySet(HashSet<Object> set, boolean frozen) { this.set = set; this.frozen = frozen; }

    @Override public PyType type() { return frozen ? Types.FROZENSET : Types.SET; }

    /** An instance of a Python class that derives from {@code set} or {@code frozenset}: its class and attribute dict. */
    java.util.HashMap<Object, Object> origKeys;

    public void add(Object k) {
        Object key = Hashing.key(k);
        if (foreignKinds >= 0 && key instanceof PyValueSub) {
            foreignKinds |= foreignKind(key);
        }
        if (key != k) {
            synchronized (this) {
                if (set.add(key)) {
                    if (origKeys == null) {
                        origKeys = new java.util.HashMap<>();
                    }
                    origKeys.put(key, k);
                }
            }
            return;
        }
        if (Sync.ON) {
            synchronized (this) {
                set.add(key);
            }
        } else {
            set.add(key);
        }
    }

    /** A set looked up in a set stands for the frozenset of its items, as in CPython's set_contains/set_discard. */
    private static Object lookupKey(Object k) {
        if (k instanceof PySet s && !s.frozen && !(s instanceof PySetSub sub && Hashing.userHash(sub.cls) != null)) {
            return new PySet(new HashSet<>(s.set), true);
        }
        return Hashing.key(k);
    }

    boolean contains(Object k) {
        Object key = lookupKey(k);
        boolean r;
        if (Sync.ON) {
            synchronized (this) {
                r = set.contains(key);
            }
        } else {
            r = set.contains(key);
        }
        return r || foreignItem(key) != null;
    }

    /**
     * Every item of {@code sub} is in this set (issubset, {@code <=}): Java's containsAll, and on a miss
     * the lookup item by item, which also finds a str or number item equal to a subclass item of
     * this set with its own {@code __eq__}/{@code __hash__} ({@code {"a"} <= {S("a")}}).
     */
    boolean containsAllOf(PySet sub) {
        if (set.containsAll(sub.set)) {
            return true;
        }
        if (foreignKinds == 0) {
            return false;
        }
        for (Object o : sub.set.toArray()) {
            if (!contains(o)) {
                return false;
            }
        }
        return true;
    }

    boolean remove(Object k) {
        Object key = lookupKey(k);
        boolean r;
        if (Sync.ON) {
            synchronized (this) {
                r = set.remove(key);
            }
        } else {
            r = set.remove(key);
        }
        if (!r) {
            Object f = foreignItem(key);
            if (f != null) {
                synchronized (this) {
                    r = set.remove(f);
                }
            }
        }
        return r;
    }

    /**
     * Which items are str or int/float subclass instances with a Python {@code __eq__}: bit 1 str,
     * bit 2 number; -1 until a plain key first misses (then one scan finds out). A Java
     * {@code String.equals} or {@code Long.equals} never calls Python, so a plain key that misses is
     * compared with those items, hash first, as PyDict's foreign keys are (CPython's generic lookup).
     * {@link #add} keeps it current; a set whose items are swapped ({@link SetMethods#inPlace}) forgets it.
     */
    int foreignKinds = -1;

    private static int foreignKind(Object item) {
        if (item instanceof PyValueSub v && v.cls.lookup("__eq__") instanceof PyFunction) {
            Object value = v.value;
            return value instanceof String ? 1
                : value instanceof Long || value instanceof Double || value instanceof java.math.BigInteger ? 2 : 0;
        }
        return 0;
    }

    /** The item with a Python {@code __eq__} that equals the plain str or number {@code key}, or null. */
    private Object foreignItem(Object key) {
        int want = key instanceof String ? 1
            : key instanceof Long || key instanceof Double || key instanceof java.math.BigInteger ? 2 : 0;
        if (want == 0 || foreignKinds == 0) {
            return null;
        }
        Object[] items;
        synchronized (this) {
            items = set.toArray();
        }
        if (foreignKinds < 0) {
            int kinds = 0;
            for (Object o : items) {
                kinds |= foreignKind(o);
            }
            foreignKinds = kinds;
        }
        if ((foreignKinds & want) == 0) {
            return null;
        }
        long h = Hashing.hash(key);
        for (Object o : items) {
            if ((foreignKind(o) & want) != 0 && Hashing.hash(o) == h && o.equals(key)) {
                return o;
            }
        }
        return null;
    }

    Object[] toArray() {
        Object[] a;
        if (Sync.ON) {
            synchronized (this) {
                a = set.toArray();
            }
        } else {
            a = set.toArray();
        }
        if (origKeys != null) {
            for (int i = 0; i < a.length; i++) {
                Object o = origKeys.get(a[i]);
                if (o != null) {
                    a[i] = o;
                }
            }
        }
        return a;
    }

    int size() { return set.size(); }

    /** A set of {@code keys} that shows each item as {@code x}, else {@code y}, held it ({1.0} | {2} is {1.0, 2}). */
    static PySet withOriginals(HashSet<Object> keys, boolean frozen, PySet x, PySet y) {
        PySet r = new PySet(keys, frozen);
        for (PySet from : new PySet[] {y, x}) {
            java.util.HashMap<Object, Object> orig = from.origKeys;
            if (orig != null) {
                for (var e : orig.entrySet()) {
                    if (keys.contains(e.getKey()) && from.set.contains(e.getKey())) {
                        if (r.origKeys == null) {
                            r.origKeys = new java.util.HashMap<>();
                        }
                        r.origKeys.put(e.getKey(), e.getValue());
                    }
                }
            }
        }
        return r;
    }

    /** A plain set or frozenset of the same items, keeping the items as they were added ({1.0} copies as {1.0}, not {1}). */
    PySet copyAs(boolean frozenCopy) {
        PySet r;
        synchronized (this) {
            r = new PySet(new HashSet<>(set), frozenCopy);
            r.foreignKinds = foreignKinds;
            if (origKeys != null) {
                r.origKeys = new java.util.HashMap<>(origKeys);
            }
        }
        return r;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(pyHash());
    }

    /**
     * {@code hash()}: a subclass's own {@code __hash__}, else CPython's frozenset_hash, which
     * shuffles each item's hash before xor-ing them in. Java's HashSet.hashCode (a plain sum)
     * gave 92 distinct hashes for the 8192 subsets of range(13), so dicts of frozensets collided.
     */
    long pyHash() {
        if (this instanceof PySetSub sub) {
            Object h = Hashing.userHash(sub.cls);
            if (h != null) {
                return Hashing.callHash(h, this);
            }
        }
        return valueHash();
    }

    /** CPython's frozenset_hash of the items: {@code frozenset.__hash__(self)}, also from a subclass's own {@code __hash__}. */
    long valueHash() {
        if (!frozen) {
            throw Err.type("unhashable type: '" + type().name + "'");
        }
        if (hashedSize == set.size()) { // reads hashedSize (volatile) before hash
            return hash; // cached as frozenset_hash caches: nested frozensets would rehash every level (exponential)
        }
        Object[] items;
        synchronized (this) {
            items = set.toArray();
        }
        long h = 0;
        for (Object item : items) {
            h ^= shuffleBits(Hashing.hash(item));
        }
        h ^= (items.length + 1L) * 1927868237L;
        h ^= (h >>> 11) ^ (h >>> 25);
        h = h * 69069L + 907133923L;
        hash = h == -1 ? 590923713L : h;
        hashedSize = items.length; // a frozenset is only filled while it is made; the size guards that
        return hash;
    }

    private long hash;
    private volatile int hashedSize = -1; // written after hash: a reader that sees the size sees the hash

    private static long shuffleBits(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || (frozen && o instanceof PySet s && s.set.equals(set));
    }
}
