package dev.gilspy.interp.modules;

import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyList;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.Types;

/**
 * {@code _heapq} ({@code Modules/_heapqmodule.c}): the heap primitives over a list, with CPython's
 * sift order (so ties land where CPython puts them) and its "list changed size during iteration"
 * check when a comparison mutates the heap. The max-heap helpers serve heapq.nlargest/merge.
 */
public final class HeapqModule {
    private HeapqModule() {}

    private static PyList heap(String fn, Object o) {
        if (!(o instanceof PyList l)) {
            throw Err.type(fn + "() argument 1 must be list, not " + Ops.typeName(o));
        }
        return l;
    }

    private static Object get(PyList l, int i) { return l.get(i); }

    private static void set(PyList l, int i, Object v) { Ops.setitem(l, (long) i, v); }

    private static boolean less(Object a, Object b, boolean max) {
        return max ? Ops.lt(b, a) : Ops.lt(a, b);
    }

    /** Bubbles the item at {@code pos} up towards {@code start} (CPython's {@code siftdown}). */
    private static void siftDown(PyList l, int start, int pos, boolean max) {
        int size = l.size();
        Object newitem = get(l, pos);
        while (pos > start) {
            int parentpos = (pos - 1) >> 1;
            Object parent = get(l, parentpos);
            boolean lt = less(newitem, parent, max);
            if (size != l.size()) {
                throw Err.runtime("list changed size during iteration");
            }
            if (!lt) {
                break;
            }
            set(l, pos, get(l, parentpos));
            pos = parentpos;
        }
        set(l, pos, newitem);
    }

    /** Moves the smaller child up until a leaf, then sifts the item down (CPython's {@code siftup}). */
    private static void siftUp(PyList l, int pos, boolean max) {
        int end = l.size();
        int start = pos;
        Object newitem = get(l, pos);
        int child = 2 * pos + 1;
        while (child < end) {
            int right = child + 1;
            if (right < end) {
                boolean lt = less(get(l, child), get(l, right), max);
                if (end != l.size()) {
                    throw Err.runtime("list changed size during iteration");
                }
                if (!lt) {
                    child = right;
                }
            }
            set(l, pos, get(l, child));
            pos = child;
            child = 2 * pos + 1;
        }
        set(l, pos, newitem);
        siftDown(l, start, pos, max);
    }

    private static Object pop(PyThread t, PyList l, boolean max) {
        if (l.size() == 0) {
            throw Err.index("index out of range");
        }
        Object last = Ops.call(t, Types.LIST.lookup("pop"), new Object[] {l}, null);
        if (l.size() == 0) {
            return last;
        }
        Object r = get(l, 0);
        set(l, 0, last);
        siftUp(l, 0, max);
        return r;
    }

    private static Object replace(PyList l, Object item, boolean max) {
        if (l.size() == 0) {
            throw Err.index("index out of range");
        }
        Object r = get(l, 0);
        set(l, 0, item);
        siftUp(l, 0, max);
        return r;
    }

    private static Object heapify(PyList l, boolean max) {
        for (int i = l.size() / 2 - 1; i >= 0; i--) {
            siftUp(l, i, max);
        }
        return PyNone.NONE;
    }

    static PyModule create() {
        PyModule m = new PyModule("_heapq");
        m.def("heappush", (t, a, k) -> {
            PyList l = heap("heappush", a[0]);
            l.append(a[1]);
            siftDown(l, 0, l.size() - 1, false);
            return PyNone.NONE;
        });
        m.def("heappop", (t, a, k) -> pop(t, heap("heappop", a[0]), false));
        m.def("heapreplace", (t, a, k) -> replace(heap("heapreplace", a[0]), a[1], false));
        m.def("heappushpop", (t, a, k) -> {
            PyList l = heap("heappushpop", a[0]);
            if (l.size() == 0 || !Ops.lt(get(l, 0), a[1])) {
                return a[1];
            }
            if (l.size() == 0) {
                throw Err.index("index out of range");
            }
            Object r = get(l, 0);
            set(l, 0, a[1]);
            siftUp(l, 0, false);
            return r;
        });
        m.def("heapify", (t, a, k) -> heapify(heap("heapify", a[0]), false));
        m.def("_heappop_max", (t, a, k) -> pop(t, heap("_heappop_max", a[0]), true));
        m.def("_heapreplace_max", (t, a, k) -> replace(heap("_heapreplace_max", a[0]), a[1], true));
        m.def("_heapify_max", (t, a, k) -> heapify(heap("_heapify_max", a[0]), true));
        m.put("__about__", "Heap queues");
        return m;
    }
}
