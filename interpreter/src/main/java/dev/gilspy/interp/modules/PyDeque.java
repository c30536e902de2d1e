package dev.gilspy.interp.modules;

import dev.gilspy.interp.runtime.BuiltinArgs;
import dev.gilspy.interp.runtime.Compare;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.NativeObj;
import dev.gilspy.interp.runtime.NativeTypes;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyIter;
import dev.gilspy.interp.runtime.PyList;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.StrRepr;
import dev.gilspy.interp.runtime.Sync;
import dev.gilspy.interp.runtime.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code _collections.deque}: a ring buffer (CPython uses a list of 64-slot blocks; indexing is
 * O(1) here either way). Every method runs with the GIL held and calls back into Python only for
 * comparisons, so {@code append}/{@code popleft} are atomic as in CPython; the object's monitor
 * makes them atomic in the free-threaded mode too. {@code state} counts mutations, so iterators
 * raise "deque mutated during iteration" as CPython's do.
 */
final class PyDeque extends NativeObj {
    static final PyType TYPE = NativeTypes.newType("deque", "collections", null, PyDeque::construct);
    static final PyType ITER = NativeTypes.iteratorType("_deque_iterator", "_collections");
    static final PyType REVITER = NativeTypes.iteratorType("_deque_reverse_iterator", "_collections");

    private Object[] buf = new Object[8];
    private int head;
    private int size;
    /** -1 when unbounded. */
    int maxlen = -1;
    long state;

    PyDeque(PyType cls) { super(cls); }

    private static Object construct(PyThread t, PyType cls, Object[] a, String[] k) {
        PyDeque d = new PyDeque(cls);
        if (cls == TYPE) {
            d.init(a, k);
        }
        return d;
    }

    /** Not synchronized as a whole: iterating the initializer runs Python code (see {@link #extend}). */
    void init(Object[] a, String[] k) {
        BuiltinArgs.check("deque", a, k, 0, 2);
        Object iterable = BuiltinArgs.get(a, k, 0, "iterable", null);
        Object ml = BuiltinArgs.get(a, k, 1, "maxlen", PyNone.NONE);
        if (ml != PyNone.NONE) {
            long m = Ops.toLong(ml);
            if (m < 0) {
                throw Err.value("maxlen must be non-negative");
            }
            maxlen = (int) Math.min(m, Integer.MAX_VALUE);
        } else {
            maxlen = -1;
        }
        clear();
        if (iterable != null) {
            extend(iterable);
        }
    }

    @Override public boolean truthy() { return size != 0; }

    int size() { return size; }

    private Object at(int i) { return buf[(head + i) & (buf.length - 1)]; }

    private void setAt(int i, Object v) { buf[(head + i) & (buf.length - 1)] = v; }

    private void grow() {
        if (size < buf.length) {
            return;
        }
        Object[] nb = new Object[buf.length * 2];
        for (int i = 0; i < size; i++) {
            nb[i] = at(i);
        }
        buf = nb;
        head = 0;
    }

    void append(Object v) {
        if (Sync.on()) {
            synchronized (this) {
                append0(v);
                return;
            }
        }
        append0(v);
    }

    private void append0(Object v) {
        if (maxlen == 0) {
            return;
        }
        grow();
        setAt(size++, v);
        state++;
        if (maxlen >= 0 && size > maxlen) {
            popleft0();
        }
    }

    void appendleft(Object v) {
        if (Sync.on()) {
            synchronized (this) {
                appendleft0(v);
                return;
            }
        }
        appendleft0(v);
    }

    private void appendleft0(Object v) {
        if (maxlen == 0) {
            return;
        }
        grow();
        head = (head - 1) & (buf.length - 1);
        buf[head] = v;
        size++;
        state++;
        if (maxlen >= 0 && size > maxlen) {
            pop0();
        }
    }

    Object pop() {
        if (Sync.on()) {
            synchronized (this) {
                return pop0();
            }
        }
        return pop0();
    }

    private Object pop0() {
        if (size == 0) {
            throw Err.index("pop from an empty deque");
        }
        int i = (head + size - 1) & (buf.length - 1);
        Object v = buf[i];
        buf[i] = null;
        size--;
        state++;
        return v;
    }

