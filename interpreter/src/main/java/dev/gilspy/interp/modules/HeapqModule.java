package dev.gilspy.interp.modules;

import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyList;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.Types;

/**
 * {@code _heapq}: the accelerator CPython's {@code heapq.py} imports ({@code from _heapq import *}),
 * as {@code Modules/_heapqmodule.c} behaves: the heap must be a list, items are compared with
 * {@code <} only, an empty heap gives {@code IndexError: index out of range}, and a list that changes
 * size during a comparison gives {@code RuntimeError}. The {@code _max} variants serve
 * {@code heapq.merge(reverse=True)} and {@code nlargest}.
 */
public final class HeapqModule {
    private HeapqModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_heapq");
        m.put("__about__", "Heap queues");
        m.def("heappush", (t, a, k) -> {
            PyList h = heap(a, 2, "heappush");
            h.append(a[1]);
            siftDown(h, 0, h.size() - 1, false);
            return PyNone.NONE;
        });
        m.def("heappop", (t, a, k) -> pop(heap(a, 1, "heappop"), false));
        m.def("_heappop_max", (t, a, k) -> pop(heap(a, 1, "_heappop_max"), true));
        m.def("heapreplace", (t, a, k) -> replace(heap(a, 2, "heapreplace"), a[1], false));
        m.def("_heapreplace_max", (t, a, k) -> replace(heap(a, 2, "_heapreplace_max"), a[1], true));
        m.def("heappushpop", (t, a, k) -> {
            PyList h = heap(a, 2, "heappushpop");
            if (h.size() == 0) {
                return a[1];
            }
            Object top = h.get(0);
            if (!Ops.lt(top, a[1])) {
                return a[1];
            }
            if (h.size() == 0) {
                throw Err.index("index out of range");
            }
            Object old = h.get(0);
            Ops.setitem(h, 0L, a[1]);
            siftUp(h, 0, false);
            return old;
        });
        m.def("heapify", (t, a, k) -> {
            heapify(heap(a, 1, "heapify"), false);
            return PyNone.NONE;
        });
        m.def("_heapify_max", (t, a, k) -> {
            heapify(heap(a, 1, "_heapify_max"), true);
            return PyNone.NONE;
        });
        return m;
    }

    private static PyList heap(Object[] a, int n, String fn) {
        if (a.length != n) {
            throw Err.type(n == 1 ? fn + "() takes exactly one argument (" + a.length + " given)"
                : fn + " expected " + n + " arguments, got " + a.length);
        }
        if (!(a[0] instanceof PyList l)) {
            throw Err.type(fn + "() argument 1 must be list, not " + Ops.typeName(a[0]));
        }
        return l;
    }

    private static boolean less(Object x, Object y, boolean max) {
        return max ? Ops.lt(y, x) : Ops.lt(x, y);
    }

    private static Object pop(PyList h, boolean max) {
        int n = h.size();
        if (n == 0) {
            throw Err.index("index out of range");
        }
        Object last = h.get(n - 1);
        Ops.call(Ops.getattr(h, "pop"));
        if (n == 1) {
            return last;
        }
        Object ret = h.get(0);
        Ops.setitem(h, 0L, last);
        siftUp(h, 0, max);
        return ret;
    }

    private static Object replace(PyList h, Object item, boolean max) {
        if (h.size() == 0) {
            throw Err.index("index out of range");
        }
        Object ret = h.get(0);
        Ops.setitem(h, 0L, item);
        siftUp(h, 0, max);
        return ret;
    }

    private static void heapify(PyList h, boolean max) {
        for (int i = h.size() / 2 - 1; i >= 0; i--) {
            siftUp(h, i, max);
        }
    }

    /** Follows the path to the root, moving parents down until finding a place {@code pos}'s item fits. */
    private static void siftDown(PyList h, int start, int pos, boolean max) {
        int size = h.size();
        Object item = h.get(pos);
        while (pos > start) {
            int parentPos = (pos - 1) >> 1;
            Object parent = h.get(parentPos);
            boolean lt = less(item, parent, max);
            if (size != h.size()) {
                throw Err.make(Types.RuntimeError, "list changed size during iteration");
            }
            if (!lt) {
                break;
            }
            Object p = h.get(parentPos);
            Object c = h.get(pos);
            Ops.setitem(h, (long) parentPos, c);
            Ops.setitem(h, (long) pos, p);
            pos = parentPos;
        }
    }

    /** Bubbles the smaller child up until hitting a leaf, then sifts the item at {@code pos} down into place. */
    private static void siftUp(PyList h, int pos, boolean max) {
        int end = h.size();
        int start = pos;
        int limit = end >> 1;
        while (pos < limit) {
            int child = 2 * pos + 1;
            if (child + 1 < end) {
                boolean lt = less(h.get(child), h.get(child + 1), max);
                if (end != h.size()) {
                    throw Err.make(Types.RuntimeError, "list changed size during iteration");
                }
                if (!lt) {
                    child++;
                }
            }
            Object a = h.get(child);
            Object b = h.get(pos);
            Ops.setitem(h, (long) child, b);
            Ops.setitem(h, (long) pos, a);
            pos = child;
        }
        siftDown(h, start, pos, max);
    }
}
