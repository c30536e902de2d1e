package dev.gilspy.interp.runtime;

import java.util.Arrays;
import java.util.Comparator;

/** Python {@code list}: a growable array; mutations lock only in free-threaded runs ({@link Sync}). */
public class PyList extends PyObj {
    Object[] items;
    int size;

    public PyList() { items = new Object[4]; }
    public PyList(Object[] items) { this.items = items; this.size = items.length; }
    PyList(Object[] items, int size) { this.items = items; this.size = size; }

    @Override public PyType type() { return Types.LIST; }

    public int size() { return size; }

    public Object get(int i) {
        Object[] a = items;
        if (i < 0 || i >= size || i >= a.length) {
            throw Err.index("list index out of range");
        }
        return a[i];
    }

    public void append(Object v) {
        if (Sync.ON) {
            synchronized (this) {
                append0(v);
            }
        } else {
            append0(v);
        }
    }

    private void append0(Object v) {
        if (size == items.length) {
            items = Arrays.copyOf(items, Math.max(8, size * 2));
        }
        items[size++] = v;
    }

    void set(int i, Object v) {
        if (Sync.ON) {
            synchronized (this) {
                set0(i, v);
            }
        } else {
            set0(i, v);
        }
    }

    private void set0(int i, Object v) {
        if (i < 0 || i >= size) {
            throw Err.index("list assignment index out of range");
        }
        items[i] = v;
    }

    void insert(int i, Object v) {
        if (Sync.ON) {
            synchronized (this) {
                insert0(i, v);
            }
        } else {
            insert0(i, v);
        }
    }

    private void insert0(int i, Object v) {
        if (i < 0) {
            i = Math.max(0, i + size);
        }
        if (i > size) {
            i = size;
        }
        if (size == items.length) {
            items = Arrays.copyOf(items, Math.max(8, size * 2));
        }
        System.arraycopy(items, i, items, i + 1, size - i);
        items[i] = v;
        size++;
    }

    Object pop(int i) {
        if (Sync.ON) {
            synchronized (this) {
                return pop0(i);
            }
        }
        return pop0(i);
    }

    private Object pop0(int i) {
        if (size == 0) {
            throw Err.index("pop from empty list");
        }
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            throw Err.index("pop index out of range");
        }
        Object v = items[i];
        System.arraycopy(items, i + 1, items, i, size - i - 1);
        items[--size] = null;
        return v;
    }

    void extend(Object[] vs, int n) {
        if (Sync.ON) {
            synchronized (this) {
                extend0(vs, n);
            }
        } else {
            extend0(vs, n);
        }
    }

    private void extend0(Object[] vs, int n) {
        if (size + n > items.length) {
            items = Arrays.copyOf(items, Math.max(size + n, size * 2));
        }
        System.arraycopy(vs, 0, items, size, n);
        size += n;
    }

    /** Replaces the whole content (slice assignment, sort, clear). */
    void replace(Object[] vs) {
        if (Sync.ON) {
            synchronized (this) {
                items = vs.length == 0 ? new Object[4] : vs;
                size = vs.length;
            }
        } else {
            items = vs.length == 0 ? new Object[4] : vs;
            size = vs.length;
        }
    }

    public Object[] toArray() {
        if (Sync.ON) {
            synchronized (this) {
                return Arrays.copyOf(items, size);
            }
        }
        return Arrays.copyOf(items, size);
    }

    public static void sortList(PyThread t, PyList l, Object key, Object reverse) {
        // as CPython's list.sort: the list looks empty while its items sort, so key functions and
        // comparisons that change it are caught (any append, insert or assignment replaces the
        // empty array below) and the sorted items are put back with a ValueError
        Object[] items = l.toArray();
        Object[] duringSort = new Object[0];
        l.setStorage(duringSort, 0);
        Object[] out = items;
        boolean sortedOk = false;
        try {
            out = sorted(t, items, key, reverse);
            sortedOk = true;
        } finally {
            boolean modified = l.items != duringSort || l.size != 0;
            l.replace(out);
            if (modified && sortedOk) {
                throw Err.value("list modified during sort");
            }
        }
    }

    private void setStorage(Object[] vs, int n) {
        if (Sync.ON) {
            synchronized (this) {
                items = vs;
                size = n;
            }
        } else {
            items = vs;
            size = n;
        }
    }

    private static Object[] sorted(PyThread t, Object[] items, Object key, Object reverse) {
        boolean rev = reverse != null && Ops.truthy(reverse);
        Object[] keys = items;
        if (key != null && key != PyNone.NONE) {
            keys = new Object[items.length];
            for (int i = 0; i < items.length; i++) {
                keys[i] = Ops.call(t, key, new Object[] {items[i]}, null);
            }
        }
        Integer[] idx = new Integer[items.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        final Object[] ks = keys;
        Comparator<Integer> cmp = (x, y) -> {
            Object a = ks[x];
            Object b = ks[y];
            if (rev) {
                return Ops.lt(b, a) ? -1 : Ops.lt(a, b) ? 1 : 0;
            }
            return Ops.lt(a, b) ? -1 : Ops.lt(b, a) ? 1 : 0;
        };
        boolean allLong = true;
        for (Object k : keys) {
            if (!(k instanceof Long)) {
                allLong = false;
                break;
            }
        }
        if (!allLong && keys.length > 0 && allStrings(keys)) {
            cmp = (x, y) -> {
                int c = CodePoints.compare((String) ks[x], (String) ks[y]);
                return rev ? -c : c;
            };
        } else if (allLong) {
            cmp = (x, y) -> {
                @SuppressWarnings("unchecked")
                int c = ((Comparable<Object>) ks[x]).compareTo(ks[y]);
                return rev ? -c : c;
            };
        }
        try {
            Arrays.sort(idx, cmp);
        } catch (IllegalArgumentException e) {
            // inconsistent user comparisons: keep the partial order, as CPython does
        }
        Object[] out = new Object[items.length];
        for (int i = 0; i < idx.length; i++) {
            out[i] = items[idx[i]];
        }
        return out;
    }

    private static boolean allStrings(Object[] keys) {
        for (Object k : keys) {
            if (!(k instanceof String)) {
                return false;
            }
        }
        return true;
    }
}
