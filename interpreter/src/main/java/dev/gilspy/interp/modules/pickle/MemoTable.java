package dev.gilspy.interp.modules.pickle;

import java.util.Arrays;
import java.util.function.ObjIntConsumer;

/**
 * The pickler's memo, object to memo index by identity: {@code PyMemoTable} in {@code _pickle.c},
 * an open-addressing table of keys and int values. A {@code IdentityHashMap<Object, Integer>} boxed
 * every index past 127 and doubled from 32 slots on each dump of a large document (a dumps of 10,000
 * small dicts memoizes ~33,000 objects); its gets and resizes were a third of dumps's samples.
 */
final class MemoTable {
    private static final int MIN_SIZE = 64;

    private Object[] keys = new Object[MIN_SIZE];
    private int[] values = new int[MIN_SIZE];
    private int size;

    int size() {
        return size;
    }

    /** {@code obj}'s memo index, or -1. */
    int get(Object obj) {
        Object[] k = keys;
        int mask = k.length - 1;
        for (int i = slot(obj, mask); ; i = (i + 1) & mask) {
            Object o = k[i];
            if (o == obj) {
                return values[i];
            }
            if (o == null) {
                return -1;
            }
        }
    }

    void put(Object obj, int value) {
        Object[] k = keys;
        int mask = k.length - 1;
        int i = slot(obj, mask);
        while (k[i] != null) {
            if (k[i] == obj) {
                values[i] = value;
                return;
            }
            i = (i + 1) & mask;
        }
        k[i] = obj;
        values[i] = value;
        // at most 2/3 full, as _pickle.c's table, so a probe meets an empty slot soon
        if (++size * 3 >= k.length * 2) {
            resize(k.length * 2);
        }
    }

    void clear() {
        if (keys.length > MIN_SIZE) {
            keys = new Object[MIN_SIZE];
            values = new int[MIN_SIZE];
        } else {
            Arrays.fill(keys, null);
        }
        size = 0;
    }

    void forEach(ObjIntConsumer<Object> f) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != null) {
                f.accept(keys[i], values[i]);
            }
        }
    }

    private void resize(int n) {
        Object[] oldKeys = keys;
        int[] oldValues = values;
        keys = new Object[n];
        values = new int[n];
        int mask = n - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            Object o = oldKeys[j];
            if (o != null) {
                int i = slot(o, mask);
                while (keys[i] != null) {
                    i = (i + 1) & mask;
                }
                keys[i] = o;
                values[i] = oldValues[j];
            }
        }
    }

    /** The identity hash spread over the table (identity hashes of objects made together are close). */
    private static int slot(Object obj, int mask) {
        int h = System.identityHashCode(obj) * 0x9E3779B9;
        return (h ^ (h >>> 16)) & mask;
    }
}
