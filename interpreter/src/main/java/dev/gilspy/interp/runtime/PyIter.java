package dev.gilspy.interp.runtime;

/**
 * A built-in iterator. {@link #next} returns null when exhausted, so {@code for} loops never pay
 * for a StopIteration exception.
 */
public abstract class PyIter extends PyObj {
    public abstract Object next(PyThread t);

    @Override public PyType type() { return Types.ITERATOR; }

    /** What {@code __length_hint__} answers, or -1 when this iterator cannot tell. */
    long lengthHint() { return -1; }

    /** What {@code __reduce__} answers (as CPython's iterator objects reduce), or null: it cannot be pickled. */
    Object reduce(PyThread t) { return null; }

    /** {@code __setstate__}: the position a {@link #reduce} carried; false when this iterator has none. */
    boolean setState(Object state) { return false; }

    /** {@code (iter, (seq,), index)}, CPython's reduce of a sequence iterator. */
    static Object reduceAt(PyThread t, String fn, Object seq, long index) {
        return PyTuple.of(t.interp.builtins.get(fn), PyTuple.of(seq), index);
    }

    /** {@code (iter, (list,))}: the items left, how CPython reduces set and dict iterators. */
    static Object reduceRest(PyThread t, Object[] items, int from, int to) {
        Object[] rest = java.util.Arrays.copyOfRange(items, Math.min(from, to), to);
        return PyTuple.of(t.interp.builtins.get("iter"), PyTuple.of(new PyList(rest)));
    }

    /** A position from {@code __setstate__}, clamped to {@code [0, n]} as listiter_setstate does. */
    static int clampIndex(Object state, int n) {
        long v = Ops.toLong(state);
        return (int) Math.max(0, Math.min(v, n));
    }

    /**
     * Items of a tuple, bytes or a snapshot (a set's items); {@code source} is the sequence for a
     * reduce, or null. Once exhausted it lets the sequence go (tupleiter_next: a tuple subclass's
     * {@code __del__} can then run while the iterator lives).
     */
    static class ArrayIter extends PyIter {
        private Object[] items;
        private int n;
        private int i;
        private Object source;
        /** Exhausted after it had a source: reduces to an empty iterator, ignores a state. */
        private boolean released;
        ArrayIter(Object[] items, int n) { this(items, n, null); }
        ArrayIter(Object[] items, int n, Object source) { this.items = items; this.n = n; this.source = source; }
        public @Override Object next(PyThread t) {
            if (i < n) {
                return items[i++];
            }
            if (source != null) {
                source = null;
                released = true;
                items = new Object[0];
                n = 0;
                i = 0;
            }
            return null;
        }
        @Override long lengthHint() { return n - i; }
        @Override Object reduce(PyThread t) {
            if (released) {
                return reduceRest(t, new Object[0], 0, 0);
            }
            return source == null ? reduceRest(t, items, i, n) : reduceAt(t, "iter", source, i);
        }
        @Override boolean setState(Object state) {
            if (released) {
                return true;
            }
            if (source == null) {
                return false;
            }
            i = clampIndex(state, n);
            return true;
        }
    }

    /**
     * A bytearray's items, read live as listiter reads a list: bytes appended while iterating are
     * seen, and once exhausted it stays exhausted and lets the bytearray go (bytearrayiter_next).
     */
    static final class ByteArrayIter extends PyIter {
        private PyBytes seq;
        private int i;

        ByteArrayIter(PyBytes seq) { this.seq = seq; }

        @Override public Object next(PyThread t) {
            if (seq == null) {
                return null;
            }
            if (i < seq.length()) {
                return (long) seq.byteAt(i++);
            }
            seq = null;
            return null;
        }

        @Override long lengthHint() { return seq == null ? 0 : Math.max(0, seq.length() - i); }

        @Override Object reduce(PyThread t) {
            if (seq == null) {
                return PyTuple.of(t.interp.builtins.get("iter"), PyTuple.of(PyTuple.of())); // (iter, ((),))
            }
            return reduceAt(t, "iter", seq, i);
        }

        @Override boolean setState(Object state) {
            if (seq != null) {
                i = clampIndex(state, seq.length());
            }
            return true;
        }
    }

    /**
     * A set's items, a snapshot that raises RuntimeError on the first step after the set's size
     * changed (setiter_iternext: "Set changed size during iteration"), then stays exhausted.
     */
    static final class SetIter extends ArrayIter {
        private PySet set;
        private final int used;

