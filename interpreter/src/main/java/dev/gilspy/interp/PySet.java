package dev.gilspy.interp;

import java.util.HashSet;

/** Python {@code set} and {@code frozenset} (keys normalised like {@link PyDict}'s). */
public final class PySet extends PyObj {
    final HashSet<Object> set;
    final boolean frozen;

    PySet(boolean frozen) { this.set = new HashSet<>(); this.frozen = frozen; }
    PySet(HashSet<Object> set, boolean frozen) { this.set = set; this.frozen = frozen; }

    @Override public PyType type() { return frozen ? Types.FROZENSET : Types.SET; }

    void add(Object k) {
        Object key = Ops.key(k);
        if (Sync.ON) {
            synchronized (this) {
                set.add(key);
            }
        } else {
            set.add(key);
        }
    }

    boolean contains(Object k) {
        Object key = Ops.key(k);
        if (Sync.ON) {
            synchronized (this) {
                return set.contains(key);
            }
        }
        return set.contains(key);
    }

    boolean remove(Object k) {
        Object key = Ops.key(k);
        if (Sync.ON) {
            synchronized (this) {
                return set.remove(key);
            }
        }
        return set.remove(key);
    }

    Object[] toArray() {
        if (Sync.ON) {
            synchronized (this) {
                return set.toArray();
            }
        }
        return set.toArray();
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
