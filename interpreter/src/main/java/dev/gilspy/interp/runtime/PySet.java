package dev.gilspy.interp.runtime;

import java.util.HashSet;

/** Python {@code set} and {@code frozenset} (keys normalised like {@link PyDict}'s). */
public class PySet extends PyObj {
    /** Not final: an in-place operation builds its result aside and swaps it in ({@link SetMethods#inPlace}). */
    HashSet<Object> set;
    final boolean frozen;

    public PySet(boolean frozen) { this.set = new HashSet<>(); this.frozen = frozen; }
    public PySet(HashSet<Object> set, boolean frozen) { this.set = set; this.frozen = frozen; }

    @Override public PyType type() { return frozen ? Types.FROZENSET : Types.SET; }

    /** An instance of a Python class that derives from {@code set} or {@code frozenset}: its class and attribute dict. */
    java.util.HashMap<Object, Object> origKeys;

    public void add(Object k) {
        Object key = Hashing.key(k);
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
        if (k instanceof PySet s && !s.frozen) {
            return new PySet(new HashSet<>(s.set), true);
        }
        return Hashing.key(k);
    }

    boolean contains(Object k) {
        Object key = lookupKey(k);
        if (Sync.ON) {
            synchronized (this) {
                return set.contains(key);
            }
        }
        return set.contains(key);
    }

    boolean remove(Object k) {
        Object key = lookupKey(k);
        if (Sync.ON) {
            synchronized (this) {
                return set.remove(key);
            }
        }
        return set.remove(key);
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

    @Override
    public int hashCode() {
        if (!frozen) {
            throw Err.type("unhashable type: 'set'");
        }
        return set.hashCode();
    }

    @Override
    public boolean equals(Object o) {
        return o == this || (frozen && o instanceof PySet s && s.set.equals(set));
    }
}
