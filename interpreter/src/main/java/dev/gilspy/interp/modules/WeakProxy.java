package dev.gilspy.interp.modules;

import dev.gilspy.interp.runtime.Attr;
import dev.gilspy.interp.runtime.BinOp;
import dev.gilspy.interp.runtime.BuiltinArgs;
import dev.gilspy.interp.runtime.Compare;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.NativeTypes;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.StrRepr;
import dev.gilspy.interp.runtime.Types;
import java.util.Arrays;

/**
 * {@code weakref.proxy}'s objects ({@code ProxyType}, {@code CallableProxyType}): every operation
 * is forwarded to the referent, and raises ReferenceError once it has died. Unhashable, as in CPython.
 */
final class WeakProxy extends WeakRefObj implements Attr.AttrHolder {
    static final PyType PROXY = NativeTypes.newType("ProxyType", "weakref", null, null);
    static final PyType CALLABLE = NativeTypes.newType("CallableProxyType", "weakref", null, null);

    WeakProxy(PyType cls) { super(cls); }

    static Object create(PyThread t, Object[] a, String[] k) {
        WeakRefs.drain(t);
        ItertoolsModule.nargs("proxy", a, k, 1, 2);
        Object o = a[0];
        Object cb = a.length > 1 ? a[1] : PyNone.NONE;
        WeakRefs.checkReferenceable(o);
        PyType type = CollectionsModule.callable(o) ? CALLABLE : PROXY;
        if (cb == PyNone.NONE) {
            for (WeakRefObj w : WeakRefs.refsTo(o)) {
                if (w.type() == type && w.callback == null) {
                    return w;
                }
            }
        }
        WeakProxy p = new WeakProxy(type);
        p.attach(o, cb);
        return p;
    }

    Object referent() {
        Object o = get();
        if (o == null) {
            throw Err.make(Types.get("ReferenceError"), "weakly-referenced object no longer exists");
        }
        return o;
    }

    static Object unwrap(Object o) {
        return o instanceof WeakProxy p ? p.referent() : o;
    }

    @Override public Object getAttr(String name) { return Ops.getattrOrNull(referent(), name); }

    @Override
    public boolean setAttr(String name, Object v) {
        Ops.setattr(referent(), name, v);
        return true;
    }

    @Override
    public boolean delAttr(String name) {
        Attr.delete(referent(), name);
        return true;
    }

    @Override public boolean truthy() { return Ops.truthy(referent()); }

    @Override
    public Object compare(Compare op, Object other) {
        return op.test(referent(), unwrap(other));
    }

    private static WeakProxy p(Object o) { return (WeakProxy) o; }

    private static Object[] tail(Object[] a) { return Arrays.copyOfRange(a, 1, a.length); }