        SetIter(PySet set) {
            this(set, set.toArray());
        }

        private SetIter(PySet set, Object[] items) {
            super(items, items.length);
            this.set = set;
            this.used = items.length;
        }

        @Override public Object next(PyThread t) {
            if (set == null) {
                return null;
            }
            if (set.size() != used) {
                set = null;
                throw Err.runtime("Set changed size during iteration");
            }
            Object v = super.next(t);
            if (v == null) {
                set = null; // exhausted: the set is no longer held
            }
            return v;
        }

        @Override long lengthHint() { return set == null ? 0 : super.lengthHint(); }
    }

    /** {@code reversed()} of a dict, a dict view or another sized iterable without a live form: a snapshot. */
    static final class ReversedSnapshot extends ArrayIter {
        ReversedSnapshot(Object[] reversedItems) { super(reversedItems, reversedItems.length); }
        @Override public PyType type() { return Types.REVERSED; }
    }

    /** {@code reversed(list)} and {@code reversed(tuple)}: reads the sequence live, as listreviter does. */
    static final class SeqReversed extends PyIter {
        private Object seq;
        private long i;
        private boolean done;
        SeqReversed(Object seq) { this.seq = seq; this.i = size(seq) - 1; }
        private static int size(Object seq) { return seq instanceof PyList l ? l.size : ((PyTuple) seq).items.length; }
        @Override public PyType type() { return Types.REVERSED; }
        public @Override Object next(PyThread t) {
            if (!done && i >= 0 && i < size(seq)) {
                return seq instanceof PyList l ? l.items[(int) i--] : ((PyTuple) seq).items[(int) i--];
            }
            done = true;
            seq = null; // exhausted: the sequence is no longer held (listreviter_next)
            return null;
        }
        @Override long lengthHint() { return done ? 0 : Math.max(0, Math.min(i + 1, size(seq))); }
        @Override Object reduce(PyThread t) {
            return done ? reduceRest(t, new Object[0], 0, 0) : reduceAt(t, "reversed", seq, i);
        }
        @Override boolean setState(Object state) {
            long v = Ops.toLong(state);
            if (done) {
                return true;
            }
            i = Math.max(-1, Math.min(v, size(seq) - 1));
            return true;
        }
    }

    static final class ListIter extends PyIter {
        private PyList list;
        private int i;
        ListIter(PyList list) { this.list = list; }
        public @Override Object next(PyThread t) {
            PyList l = list;
            if (l == null) {
                return null;
            }
            Object[] a = l.items;
            int idx = i;
            if (idx < l.size && idx < a.length) {
                i++;
                return a[idx];
            }
            i = Integer.MAX_VALUE;
            list = null; // exhausted: the list is no longer held (listiter_next)
            return null;
        }
        @Override long lengthHint() { return i == Integer.MAX_VALUE ? 0 : Math.max(0, list.size - i); }
        @Override Object reduce(PyThread t) {
            return i == Integer.MAX_VALUE ? reduceRest(t, new Object[0], 0, 0) : reduceAt(t, "iter", list, i);
        }
        @Override boolean setState(Object state) {
            if (i != Integer.MAX_VALUE) {
                i = clampIndex(state, list.size);
            }
            return true;
        }
    }

    static final class RangeIter extends PyIter {
        private long cur;
        private final long stop;
        private final long step;
        RangeIter(long start, long stop, long step) { this.cur = start; this.stop = stop; this.step = step; }
        public @Override Object next(PyThread t) {
            long c = cur;
            if (step > 0 ? c < stop : c > stop) {
                cur = c + step;
                return c;
            }
            return null;
        }
        /** {@code (iter, (range(rest),), 0)}: the same items as CPython's {@code (iter, (range,), index)}. */
        @Override Object reduce(PyThread t) { return reduceAt(t, "iter", new PyRange(cur, stop, step), 0); }
        @Override boolean setState(Object state) {
            long n = Math.max(0, Ops.toLong(state));
            cur += Math.min(n, lengthHint()) * step;
            return true;
        }
        /** The items left (rangeiter_len); exact in BigInteger, as stop - cur can pass a long's range. */
        @Override long lengthHint() {
            java.math.BigInteger span = java.math.BigInteger.valueOf(stop).subtract(java.math.BigInteger.valueOf(cur));
            java.math.BigInteger st = java.math.BigInteger.valueOf(step);
            if (span.signum() != st.signum()) {
                return 0;
            }
            // ceil(span / step), both of one sign
            java.math.BigInteger[] qr = span.divideAndRemainder(st);
            java.math.BigInteger n = qr[1].signum() == 0 ? qr[0] : qr[0].add(java.math.BigInteger.ONE);
            return n.bitLength() < 63 ? n.longValue() : Long.MAX_VALUE;
        }
    }

