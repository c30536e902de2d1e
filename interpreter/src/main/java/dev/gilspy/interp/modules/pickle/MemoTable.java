package dev.gilspy.interp.modules.pickle;

import java.util.Arrays;
import java.util.function.ObjIntConsumer;

/**
 * The pickler's memo: object identity to memo index, as CPython's {@code PyMemoTable}
 * (Modules/_pickle.c) is, an open-addressed table of keys and int values. An
 * {@code IdentityHashMap<Object, Integer>} boxed every index above 127 and grew from 32 slots
 * again for each {@code dumps}; its lookups and growth were a third of the C path's dumps time
 * in pickle_roundtrip.py.
 */
final class MemoTable {
    private Object[] keys = new Object[64];
    private int[] values = new int[64];
    private int size;

    int size() {
        return size;
    }

    /** The memo index of {@code key}, or -1. */
    int get(Object key) {
        Object[] ks = keys;
        int mask = ks.length - 1;
        for (int i = slot(key, mask);; i = (i + 1) & mask) {
            Object k = ks[i];
            if (k == key) {
                return values[i];
            }
            if (k == null) {
                return -1;
            }
        }
    }

    /** Sets {@code key}'s index (the key is new or keeps its entry). */
    void put(Object key, int value) {
        Object[] ks = keys;
        int mask = ks.length - 1;
        int i = slot(key, mask);
        for (Object k; (k = ks[i]) != null; i = (i + 1) & mask) {
            if (k == key) {
                values[i] = value;
                return;
            }
        }
        ks[i] = key;
        values[i] = value;
        if (++size * 3 >= ks.length * 2) {
            grow();
        }
    }

    void clear() {
        Arrays.fill(keys, null);
        size = 0;
    }

    void forEach(ObjIntConsumer<Object> each) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != null) {
                each.accept(keys[i], values[i]);
            }
        }
    }

    private static int slot(Object key, int mask) {
        // the multiply spreads the identity hash's bits over the low ones a power-of-two table uses
        int h = System.identityHashCode(key) * 0x9E3779B9;
        return (h ^ (h >>> 16)) & mask;
    }

    private void grow() {
        Object[] oldKeys = keys;
        int[] oldValues = values;
        keys = new Object[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            Object k = oldKeys[j];
            if (k != null) {
                int i = slot(k, mask);
                while (keys[i] != null) {
                    i = (i + 1) & mask;
                }
                keys[i] = k;
                values[i] = oldValues[j];
            }
        }
    }
}