    static {
        for (PyType T : new PyType[] {PROXY, CALLABLE}) {
            NativeTypes.def(T, "__repr__", (t, a, k) -> {
                WeakProxy w = p(a[0]);
                Object o = w.get();
                return "<weakproxy at 0x" + Long.toHexString(System.identityHashCode(w)) + "; "
                    + (o == null ? "dead>" : "to '" + Ops.typeName(o) + "' at 0x" + Long.toHexString(System.identityHashCode(o)) + ">");
            });
            NativeTypes.def(T, "__str__", (t, a, k) -> StrRepr.str(p(a[0]).referent()));
            NativeTypes.def(T, "__len__", (t, a, k) -> Ops.len(p(a[0]).referent()));
            NativeTypes.def(T, "__iter__", (t, a, k) -> Ops.iter(p(a[0]).referent()));
            NativeTypes.def(T, "__next__", (t, a, k) -> {
                Object o = p(a[0]).referent();
                Object next = Ops.typeOf(o).lookup("__next__");
                if (next == null) { // proxy_iternext
                    throw Err.type("Weakref proxy referenced a non-iterator '" + Ops.typeName(o) + "' object");
                }
                return Ops.call(t, next, new Object[] {o}, null);
            });
            NativeTypes.def(T, "__reversed__", (t, a, k) -> Ops.call(t, Types.REVERSED, new Object[] {p(a[0]).referent()}, null));
            NativeTypes.def(T, "__index__", (t, a, k) -> Ops.call(t, Ops.getattr(p(a[0]).referent(), "__index__"), new Object[0], null));
            NativeTypes.def(T, "__int__", (t, a, k) -> Ops.call(t, Types.INT, new Object[] {p(a[0]).referent()}, null));
            NativeTypes.def(T, "__float__", (t, a, k) -> Ops.call(t, Types.FLOAT, new Object[] {p(a[0]).referent()}, null));
            NativeTypes.def(T, "__neg__", (t, a, k) -> Ops.call(t, Ops.getattr(p(a[0]).referent(), "__neg__"), new Object[0], null));
            NativeTypes.def(T, "__pos__", (t, a, k) -> Ops.call(t, Ops.getattr(p(a[0]).referent(), "__pos__"), new Object[0], null));
            NativeTypes.def(T, "__abs__", (t, a, k) -> Ops.call(t, Ops.getattr(p(a[0]).referent(), "__abs__"), new Object[0], null));
            NativeTypes.def(T, "__invert__", (t, a, k) -> Ops.call(t, Ops.getattr(p(a[0]).referent(), "__invert__"), new Object[0], null));
            NativeTypes.def(T, "__delattr__", (t, a, k) -> {
                Attr.delete(p(a[0]).referent(), BuiltinArgs.strOrSub(a[1], "attribute name"));
                return PyNone.NONE;
            });
            NativeTypes.def(T, "__getitem__", (t, a, k) -> Ops.getitem(p(a[0]).referent(), a[1]));
            NativeTypes.def(T, "__setitem__", (t, a, k) -> {
                Ops.setitem(p(a[0]).referent(), a[1], a[2]);
                return PyNone.NONE;
            });
            NativeTypes.def(T, "__delitem__", (t, a, k) -> Ops.call(t, Ops.getattr(p(a[0]).referent(), "__delitem__"), new Object[] {a[1]}, null));
            NativeTypes.def(T, "__contains__", (t, a, k) -> Ops.contains(p(a[0]).referent(), a[1]));
            NativeTypes.def(T, "__bool__", (t, a, k) -> Ops.truthy(p(a[0]).referent()));
            NativeTypes.def(T, "__bytes__", (t, a, k) -> Ops.call(t, Types.BYTES, new Object[] {p(a[0]).referent()}, null));
            for (BinOp op : BinOp.values()) {
                String name = opName(op);
                NativeTypes.def(T, "__" + name + "__", (t, a, k) -> op.apply(unwrap(a[0]), unwrap(a[1])));
                NativeTypes.def(T, "__r" + name + "__", (t, a, k) -> op.apply(unwrap(a[1]), unwrap(a[0])));
                NativeTypes.def(T, "__i" + name + "__", (t, a, k) -> op.applyInPlace(unwrap(a[0]), unwrap(a[1])));
            }
            NativeTypes.put(T, "__hash__", PyNone.NONE);
        }
        NativeTypes.def(CALLABLE, "__call__", (t, a, k) -> Ops.call(t, p(a[0]).referent(), tail(a), k));
        NativeTypes.ready(PROXY);
        NativeTypes.ready(CALLABLE);
    }

    private static String opName(BinOp op) {
        return switch (op) {
            case ADD -> "add";
            case SUB -> "sub";
            case MUL -> "mul";
            case TRUEDIV -> "truediv";
            case FLOORDIV -> "floordiv";
            case MOD -> "mod";
            case POW -> "pow";
            case LSHIFT -> "lshift";
            case RSHIFT -> "rshift";
            case AND -> "and";
            case OR -> "or";
            case XOR -> "xor";
            case MATMUL -> "matmul";
        };
    }
}
