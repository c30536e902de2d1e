package dev.gilspy.interp.runtime;

/**
 * A built-in iterator. {@link #next} returns null when exhausted, so {@code for} loops never pay
 * for a StopIteration exception.
 */
public abstract class PyIter extends PyObj {
    public abstract Object next(PyThread t);

    @Override public PyType type() { return Types.ITERATOR; }

    static final class ArrayIter extends PyIter {
        private final Object[] items;
        private final int n;
        private int i;
        ArrayIter(Object[] items, int n) { this.items = items; this.n = n; }
        public @Override Object next(PyThread t) { return i < n ? items[i++] : null; }
    }

    static final class ListIter extends PyIter {
        private final PyList list;
        private int i;
        ListIter(PyList list) { this.list = list; }
        public @Override Object next(PyThread t) {
            Object[] a = list.items;
            int idx = i;
            if (idx < list.size && idx < a.length) {
                i++;
                return a[idx];
            }
            i = Integer.MAX_VALUE;
            return null;
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
    }

    /** Iterates the keys of a dict and raises RuntimeError if the dict changes size meanwhile. */
    static final class DictIter extends PyIter {
        private final PyDict d;
        private final java.util.Iterator<?> it;
        private final int mode;
        private final int size;
        DictIter(PyDict d, int mode) {
            this.d = d;
            this.mode = mode;
            this.size = d.size();
            this.it = mode == 0 ? d.map.keySet().iterator() : mode == 1 ? d.map.values().iterator() : d.map.entrySet().iterator();
        }
        public @Override Object next(PyThread t) {
            if (d.size() != size) {
                throw Err.runtime("dictionary changed size during iteration");
            }
            try {
                if (!it.hasNext()) {
                    return null;
                }
                Object o = it.next();
                if (mode == 2) {
                    java.util.Map.Entry<?, ?> e = (java.util.Map.Entry<?, ?>) o;
                    return PyTuple.of(d.orig(e.getKey()), e.getValue());
                }
                return mode == 0 ? d.orig(o) : o;
            } catch (java.util.ConcurrentModificationException e) {
                throw Err.runtime("dictionary changed size during iteration");
            }
        }
    }

    /** Adapts an object with {@code __next__} (a user iterator) for the runtime's loops. */
    static final class Generic extends PyIter {
        private final Object obj;
        Generic(Object obj) { this.obj = obj; }
        public @Override Object next(PyThread t) { return Ops.next(t, obj); }
    }

    /** Lazy {@code map}, {@code filter}, {@code zip}, {@code enumerate}, {@code reversed}... as one lambda. */
    public static final class Fn extends PyIter {
        public interface Step { Object next(PyThread t); }
        private final PyType type;
        private final Step step;
        private boolean done;
        public Fn(PyType type, Step step) { this.type = type; this.step = step; }
        @Override public PyType type() { return type; }
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