    Object popleft() {
        if (Sync.on()) {
            synchronized (this) {
                return popleft0();
            }
        }
        return popleft0();
    }

    private Object popleft0() {
        if (size == 0) {
            throw Err.index("pop from an empty deque");
        }
        Object v = buf[head];
        buf[head] = null;
        head = (head + 1) & (buf.length - 1);
        size--;
        state++;
        return v;
    }

    /** The iterable is materialised before any lock: no Java monitor is held while Python code runs. */
    void extend(Object iterable) {
        Object[] items = iterable == this ? toArray() : Ops.toArray(iterable);
        for (Object v : items) {
            append(v);
        }
    }

    void extendleft(Object iterable) {
        Object[] items = iterable == this ? toArray() : Ops.toArray(iterable);
        for (Object v : items) {
            appendleft(v);
        }
    }

    synchronized void clear() {
        buf = new Object[8];
        head = 0;
        size = 0;
        state++;
    }

    synchronized Object[] toArray() {
        Object[] r = new Object[size];
        for (int i = 0; i < size; i++) {
            r[i] = at(i);
        }
        return r;
    }

    synchronized void replace(Object[] items) {
        clear();
        for (Object v : items) {
            append(v);
        }
    }

    synchronized void rotate(long n) {
        if (size <= 1) {
            return;
        }
        int k = (int) Math.floorMod(n, (long) size);
        if (k == 0) {
            return;
        }
        Object[] items = toArray();
        for (int i = 0; i < size; i++) {
            setAt((i + k) % size, items[i]);
        }
        state++;
    }

