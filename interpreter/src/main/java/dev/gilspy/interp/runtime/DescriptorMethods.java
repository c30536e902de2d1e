package dev.gilspy.interp.runtime;

import static dev.gilspy.interp.runtime.Methods.def;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

/** {@code property}, {@code staticmethod}, {@code classmethod} and {@code super} ({@link PyDescriptors}). */
final class DescriptorMethods {
    private DescriptorMethods() {}

    static void install() {
        descriptors();
        // types.MethodType(func, obj), which weakref.WeakMethod calls
        Types.METHOD.ctor = (t, cls, a, k) -> {
            if (a.length != 2) {
                throw Err.type("method expected 2 arguments, got " + a.length);
            }
            return new PyBoundMethod(a[1], a[0]);
        };
    }

    static void descriptors() {
        Types.PROPERTY.ctor = (t, cls, a, k) -> PyDescriptors.Property.make(BuiltinArgs.get(a, k, 0, "fget", PyNone.NONE),
            BuiltinArgs.get(a, k, 1, "fset", null), BuiltinArgs.get(a, k, 2, "fdel", null), BuiltinArgs.get(a, k, 3, "doc", null));
        // property's members, as getsets on the type so that dir(property) lists them
        Types.PROPERTY.defineGetter("fget", o -> orNone(((PyDescriptors.Property) o).fget));
        Types.PROPERTY.defineGetter("fset", o -> orNone(((PyDescriptors.Property) o).fset));
        Types.PROPERTY.defineGetter("fdel", o -> orNone(((PyDescriptors.Property) o).fdel));
        // __doc__ is a writable member (property's T_OBJECT "__doc__"): help() and functools set it
        Types.PROPERTY.define("__doc__", new PyDescriptors.Property(
            new PyBuiltin("__doc__", (t, a, k) -> orNone(((PyDescriptors.Property) a[0]).doc)),
            new PyBuiltin("__doc__", (t, a, k) -> {
                PyDescriptors.Property p = (PyDescriptors.Property) a[0];
                p.doc = a[1];
                p.getterDoc = false;
                return PyNone.NONE;
            }), null));
        def(Types.PROPERTY, "__set__", (t, a, k) -> {
            PyDescriptors.Property p = (PyDescriptors.Property) a[0];
            if (p.fset == null || p.fset == PyNone.NONE) {
                throw p.missing("setter", a[1]);
            }
            return Ops.call(t, p.fset, new Object[] {a[1], a[2]}, null);
        });
        def(Types.PROPERTY, "__delete__", (t, a, k) -> {
            PyDescriptors.Property p = (PyDescriptors.Property) a[0];
            if (p.fdel == null || p.fdel == PyNone.NONE) {
                throw p.missing("deleter", a[1]);
            }
            return Ops.call(t, p.fdel, new Object[] {a[1]}, null);
        });
        Types.STATICMETHOD.ctor = (t, cls, a, k) -> new PyDescriptors.StaticMethod(oneArg("staticmethod", a, k));
        Types.CLASSMETHOD.ctor = (t, cls, a, k) -> new PyDescriptors.ClassMethod(oneArg("classmethod", a, k));
        def(Types.PROPERTY, "__get__", (t, a, k) -> {
            PyDescriptors.Property p = (PyDescriptors.Property) a[0];
            if (a[1] == PyNone.NONE) {
                return p;
            }
            if (p.fget == null || p.fget == PyNone.NONE) {
                throw p.missing("getter", a[1]);
            }
            return Ops.call(t, p.fget, new Object[] {a[1]}, null);
        });
        def(Types.PROPERTY, "__set_name__", (t, a, k) -> {
            if (a.length != 3) {
                throw Err.type("__set_name__() takes 2 positional arguments but " + (a.length - 1) + " were given");
            }
            ((PyDescriptors.Property) a[0]).name = a[2];
            return PyNone.NONE;
        });
        Types.SUPER.ctor = (t, cls, a, k) -> {
            if (k != null && k.length > 0) {
                throw Err.type("super() takes no keyword arguments");
            }
            Object su = makeSuper(t, a);
            if (cls != Types.SUPER && su instanceof PyDescriptors.Super s) {
                s.cls = cls; // class mysuper(super): its instances are mysuper's
            }
            return su;
        };
        def(Types.SUPER, "__get__", (t, a, k) -> {
            PyDescriptors.Super su = (PyDescriptors.Super) a[0];
            return a.length < 2 || a[1] == PyNone.NONE || su.self != null ? su : su.bindTo(a[1]);
        });
        // the descriptor protocol spelled out, for code that asks hasattr(x, '__get__') (enum's _is_descriptor)
        def(Types.FUNCTION, "__get__", (t, a, k) -> a.length < 2 || a[1] == PyNone.NONE ? a[0] : new PyBoundMethod(a[1], a[0]));
        for (PyType callable : new PyType[] {Types.FUNCTION, Types.METHOD}) {
            def(callable, "__call__", (t, a, k) -> Ops.call(t, a[0], Arrays.copyOfRange(a, 1, a.length), k));
        }
        def(Types.CLASSMETHOD, "__get__", (t, a, k) -> new PyBoundMethod(
            a.length > 2 && a[2] != PyNone.NONE ? a[2] : Ops.typeOf(a[1]), ((PyDescriptors.ClassMethod) a[0]).func));
        def(Types.STATICMETHOD, "__get__", (t, a, k) -> ((PyDescriptors.StaticMethod) a[0]).func);
    }

    /** {@code super()} and {@code super(cls, obj)}. Zero-argument form reads the caller's frame. */
    static Object makeSuper(PyThread t, Object[] a) {
        if (a.length >= 1 && !(a[0] instanceof PyType)) {
            throw Err.type("super() argument 1 must be a type, not " + Ops.typeName(a[0]));
        }
        if (a.length >= 2 && a[1] != PyNone.NONE) {
            return boundSuper((PyType) a[0], a[1]);
        }
        if (a.length >= 1) {
            return new PyDescriptors.Super((PyType) a[0], null); // unbound: a descriptor that binds on access
        }
        PyFrame f = t.top;
        if (f == null || f.function == null || f.function.owner == null || f.code.argcount == 0) {
            throw Err.runtime("super(): no arguments");
        }
        Object self = f.slots[0];
        if (self instanceof PyCell c) {
            self = c.value;
        }
        return new PyDescriptors.Super(f.function.owner, self);
    }

    /** super_check: {@code obj} must be an instance of {@code start} or a class deriving from it. */
    static PyDescriptors.Super boundSuper(PyType start, Object obj) {
        if (!(obj instanceof PyType ot && ot.isSubtypeOf(start)) && !Ops.isinstance(obj, start)) {
            PyType claimed = PyType.claimedClass(obj); // a proxy whose __class__ names a subclass of start
            if (claimed == null || !claimed.isSubtypeOf(start)) {
                throw Err.type("super(type, obj): obj must be an instance or subtype of type");
            }
            PyDescriptors.Super su = new PyDescriptors.Super(start, obj);
            su.objType = claimed;
            return su;
        }
        return new PyDescriptors.Super(start, obj);
    }

    private static Object orNone(Object v) {
        return v == null ? PyNone.NONE : v;
    }

    /** The one positional argument of classmethod()/staticmethod() (cm_init, sm_init: no keywords). */
    private static Object oneArg(String fn, Object[] a, String[] k) {
        if (k != null && k.length > 0) {
            throw Err.type(fn + "() takes no keyword arguments");
        }
        if (a.length != 1) {
            throw Err.type(fn + " expected 1 argument, got " + a.length);
        }
        return a[0];
    }
}
