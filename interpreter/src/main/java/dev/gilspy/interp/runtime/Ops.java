package dev.gilspy.interp.runtime;

import java.math.BigInteger;
import java.util.ArrayList;

/**
 * Python's abstract object protocol: arithmetic, comparison, truth, str/repr, attributes, items,
 * iteration and calls ({@code hash()} and dict keys are in {@link Hashing}). Fast paths for Long (small ints), Double and String come first; instances
 * dispatch to their dunder methods.
 */
public final class Ops {
    private Ops() {}

    static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    // ---------------------------------------------------------------- types and conversions

    public static PyType typeOf(Object o) {
        if (o instanceof PyObj p) {
            return p.type();
        }
        if (o instanceof Long || o instanceof BigInteger) {
            return Types.INT;
        }
        if (o instanceof String) {
            return Types.STR;
        }
        if (o instanceof Double) {
            return Types.FLOAT;
        }
        if (o instanceof Boolean) {
            return Types.BOOL;
        }
        throw new IllegalStateException("not a Python value: " + (o == null ? "null" : o.getClass()));
    }

    public static String typeName(Object o) { return typeOf(o).name; }

    /** True for instances of classes defined in Python (including subclasses of dict/list). */
    static boolean isUser(Object o) {
        return o instanceof PyObj p && !p.type().builtin;
    }

