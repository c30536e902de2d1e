package dev.gilspy.interp.runtime;

import java.util.HashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The layout of an instance's attributes (a hidden class, PyPy's "map"): which name sits at which
 * index of {@link PyInstance}'s value array, in insertion order. Shapes form a tree rooted at
 * {@link #EMPTY}; adding a name follows (or creates) a transition, so instances that get the same
 * names in the same order share one shape, and a call site that saw a shape once knows the index.
 *
 * <p>Measured reason: objects.py's 200,000 Points each carried a PyDict over a LinkedHashMap (about
 * 250 bytes with its table and entries); GC took 365 ms of the 1.2 s run. A shape costs nothing per
 * instance, the values array 24-32 bytes.
 *
 * <p>Immutable but for the transition table, which is concurrent: two threads adding the same name
 * to two instances of one shape get the same child. Names are interned so lookups compare references.
 */
public final class Shape {
    public static final Shape EMPTY = new Shape(null, null);
    /** An instance with more names than this goes over to a real dict (a namespace, not an object). */
    static final int MAX_SIZE = 64;
    /** Bounds the tree's breadth: attribute names made from data (setattr(o, f"a{i}", ...)). */
    private static final int MAX_CHILDREN = 256;
    /** From this many names on, a hash index replaces the linear scan. */
    private static final int HASHED_FROM = 9;

    final Shape parent;
    final String[] keys;
    private final HashMap<String, Integer> index;
    private final ConcurrentHashMap<String, Shape> transitions = new ConcurrentHashMap<>(4);

    private Shape(Shape parent, String key) {
        this.parent = parent;
        if (parent == null) {
            keys = new String[0];
        } else {
            keys = java.util.Arrays.copyOf(parent.keys, parent.keys.length + 1);
            keys[keys.length - 1] = key;
        }
        if (keys.length >= HASHED_FROM) {
            index = new HashMap<>(keys.length * 2);
            for (int i = 0; i < keys.length; i++) {
                index.put(keys[i], i);
            }
        } else {
            index = null;
        }
    }

    public int size() { return keys.length; }

    /** The index of {@code name}, or -1. */
    public int indexOf(String name) {
        String[] ks = keys;
        for (int i = 0; i < ks.length && i < HASHED_FROM; i++) {
            if (ks[i] == name) {
                return i;
            }
        }
        if (index != null) {
            Integer i = index.get(name);
            return i == null ? -1 : i;
        }
        for (int i = 0; i < ks.length; i++) {
            if (ks[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * This shape plus {@code name} (absent from it) at index {@link #size()}; null when this shape
     * already has {@link #MAX_CHILDREN} children (names made up at run time: the instance takes a dict).
     */
    Shape with(String name) {
        Shape s = transitions.get(name);
        if (s == null) {
            if (transitions.size() >= MAX_CHILDREN) {
                return null;
            }
            String key = name.intern();
            s = transitions.computeIfAbsent(key, k -> new Shape(this, k));
        }
        return s;
    }
}