    private int index(Object key) {
        long i = Ops.toLong(key);
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            throw Err.index("deque index out of range");
        }
        return (int) i;
    }

    PyDeque copyOf() {
        PyDeque r = new PyDeque(cls);
        r.maxlen = maxlen;
        for (Object v : toArray()) {
            r.append(v);
        }
        return r;
    }

    @Override
    public Object compare(Compare op, Object other) {
        if (!(other instanceof PyDeque o)) {
            return Types.NOT_IMPLEMENTED;
        }
        Object[] x = toArray();
        Object[] y = o.toArray();
        int n = Math.min(x.length, y.length);
        for (int i = 0; i < n; i++) {
            if (!Ops.eq(x[i], y[i])) {
                if (op == Compare.EQ) {
                    return false;
                }
                if (op == Compare.NE) {
                    return true;
                }
                return op.test(x[i], y[i]);
            }
        }
        return switch (op) {
            case EQ -> x.length == y.length;
            case NE -> x.length != y.length;
            case LT -> x.length < y.length;
            case LE -> x.length <= y.length;
            case GT -> x.length > y.length;
            case GE -> x.length >= y.length;
        };
    }

    static PyDeque self(Object o) {
        if (o instanceof PyDeque d) {
            return d;
        }
        throw Err.type("descriptor requires a 'collections.deque' object but received a '" + Ops.typeName(o) + "'");
    }

    /** An iterator over a snapshot position that fails when the deque changes under it. */
    private static final class Iter extends PyIter {
        private final PyDeque d;
        private final long state;
        private final boolean reverse;
        private int i;

        Iter(PyDeque d, boolean reverse) {
            this.d = d;
            this.state = d.state;
            this.reverse = reverse;
        }

        @Override public PyType type() { return reverse ? REVITER : ITER; }

        @Override
        public Object next(PyThread t) {
            synchronized (d) {
                if (d.state != state) {
                    i = Integer.MAX_VALUE;
                    throw Err.runtime("deque mutated during iteration");
                }
                if (i >= d.size) {
                    return null;
                }
                int at = reverse ? d.size - 1 - i : i;
                i++;
                return d.at(at);
            }
        }
    }

    private static String repr(PyDeque d) {
        String name = d.cls.name;
        if (!ReprGuard.enter(d)) {
            return "[...]";
        }
        try {
            String items = StrRepr.repr(new PyList(d.toArray()));
            return d.maxlen < 0 ? name + "(" + items + ")" : name + "(" + items + ", maxlen=" + d.maxlen + ")";
        } finally {
            ReprGuard.exit(d);
        }
    }

    static {
        PyType T = TYPE;
        NativeTypes.def(T, "__init__", (t, a, k) -> {
            self(a[0]).init(java.util.Arrays.copyOfRange(a, 1, a.length), k);
            return PyNone.NONE;
        });
        NativeTypes.def(T, "append", (t, a, k) -> {
            self(a[0]).append(a[1]);
            return PyNone.NONE;
        });
        NativeTypes.def(T, "appendleft", (t, a, k) -> {
            self(a[0]).appendleft(a[1]);
            return PyNone.NONE;
        });
        NativeTypes.def(T, "pop", (t, a, k) -> self(a[0]).pop());
        NativeTypes.def(T, "popleft", (t, a, k) -> self(a[0]).popleft());
        NativeTypes.def(T, "extend", (t, a, k) -> {
            self(a[0]).extend(a[1]);
            return PyNone.NONE;
        });
        NativeTypes.def(T, "extendleft", (t, a, k) -> {
            self(a[0]).extendleft(a[1]);
            return PyNone.NONE;
        });
        NativeTypes.def(T, "clear", (t, a, k) -> {
            self(a[0]).clear();
            return PyNone.NONE;
        });
        NativeTypes.def(T, "copy", (t, a, k) -> self(a[0]).copyOf());
        NativeTypes.def(T, "__copy__", (t, a, k) -> self(a[0]).copyOf());
        NativeTypes.def(T, "count", (t, a, k) -> {
            PyDeque d = self(a[0]);
            long st = d.state;
            long n = 0;
            for (Object v : d.toArray()) {
                if (Ops.eq(v, a[1])) {
                    n++;
                }
                if (d.state != st) {
                    throw Err.runtime("deque mutated during iteration");
                }
            }
            return n;
        });
        NativeTypes.def(T, "index", (t, a, k) -> {
            PyDeque d = self(a[0]);
            Object[] items = d.toArray();
            int n = items.length;
            long start = a.length > 2 ? Ops.toLong(a[2]) : 0;
            long stop = a.length > 3 ? Ops.toLong(a[3]) : n;
            start = start < 0 ? Math.max(0, start + n) : Math.min(start, n);
            stop = stop < 0 ? Math.max(0, stop + n) : Math.min(stop, n);
            long st = d.state;
            for (long i = start; i < stop; i++) {
                boolean eq = Ops.eq(items[(int) i], a[1]);
                if (d.state != st) {
                    throw Err.runtime("deque mutated during iteration");
                }
                if (eq) {
                    return i;
                }
            }
            throw Err.value(StrRepr.repr(a[1]) + " is not in deque");
        });
        NativeTypes.def(T, "insert", (t, a, k) -> {
            PyDeque d = self(a[0]);
            synchronized (d) {
                if (d.maxlen >= 0 && d.size >= d.maxlen) {
                    throw Err.index("deque already at its maximum size");
                }
                int n = d.size;
                long i = Ops.toLong(a[1]);
                i = i < 0 ? Math.max(0, i + n) : Math.min(i, n);
                List<Object> l = new ArrayList<>(java.util.Arrays.asList(d.toArray()));
                l.add((int) i, a[2]);
                d.replace(l.toArray());
            }
            return PyNone.NONE;
        });
        NativeTypes.def(T, "remove", (t, a, k) -> {
            PyDeque d = self(a[0]);
            Object[] items = d.toArray();
            for (int i = 0; i < items.length; i++) {
                if (Ops.eq(items[i], a[1])) {
                    d.delete(i);
                    return PyNone.NONE;
                }
            }
            throw Err.value(StrRepr.repr(a[1]) + " is not in deque");
        });
        NativeTypes.def(T, "reverse", (t, a, k) -> {
            PyDeque d = self(a[0]);
            Object[] items = d.toArray();
            java.util.Collections.reverse(java.util.Arrays.asList(items));
            d.replace(items);
            return PyNone.NONE;
        });
        NativeTypes.def(T, "rotate", (t, a, k) -> {
            BuiltinArgs.check("rotate", a, k, 1, 2);
            self(a[0]).rotate(a.length > 1 ? Ops.toLong(a[1]) : 1);
            return PyNone.NONE;
        });
        NativeTypes.getter(T, "maxlen", o -> self(o).maxlen < 0 ? PyNone.NONE : (Object) (long) self(o).maxlen);
        NativeTypes.def(T, "__len__", (t, a, k) -> (long) self(a[0]).size);
        NativeTypes.def(T, "__bool__", (t, a, k) -> self(a[0]).size != 0);
        NativeTypes.def(T, "__iter__", (t, a, k) -> new Iter(self(a[0]), false));
        NativeTypes.def(T, "__reversed__", (t, a, k) -> new Iter(self(a[0]), true));
        NativeTypes.def(T, "__getitem__", (t, a, k) -> {
            PyDeque d = self(a[0]);
            synchronized (d) {
                if (a[1] instanceof dev.gilspy.interp.runtime.PySlice) {
                    throw Err.type("sequence index must be integer, not 'slice'");
                }
                return d.at(d.index(a[1]));
            }
        });
        NativeTypes.def(T, "__setitem__", (t, a, k) -> {
            PyDeque d = self(a[0]);
            synchronized (d) {
                d.setAt(d.index(a[1]), a[2]);
            }
            return PyNone.NONE;
        });
        NativeTypes.def(T, "__delitem__", (t, a, k) -> {
            PyDeque d = self(a[0]);
            d.delete(d.index(a[1]));
            return PyNone.NONE;
        });
        NativeTypes.def(T, "__contains__", (t, a, k) -> {
            PyDeque d = self(a[0]);
            long st = d.state;
            for (Object v : d.toArray()) {
                if (Ops.eq(v, a[1])) {
                    return true;
                }
                if (d.state != st) {
                    throw Err.runtime("deque mutated during iteration");
                }
            }
            return false;
        });
        NativeTypes.def(T, "__repr__", (t, a, k) -> repr(self(a[0])));
        NativeTypes.def(T, "__add__", (t, a, k) -> {
            if (!(a[1] instanceof PyDeque o)) {
                throw Err.type("can only concatenate deque (not \"" + Ops.typeName(a[1]) + "\") to deque");
            }
            PyDeque r = self(a[0]).copyOf();
            r.extend(o);
            return r;
        });
        NativeTypes.def(T, "__iadd__", (t, a, k) -> {
            self(a[0]).extend(a[1]);
            return a[0];
        });
        NativeTypes.def(T, "__mul__", (t, a, k) -> {
            PyDeque r = self(a[0]).copyOf();
            r.repeat(Ops.toLong(a[1]));
            return r;
        });
        NativeTypes.def(T, "__rmul__", (t, a, k) -> {
            PyDeque r = self(a[0]).copyOf();
            r.repeat(Ops.toLong(a[1]));
            return r;
        });
        NativeTypes.def(T, "__imul__", (t, a, k) -> {
            self(a[0]).repeat(Ops.toLong(a[1]));
            return a[0];
        });
        NativeTypes.def(T, "__reduce__", (t, a, k) -> {
            PyDeque d = self(a[0]);
            Object state = d.instanceDict() == null || d.instanceDict().size() == 0 ? PyNone.NONE : d.instanceDict();
            Object args = d.maxlen < 0 ? PyTuple.EMPTY : PyTuple.of(PyTuple.EMPTY, (long) d.maxlen);
            return PyTuple.of(d.cls, args, state, new Iter(d, false));
        });
        NativeTypes.classMethod(T, "__class_getitem__", (t, a, k) -> GenericAliases.of(a[0], a[1]));
        NativeTypes.put(T, "__hash__", PyNone.NONE);
        NativeTypes.ready(T);
    }

    synchronized void repeat(long n) {
        Object[] items = toArray();
        if (n <= 0) {
            clear();
            return;
        }
        for (long i = 1; i < n; i++) {
            for (Object v : items) {
                append(v);
            }
        }
    }

    synchronized void delete(int i) {
        List<Object> l = new ArrayList<>(java.util.Arrays.asList(toArray()));
        l.remove(i);
        replace(l.toArray());
    }
}
