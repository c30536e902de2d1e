package dev.gilspy.interp.modules;

import dev.gilspy.interp.runtime.Compare;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.Hashing;
import dev.gilspy.interp.runtime.NativeObj;
import dev.gilspy.interp.runtime.NativeTypes;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.Types;
import java.util.Arrays;

/**
 * {@code weakref.ref} ({@code _weakref.ReferenceType}): calling it returns the referent or None.
 * Subclassable (weakref.py's {@code KeyedRef} adds a slot); hash and equality follow the referent
 * while it lives, as in CPython. See {@link WeakRefs} for when a referent dies.
 */
class WeakRefObj extends NativeObj {
    static final PyType TYPE = NativeTypes.newType("ReferenceType", "weakref", null, WeakRefObj::construct);

    WeakRefs.Ref ref;
    Object callback;
    private Long hash;

    WeakRefObj(PyType cls) { super(cls); }

    /** Binds this weakref to {@code referent} and records it among the referent's references. */
    final void attach(Object referent, Object cb) {
        ref = new WeakRefs.Ref(referent, this);
        callback = cb == PyNone.NONE ? null : cb;
        WeakRefs.register(this, referent);
    }

    Object get() { return ref == null ? null : ref.get(); }

    private static Object construct(PyThread t, PyType cls, Object[] a, String[] k) {
        WeakRefs.drain(t);
        if (k != null && k.length > 0) {
            if (cls == TYPE) {
                throw Err.type("ref() takes no keyword arguments"); // a subclass's __init__ may take them
            }
            a = Arrays.copyOf(a, a.length - k.length);
        }
        if (a.length < 1 || a.length > 2) {
            throw Err.type((a.length < 1 ? "__new__ expected at least 1 argument, got " : "__new__ expected at most 2 arguments, got ") + a.length);
        }
        Object o = a[0];
        Object cb = a.length > 1 ? a[1] : PyNone.NONE;
        WeakRefs.checkReferenceable(o);
        if (cls == TYPE && cb == PyNone.NONE) {
            for (WeakRefObj w : WeakRefs.refsTo(o)) {
                if (w.type() == TYPE && w.callback == null) {
                    return w;
                }
            }
        }
        WeakRefObj w = new WeakRefObj(cls);
        w.attach(o, cb);
        return w;
    }

    @Override
    public int hashCode() {
        if (this instanceof WeakProxy) {
            throw Err.type("unhashable type: 'weakref." + cls.name + "'");
        }
        if (hash == null) {
            Object o = get();
            if (o == null) {
                throw Err.type("weak object has gone away");
            }
            hash = Hashing.hash(o);
        }
        return Long.hashCode(hash);
    }

    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        if (!(other instanceof WeakRefObj w) || this instanceof WeakProxy || w instanceof WeakProxy) {
            return false;
        }
        Object x = get();
        Object y = w.get();
        return x != null && y != null && Ops.eq(x, y);
    }

    @Override
    public Object compare(Compare op, Object other) {
        if ((op != Compare.EQ && op != Compare.NE) || !(other instanceof WeakRefObj) || other instanceof WeakProxy) {
            return Types.NOT_IMPLEMENTED;
        }
        boolean eq = equals(other);
        return op == Compare.EQ ? eq : !eq;
    }

    static WeakRefObj self(Object o) {
        if (o instanceof WeakRefObj w) {
            return w;
        }
        throw Err.type("descriptor requires a 'weakref.ReferenceType' object but received a '" + Ops.typeName(o) + "'");
    }

    static {
        PyType T = TYPE;
        NativeTypes.staticMethod(T, "__new__", (t, a, k) -> {
            if (a.length == 0 || !(a[0] instanceof PyType cls)) {
                throw Err.type("ReferenceType.__new__(X): X is not a type object");
            }
            return construct(t, cls, Arrays.copyOfRange(a, 1, a.length), k);
        });
        NativeTypes.def(T, "__init__", (t, a, k) -> {
            int n = a.length - 1 - (k == null ? 0 : k.length);
            if (n < 1 || n > 2) { // weakref___init__: the arguments __new__ takes
                throw Err.type((n < 1 ? "__init__ expected at least 1 argument, got " : "__init__ expected at most 2 arguments, got ") + n);
            }
            return PyNone.NONE;
        });
        NativeTypes.def(T, "__call__", (t, a, k) -> {
            if (a.length != 1) {
                throw Err.type("weakref() takes no arguments");
            }
            WeakRefs.drain(t);
            Object o = self(a[0]).get();
            return o == null ? PyNone.NONE : o;
        });
        NativeTypes.getter(T, "__callback__", o -> {
            WeakRefObj w = self(o);
            return w.callback == null || w.get() == null ? PyNone.NONE : w.callback;
        });
        NativeTypes.def(T, "__hash__", (t, a, k) -> (long) self(a[0]).hashCode());
        NativeTypes.def(T, "__eq__", (t, a, k) -> self(a[0]).compare(Compare.EQ, a[1]));
        NativeTypes.def(T, "__ne__", (t, a, k) -> self(a[0]).compare(Compare.NE, a[1]));
        NativeTypes.def(T, "__repr__", (t, a, k) -> {
            WeakRefObj w = self(a[0]);
            Object o = w.get();
            String at = "<weakref at 0x" + Long.toHexString(System.identityHashCode(w));
            if (o == null) {
                return at + "; dead>";
            }
            return at + "; to '" + Ops.typeName(o) + "' at 0x" + Long.toHexString(System.identityHashCode(o)) + ">";
        });
        NativeTypes.classMethod(T, "__class_getitem__", (t, a, k) -> GenericAliases.of(a[0], a[1]));
        NativeTypes.ready(T);
    }
}