    static final class StrIter extends PyIter {
        private final String s;
        private int i;
        StrIter(String s) { this.s = s; }
        public @Override Object next(PyThread t) {
            if (i >= s.length()) {
                return null;
            }
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            String r = s.substring(i, i + n);
            i += n;
            return r;
        }
        @Override long lengthHint() { return s.codePointCount(i, s.length()); }
        @Override Object reduce(PyThread t) { return reduceAt(t, "iter", s, s.codePointCount(0, i)); }
        @Override boolean setState(Object state) {
            int cps = clampIndex(state, s.codePointCount(0, s.length()));
            i = s.offsetByCodePoints(0, cps);
            return true;
        }
    }

    /** Iterates the keys of a dict and raises RuntimeError if the dict changes size meanwhile. */
    static final class DictIter extends PyIter {
        /** Null once exhausted: the dict is no longer held (dictiter_iternextkey). */
        private PyDict d;
        private java.util.Iterator<?> it;
        private final int mode;
        private final int size;
        private final int mods;
        private int pos;
        DictIter(PyDict d, int mode) {
            this.d = d;
            this.mode = mode;
            this.size = d.size();
            this.mods = d.mods;
            this.it = mode == 0 ? d.map.keySet().iterator() : mode == 1 ? d.map.values().iterator() : d.map.entrySet().iterator();
        }
        public @Override Object next(PyThread t) {
            PyDict d = this.d;
            if (d == null) {
                return null;
            }
            if (d.mods != mods) {
                throw Err.runtime(d.size() != size ? "dictionary changed size during iteration"
                    : "dictionary keys changed during iteration");
            }
            try {
                if (!it.hasNext()) {
                    this.d = null;
                    it = null;
                    return null;
                }
                Object o = it.next();
                pos++;
                if (mode == 2) {
                    java.util.Map.Entry<?, ?> e = (java.util.Map.Entry<?, ?>) o;
                    return PyTuple.of(d.orig(e.getKey()), e.getValue());
                }
                return mode == 0 ? d.orig(o) : o;
            } catch (java.util.ConcurrentModificationException e) {
                throw Err.runtime("dictionary changed size during iteration");
            }
        }
        @Override long lengthHint() { return d != null && d.size() == size ? Math.max(0, size - pos) : 0; }
        @Override Object reduce(PyThread t) {
            PyDict d = this.d;
            if (d == null) {
                return reduceRest(t, new Object[0], 0, 0);
            }
            Object[] all = d.keysArray();
            if (mode != 0) {
                var es = d.entries();
                all = new Object[es.size()];
                for (int j = 0; j < all.length; j++) {
                    all[j] = mode == 1 ? es.get(j).getValue() : PyTuple.of(es.get(j).getKey(), es.get(j).getValue());
                }
            }
            return reduceRest(t, all, pos, all.length);
        }
    }

    /** Adapts an object with {@code __next__} (a user iterator) for the runtime's loops. */
    static final class Generic extends PyIter {
        private final Object obj;
        Generic(Object obj) { this.obj = obj; }
        public @Override Object next(PyThread t) { return Ops.next(t, obj); }
    }

    /** Lazy {@code map}, {@code filter}, {@code zip}, {@code enumerate}, {@code reversed}... as one lambda. */
    public static final class Fn extends PyIter implements Retypable {
        public interface Step { Object next(PyThread t); }
        private PyType type;
        /** A Python subclass's instance dict (zip, map and filter can be subclassed), else null. */
        PyDict attrs;
        private final Step step;
        private boolean done;
        /** What {@code __reduce__} answers (zip, map, filter: the constructor and the live iterators), or null. */
        java.util.function.Function<PyThread, Object> reducer;
        public Fn(PyType type, Step step) { this.type = type; this.step = step; }
        @Override Object reduce(PyThread t) { return reducer == null ? null : reducer.apply(t); }
        @Override public PyType type() { return type; }
        @Override public void retype(PyType cls) {
            type = cls;
            attrs = new PyDict();
        }
        public @Override Object next(PyThread t) {
            if (done) {
                return null;
            }
            Object r = step.next(t);
            if (r == null) {
                done = true;
            }
            return r;
        }
    }
}