    public static Object normalize(BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    public static boolean isInt(Object o) { return o instanceof Long || o instanceof BigInteger || o instanceof Boolean; }

    public static BigInteger big(Object o) {
        if (o instanceof PyValueSub v) {
            return big(v.value);
        }
        if (o instanceof Long l) {
            return BigInteger.valueOf(l);
        }
        if (o instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        }
        return (BigInteger) o;
    }

    public static long toLong(Object o) {
        if (o instanceof Long l) {
            return l;
        }
        if (o instanceof PyValueSub v) {
            return toLong(v.value);
        }
        if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (o instanceof BigInteger) {
            throw Err.overflow("Python int too large to convert to C long");
        }
        if (o instanceof PyInstance || o instanceof NativeObj) {
            Object m = typeOf(o).lookup("__index__");
            if (m != null) {
                return toLong(call(PyThread.current(), m, new Object[] {o}, null));
            }
        }
        throw Err.type("'" + typeName(o) + "' object cannot be interpreted as an integer");
    }

    /**
     * An index-sized int (CPython's Py_ssize_t) saturated to Java's int range, for indexes and counts
     * where any value past the int range means "beyond every sequence" (list.pop, maxsplit).
     */
    public static int ssizeSaturated(Object o) {
        if (o instanceof BigInteger) {
            throw Err.overflow("Python int too large to convert to C ssize_t");
        }
        long v = toLong(o);
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v));
    }

    /** A C int argument (CPython's {@code _PyLong_AsInt}): OverflowError past 32 bits. */
    public static int toCInt(Object o) {
        long v = o instanceof BigInteger ? Long.MAX_VALUE : toLong(o);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw Err.overflow("Python int too large to convert to C int");
        }
        return (int) v;
    }

    /** A size as a Java array length: CPython's MemoryError when no array can be that large. */
    public static int arraySize(long n) {
        return Seq.checkedSize(n);
    }

    /**
     * A slice index, CPython's {@code _PyEval_SliceIndex}: an int beyond 64 bits is clamped (to
     * {@code ±Long.MAX_VALUE}, so negating a step cannot overflow), never an OverflowError.
     */
    static long toIndex(Object o) {
        if (o instanceof Long l) {
            return Math.max(l, -Long.MAX_VALUE);
        }
        if (o instanceof BigInteger b) {
            return b.signum() < 0 ? -Long.MAX_VALUE : Long.MAX_VALUE;
        }
        if (o instanceof PyInstance && typeOf(o).lookup("__index__") != null) {
            return toIndex(call(PyThread.current(), typeOf(o).lookup("__index__"), new Object[] {o}, null));
        }
        if (o instanceof Boolean || o instanceof PyInstance) {
            return toLong(o);
        }
        throw Err.type("slice indices must be integers or None or have an __index__ method");
    }

    public static double toDouble(Object o) {
        if (o instanceof Double d) {
            return d;
        }
        if (o instanceof PyValueSub v) {
            return toDouble(v.value);
        }
        if (o instanceof Long l) {
            return l;
        }
        if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (o instanceof BigInteger b) {
            double d = b.doubleValue();
            if (Double.isInfinite(d)) {
                throw Err.overflow("int too large to convert to float");
            }
            return d;
        }
        if (o instanceof PyInstance) {
            Object m = typeOf(o).lookup("__float__");
            if (m != null) {
                return toDouble(call(PyThread.current(), m, new Object[] {o}, null));
            }
        }
        throw Err.type("must be real number, not " + typeName(o));
    }

    // ---------------------------------------------------------------- truth, str, repr

    public static boolean truthy(Object o) {
        if (o instanceof Boolean b) {
            return b;
        }
        if (o instanceof Long l) {
            return l != 0;
        }
        if (o == PyNone.NONE) {
            return false;
        }
        if (o instanceof String s) {
            return !s.isEmpty();
        }
        if (o instanceof PyList l) {
            return l.size != 0;
        }
        if (o instanceof Double d) {
            return d != 0.0;
        }
        if (o instanceof PyDict d) {
            return d.size() != 0;
        }
        if (o instanceof PyTuple t) {
            return t.items.length != 0;
        }
        if (o instanceof PySet s) {
            return s.size() != 0;
        }
        if (o instanceof BigInteger) {
            return true;
        }
        if (o instanceof NativeObj n) {
            return nativeTruthy(n);
        }
        if (o instanceof PyComplex c) {
            return c.re != 0.0 || c.im != 0.0;
        }
        if (o instanceof PyValueSub v) {
            // the first __bool__ in the MRO decides; a built-in one (int's nb_bool) reads the value, even
            // when a later base defines __len__ in Python (IntFlag: int before Flag)
            Object m = typeOf(o).lookup("__bool__");
            if (m != null && !(m instanceof PyFunction) || m == null && !(typeOf(o).lookup("__len__") instanceof PyFunction)) {
                return truthy(v.value);
            }
        }
        if (o instanceof PyInstance || o instanceof PyType pt && pt.metatype != null) {
            PyType t = typeOf(o);
            if (!t.hasTruth) {
                return true;
            }
            Object m = t.lookup("__bool__");
            if (m != null) {
                Object r = call(PyThread.current(), m, new Object[] {o}, null);
                if (!(r instanceof Boolean b)) {
                    throw Err.type("__bool__ should return bool, returned " + typeName(r));
                }
                return b;
            }
            m = t.lookup("__len__");
            if (m != null) {
                long n = toLong(call(PyThread.current(), m, new Object[] {o}, null));
                if (n < 0) {
                    throw Err.value("__len__() should return >= 0");
                }
                return n != 0;
            }
            return true;
        }
        if (o instanceof PyBytes b) {
            return b.data().length != 0;
        }
        if (o instanceof PyRange r) {
            return r.length() != 0;
        }
        if (o instanceof PyLongRange lr) {
            return lr.length().signum() != 0;
        }
        return true;
    }

    /** A native object's {@code nb_bool}, unless a Python subclass defines {@code __bool__} or {@code __len__}. */
    private static boolean nativeTruthy(NativeObj n) {
        PyType t = n.type();
        Object m = t.lookup("__bool__");
        if (m instanceof PyFunction) {
            Object r = call(PyThread.current(), m, new Object[] {n}, null);
            if (!(r instanceof Boolean b)) {
                throw Err.type("__bool__ should return bool, returned " + typeName(r));
            }
            return b;
        }
        m = t.lookup("__len__");
        if (m instanceof PyFunction) {
            return toLong(call(PyThread.current(), m, new Object[] {n}, null)) != 0;
        }
        return n.truthy();
    }

    // ---------------------------------------------------------------- arithmetic

    public static Object add(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long r = x + y;
            if (((x ^ r) & (y ^ r)) < 0) {
                return BigInteger.valueOf(x).add(BigInteger.valueOf(y));
            }
            return r;
        }
        if (a instanceof String x && b instanceof String y) {
            return x.concat(y);
        }
        if (a instanceof Double x && b instanceof Double y) {
            return x + y;
        }
        return BinOp.ADD.apply(a, b);
    }

    public static Object sub(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long r = x - y;
            if (((x ^ y) & (x ^ r)) < 0) {
                return BigInteger.valueOf(x).subtract(BigInteger.valueOf(y));
            }
            return r;
        }
        if (a instanceof Double x && b instanceof Double y) {
            return x - y;
        }
        return BinOp.SUB.apply(a, b);
    }

    public static Object mul(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long hi = Math.multiplyHigh(x, y);
            long lo = x * y;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                return lo;
            }
            return BigInteger.valueOf(x).multiply(BigInteger.valueOf(y));
        }
        if (a instanceof Double x && b instanceof Double y) {
            return x * y;
        }
        return BinOp.MUL.apply(a, b);
    }

    public static boolean lt(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return x < y;
        }
        return Compare.LT.test(a, b);
    }

    public static boolean eq(Object a, Object b) {
        if (a == b) {
            return !(a instanceof Double d) || !d.isNaN();
        }
        if (a instanceof Long x && b instanceof Long y) {
            return x.longValue() == y.longValue();
        }
        if (a instanceof String x && b instanceof String y) {
            return x.equals(y);
        }
        return Compare.EQ.test(a, b);
    }

    // ---------------------------------------------------------------- attributes

    public static Object getattr(Object o, String name) {
        Object v = getattrOrNull(o, name);
        if (v == null) {
            throw attrError(o, name);
        }
        return v;
    }

    public static PyException attrError(Object o, String name) {
        PyException e = o instanceof PyModule m ? Err.attr("module '" + m.name + "' has no attribute '" + name + "'")
            : o instanceof PyType t ? Err.attr("type object '" + t.name + "' has no attribute '" + name + "'")
            : Err.attr("'" + typeName(o) + "' object has no attribute '" + name + "'");
        e.exc.putDictAttr("name", name); // AttributeError.name and .obj (3.10), which the suggestions read
        e.exc.putDictAttr("obj", o);
        return e;
    }

    /**
     * CPython's _PyObject_LookupAttr: the attribute, or null when reading it raises AttributeError (an unset
     * {@code __slots__} member, a property or {@code __getattr__} that raises it). {@link #getattrOrNull} lets those through.
     */
    public static Object lookupAttr(Object o, String name) {
        try {
            return getattrOrNull(o, name);
        } catch (PyException e) {
            if (Err.matches(e, Types.AttributeError)) {
                return null;
            }
            throw e;
        }
    }

    /** Attribute lookup without raising AttributeError for a missing name (returns null). */
    public static Object getattrOrNull(Object o, String name) {
        if (o instanceof PyModule) {
            try {
                return Attr.get(o, name);
            } catch (PyException e) {
                if (Err.matches(e, Types.AttributeError)) {
                    return null; // the module's __getattr__ (PEP 562) does not know the name
                }
                throw e;
            }
        }
        return Attr.get(o, name);
    }

    public static void setattr(Object o, String name, Object v) {
        Attr.set(o, name, v);
    }

    // ---------------------------------------------------------------- items

    /** Whether {@code o}'s type is {@code exact}, or a subclass that does not define {@code __getitem__} in Python. */
    static boolean builtinGetitem(PyObj o, PyType exact) {
        PyType t = o.type();
        return t == exact || !(t.lookup("__getitem__") instanceof PyFunction);
    }

    /**
     * {@code o[k]}. Kept small (C1 compiles it whole, C2 inlines it only under 325 bytes): int
     * indices of list, tuple and BMP str, and dict keys; slices, bytes and the rest in {@link Seq}.
     */
    public static Object getitem(Object o, Object k) {
        if (k instanceof Long i) {
            long idx = i;
            if (o instanceof PyList l && builtinGetitem(l, Types.LIST)) {
                if (idx < 0) {
                    idx += l.size;
                }
                return l.get((int) Math.max(Math.min(idx, Integer.MAX_VALUE), -1));
            }
            if (o instanceof PyTuple t && builtinGetitem(t, Types.TUPLE)) {
                if (idx < 0) {
                    idx += t.items.length;
                }
                if (idx < 0 || idx >= t.items.length) {
                    throw Err.index("tuple index out of range");
                }
                return t.items[(int) idx];
            }
            if (o instanceof String s && CodePoints.bmp(s)) {
                if (idx < 0) {
                    idx += s.length();
                }
                if (idx < 0 || idx >= s.length()) {
                    throw Err.index("string index out of range");
                }
                return String.valueOf(s.charAt((int) idx));
            }
        }
        if (o instanceof PyDict d && builtinGetitem(d, Types.DICT)) {
            Object v = d.get(k);
            return v != null ? v : Seq.missing(d, k);
        }
        return Seq.getitemOther(o, k);
    }

    public static void setitem(Object o, Object k, Object v) {
        if (o instanceof PyDict d && d.type() == Types.DICT) {
            d.put(k, v);
            return;
        }
        if (o instanceof PyList l && k instanceof Long i) {
            long idx = i;
            if (idx < 0) {
                idx += l.size;
            }
            if (idx < 0 || idx >= l.size) {
                throw Err.index("list assignment index out of range");
            }
            l.set((int) idx, v);
            return;
        }
        Seq.setitemSlow(o, k, v);
    }

    // ---------------------------------------------------------------- iteration

    /** {@code iter(o)}: lists, ranges, iterators, tuples, dicts and str here; the other kinds in {@link Iterables}. */
    public static Object iter(Object o) {
        if (o instanceof PyList l && !SpecialMethods.overridden(l, "__iter__")) {
            return new PyIter.ListIter(l);
        }
        if (o instanceof PyRange r) {
            return new PyIter.RangeIter(r.start, r.stop, r.step);
        }
        if (o instanceof PyIter && !(o instanceof PyGenerator g && g.kind != PyGenerator.Kind.GENERATOR)) {
            return o;
        }
        if (o instanceof PyTuple t && !SpecialMethods.overridden(t, "__iter__")) {
            return new PyIter.ArrayIter(t.items, t.items.length, t);
        }
        if (o instanceof PyDict d && d.type() == Types.DICT) {
            return new PyIter.DictIter(d, 0);
        }
        if (o instanceof String s) {
            return new PyIter.StrIter(s);
        }
        return Iterables.iterOther(o);
    }

    /** Next item, or null when exhausted. */
    public static Object next(PyThread t, Object it) {
        if (it instanceof PyIter pi) {
            return pi.next(t);
        }
        Object m = typeOf(it).lookup("__next__");
        if (m == null) {
            throw Err.type("'" + typeName(it) + "' object is not an iterator");
        }
        try {
            return call(t, m, new Object[] {it}, null);
        } catch (PyException e) {
            if (e.exc.type() == Types.StopIteration || Err.matches(e, Types.StopIteration)) {
                return null;
            }
            throw e;
        }
    }

    /** Materialises any iterable as an array. */
    public static Object[] toArray(Object o) {
        if (o instanceof PyList l && !SpecialMethods.overridden(l, "__iter__")) {
            return l.toArray();
        }
        if (o instanceof PyTuple t && !SpecialMethods.overridden(t, "__iter__")) {
            return t.items;
        }
        PyThread t = PyThread.current();
        Object it = iter(o);
        ArrayList<Object> out = new ArrayList<>();
        Object v;
        while ((v = next(t, it)) != null) {
            out.add(v);
        }
        return out.toArray();
    }

    public static long len(Object o) {
        if (o instanceof PyValueSub v) {
            o = v.value;
        }
        if (o instanceof String s) {
            return CodePoints.length(s);
        }
        if (o instanceof PyList l && !SpecialMethods.overridden(l, "__len__")) {
            return l.size;
        }
        if (o instanceof PyTuple t && !SpecialMethods.overridden(t, "__len__")) {
            return t.items.length;
        }
        if (o instanceof PyDict d && !SpecialMethods.overridden(d, "__len__")) {
            return d.size();
        }
        if (o instanceof PySet s && !SpecialMethods.overridden(s, "__len__")) {
            return s.size();
        }
        if (o instanceof PyRange r) {
            return r.length();
        }
        if (o instanceof PyBytes b) {
            return b.data().length;
        }
        Object m = typeOf(o).lookup("__len__");
        if (m == null) {
            throw Err.type("object of type '" + typeName(o) + "' has no len()");
        }
        Object r = SpecialMethods.call(PyThread.current(), m, new Object[] {o});
        long n = toLong(r);
        if (n < 0) {
            throw Err.value("__len__() should return >= 0");
        }
        return n;
    }

    /** {@code item in container}: dicts, sets, str, lists, tuples and int ranges here; the rest in {@link Iterables}. */
    public static boolean contains(Object container, Object item) {
        if (container instanceof PyDict d && !SpecialMethods.overridden(d, "__contains__")) {
            return d.containsKey(item);
        }
        if (container instanceof PySet s && !SpecialMethods.overridden(s, "__contains__")) {
            return s.contains(item);
        }
        if (container instanceof String s && item instanceof String x) {
            return s.contains(x);
        }
        if (container instanceof PyList l && !SpecialMethods.overridden(l, "__contains__")) {
            Object[] a = l.items;
            int n = Math.min(l.size, a.length);
            for (int i = 0; i < n; i++) {
                if (a[i] == item || eq(a[i], item)) { // identity first, as PyObject_RichCompareBool: nan in [nan]
                    return true;
                }
            }
            return false;
        }
        if (container instanceof PyTuple t && !SpecialMethods.overridden(t, "__contains__")) {
            for (Object x : t.items) {
                if (x == item || eq(x, item)) {
                    return true;
                }
            }
            return false;
        }
        if (container instanceof PyRange r && item instanceof Long v) {
            long x = v;
            if (r.step > 0 ? (x < r.start || x >= r.stop) : (x > r.start || x <= r.stop)) {
                return false;
            }
            return (x - r.start) % r.step == 0;
        }
        return Iterables.containsOther(container, item);
    }

    // ---------------------------------------------------------------- calls

    public static Object call(PyThread t, Object fn, Object[] args, String[] kwnames) {
        if (fn instanceof PyFunction f) {
            return f.call(t, args, kwnames);
        }
        if (fn instanceof PyBuiltin b) {
            return b.invoke(t, args, kwnames);
        }
        if (fn instanceof PyBoundMethod m) {
            return m.call(t, args, kwnames);
        }
        if (fn instanceof PyType type) {
            if (type.metatype != null && type.metatype.lookup("__call__") instanceof PyFunction mc) {
                Object[] a = new Object[args.length + 1];
                a[0] = type;
                System.arraycopy(args, 0, a, 1, args.length);
                return mc.call(t, a, kwnames);
            }
            if (type.metatype != null && type.metatype.lookup("__call__") instanceof PyType callType) {
                return call(t, callType, args, kwnames); // a class is not bound: typing's TypedDict has __call__ = dict
            }
            return Instantiate.call(t, type, args, kwnames);
        }
        if (fn instanceof PyDescriptors.StaticMethod sm) {
            return call(t, sm.func, args, kwnames);
        }
        Object m = typeOf(fn).lookup("__call__");
        if (m != null) {
            Object[] a = new Object[args.length + 1];
            a[0] = fn;
            System.arraycopy(args, 0, a, 1, args.length);
            if (m instanceof PyFunction || m instanceof PyBuiltin) {
                return call(t, m, a, kwnames);
            }
            // slot_tp_call's Py_EnterRecursiveCall: a __call__ that is itself an instance (A.__call__ = A())
            // calls on without a Python frame, so it counts here
            if (++t.depth > t.interp.recursionLimit) {
                t.depth--;
                throw Err.make(Types.RecursionError, "maximum recursion depth exceeded while calling a Python object");
            }
            try {
                return call(t, m, a, kwnames);
            } finally {
                t.depth--;
            }
        }
        throw Err.type("'" + typeName(fn) + "' object is not callable");
    }

    public static Object call(Object fn, Object... args) {
        return call(PyThread.current(), fn, args, null);
    }

    public static boolean isinstance(Object o, PyType t) {
        if (t == Types.OBJECT) {
            return true;
        }
        return typeOf(o).isSubtypeOf(t);
    }

    /** Calls the dunder {@code name} on {@code o} if its type defines it; null otherwise. */
    static Object callDunder(Object o, String name, Object... rest) {
        Object m = typeOf(o).lookup(name);
        if (m == null) {
            return null;
        }
        Object[] a = new Object[rest.length + 1];
        a[0] = o;
        System.arraycopy(rest, 0, a, 1, rest.length);
        return call(PyThread.current(), m, a, null);
    }

    static double toDoubleLenient(Object o) {
        if (o instanceof BigInteger b) {
            return b.doubleValue();
        }
        return toDouble(o);
    }

    public static Object abs(Object v) {
        if (v instanceof Long l) {
            return l == Long.MIN_VALUE ? (Object) BigInteger.valueOf(l).negate() : (Object) Math.abs(l);
        }
        if (v instanceof Double d) {
            return Math.abs(d);
        }
        if (v instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (v instanceof BigInteger b) {
            return Ops.normalize(b.abs());
        }
        Object m = Ops.typeOf(v).lookup("__abs__");
        if (m == null) {
            throw Err.type("bad operand type for abs(): '" + Ops.typeName(v) + "'");
        }
        return Ops.call(PyThread.current(), m, new Object[] {v}, null);
    }

    /** {@code math.frexp}: mantissa in [0.5, 1) and exponent, subnormals included. */
    public static PyTuple frexp(double x) {
        if (x == 0 || !Double.isFinite(x)) {
            return PyTuple.of(x, 0L);
        }
        int bias = 0;
        if (Math.getExponent(x) < Double.MIN_EXPONENT) {
            x *= 0x1p54;
            bias = 54;
        }
        int e = Math.getExponent(x) + 1;
        return PyTuple.of(Math.scalb(x, -e), (long) (e - bias));
    }
}
