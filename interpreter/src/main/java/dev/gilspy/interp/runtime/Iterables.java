package dev.gilspy.interp.runtime;

import java.math.BigInteger;

/**
 * {@code iter(o)} and {@code item in o} for the kinds {@link Ops#iter} and {@link Ops#contains} leave
 * out of their fast paths: big ranges, sets, bytes, subclasses of int/str/float values, coroutines,
 * and classes with {@code __iter__}, {@code __getitem__} or {@code __contains__}. Apart so that the
 * common calls stay small methods: C1 compiles a method whole, with everything it inlines.
 */
final class Iterables {
    private Iterables() {}

    static Object iterOther(Object o) {
        if (o instanceof PyLongRange lr) {
            return lr.iterator();
        }
        if (o instanceof PyGenerator) { // not a plain generator (Ops.iter returns those): a coroutine is awaited, not iterated
            throw Err.type("'" + Ops.typeName(o) + "' object is not iterable");
        }
        if (o instanceof PySet s && !SpecialMethods.overridden(s, "__iter__")) {
            return new PyIter.SetIter(s);
        }
        if (o instanceof PyValueSub v && !(Ops.typeOf(o).lookup("__iter__") instanceof PyFunction)) {
            return Ops.iter(v.value);
        }
        if (o instanceof PyBytes b && b.mutable) {
            return new PyIter.ByteArrayIter(b);
        }
        if (o instanceof PyBytes b) {
            Object[] a = new Object[b.data().length];
            for (int i = 0; i < a.length; i++) {
                a[i] = (long) (b.data()[i] & 0xff);
            }
            return new PyIter.ArrayIter(a, a.length, b.mutable ? null : b);
        }
        PyType t = Ops.typeOf(o);
        Object m = t.lookup("__iter__");
        if (m != null && m != PyNone.NONE) {
            Object it = SpecialMethods.call(PyThread.current(), m, new Object[] {o});
            if (!(it instanceof PyIter) && Ops.typeOf(it).lookup("__next__") == null) {
                throw Err.type("iter() returned non-iterator of type '" + Ops.typeName(it) + "'");
            }
            return it;
        }
        if (m == null && t.lookup("__getitem__") != null) { // __iter__ = None: not iterable (typing's _NotIterable)
            final Object seq = o;
            long[] idx = {0};
            return new PyIter.Fn(Types.ITERATOR, th -> {
                try {
                    return Ops.getitem(seq, idx[0]++);
                } catch (PyException e) {
                    if (Err.matches(e, Types.IndexError) || Err.matches(e, Types.StopIteration)) {
                        return null;
                    }
                    throw e;
                }
            });
        }
        if (o instanceof PyDict d) {
            return new PyIter.DictIter(d, 0);
        }
        throw Err.type("'" + t.name + "' object is not iterable");
    }

    static boolean containsOther(Object container, Object item) {
        if (container instanceof String) { // Ops.contains answers str in str
            throw Err.type("'in <string>' requires string as left operand, not " + Ops.typeName(item));
        }
        if (container instanceof PyLongRange lr) {
            return lr.contains(item);
        }
        if (container instanceof PyBytes b) {
            return Seq.bytesContains(b, item);
        }
        if (container instanceof PyValueSub v && !(Ops.typeOf(container).lookup("__contains__") instanceof PyFunction)) {
            return Ops.typeOf(v.value).lookup("__contains__") != null ? Ops.contains(v.value, item) : search(container, item); // 1 in I(3): the subclass's name
        }
        if (container instanceof PyRange) { // as range_contains: ints by arithmetic (Ops.contains), the rest by iteration
            if (item instanceof Boolean b) {
                return Ops.contains(container, b ? 1L : 0L);
            }
            return !(item instanceof BigInteger) && search(container, item); // range's __contains__ would come back here
        }
        Object m = Ops.typeOf(container).lookup("__contains__");
        if (m != null) {
            return Ops.truthy(SpecialMethods.call(PyThread.current(), m, new Object[] {container, item}));
        }
        return search(container, item);
    }

    /** CPython's _PySequence_IterSearch: {@code item in container} by iterating it. */
    private static boolean search(Object container, Object item) {
        PyThread t = PyThread.current();
        Object it;
        try {
            it = Ops.iter(container);
        } catch (PyException e) {
            if (Err.matches(e, Types.TypeError)) {
                throw Err.type("argument of type '" + Ops.typeName(container) + "' is not iterable");
            }
            throw e;
        }
        Object v;
        while ((v = Ops.next(t, it)) != null) {
            if (Ops.eq(v, item)) {
                return true;
            }
        }
        return false;
    }
}
