package dev.gilspy.interp.runtime;

import static dev.gilspy.interp.runtime.Methods.def;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

/** Methods of {@code object} and {@code type}. */
final class ObjectMethods {
    private ObjectMethods() {}

    static void install() {
        objectMethods();
        typeMethods();
    }

    /**
     * CPython's object_init: extra arguments are an error when the class overrides {@code __init__}
     * (its {@code __init__} called up to object's with them) or does not override {@code __new__}.
     */
    private static Object objectInit(PyThread t, Object[] a, String[] k) {
        if (a.length > 1 && a[0] instanceof PyInstance inst && !(a[0] instanceof PyBaseException)) {
            PyType type = inst.cls;
            if (type.lookup("__init__") != Types.OBJECT.dict.get("__init__")) {
                throw Err.type("object.__init__() takes exactly one argument (the instance to initialize)");
            }
            if (type.lookup("__new__") == Types.OBJECT.dict.get("__new__")) {
                throw Err.type(type.name + ".__init__() takes exactly one argument (the instance to initialize)");
            }
        }
        return PyNone.NONE;
    }

    static void objectMethods() {
        PyType o = Types.OBJECT;
        o.ctor = (t, cls, a, k) -> cls.hasDel ? Finalizers.instance(t, cls) : new PyInstance(cls);
        def(o, "__init__", ObjectMethods::objectInit);
        def(o, "__new__", (t, a, k) -> {
            PyType cls = (PyType) a[0];
            if (cls.builtin && cls.ctor != null && cls != Types.OBJECT) {
                return cls.ctor.make(t, cls, Arrays.copyOfRange(a, 1, a.length), k);
            }
            if (a.length > 1) {
                ObjectArgs.checkNew(cls);
            }
            return Instantiate.allocate(t, cls, Arrays.copyOfRange(a, 1, a.length), k);
        });
        o.dict.put("__new__", new PyDescriptors.StaticMethod(o.dict.get("__new__")));
        def(o, "__repr__", (t, a, k) -> "<" + Ops.typeOf(a[0]).qualName() + " object at 0x"
            + Long.toHexString(System.identityHashCode(a[0])) + ">");
        def(o, "__str__", (t, a, k) -> StrRepr.repr(a[0]));
        def(o, "__eq__", (t, a, k) -> a[0] == a[1] ? Boolean.TRUE : Types.NOT_IMPLEMENTED);
        def(o, "__ne__", (t, a, k) -> a[0] == a[1] ? Boolean.FALSE : Types.NOT_IMPLEMENTED);
        def(o, "__hash__", (t, a, k) -> (long) System.identityHashCode(a[0]));
        def(o, "__format__", (t, a, k) -> {
            String spec = Formatting.specArg(a[1]);
            if (!spec.isEmpty()) { // object_format: a spec is for the types that define their own __format__
                throw Err.type("unsupported format string passed to " + Ops.typeName(a[0]) + ".__format__");
            }
            return StrRepr.str(a[0]);
        });
        def(o, "__setattr__", (t, a, k) -> {
            String n = BuiltinArgs.str(a[1], "attribute name");
            if (a[0] instanceof PyType) {
                throw Err.type("can't apply this __setattr__ to " + Ops.typeName(a[0]) + " object"); // hackcheck: type.__setattr__ must run
            }
            if (n.equals("__class__") && a[0] instanceof PyInstance inst) {
                Attr.setClass(inst, a[2]);
                return PyNone.NONE;
            }
            // an instance's dict is asked for only when it is not one: asking would end its shape
            var d = a[0] instanceof PyInstance ? null : Attr.instanceDict(a[0]);
            Object classAttr = Ops.typeOf(a[0]).lookup(n);
            if (Attr.setThroughDescriptor(a[0], classAttr, a[2])) {
                return PyNone.NONE;
            }
            if ((d != null || a[0] instanceof PyInstance) && !(classAttr instanceof PyDescriptors.Property)) {
                if (a[0] instanceof PyInstance inst) {
                    inst.putDictAttr(n, a[2]);
                } else {
                    d.put(n, a[2]);
                }
            } else {
                Ops.setattr(a[0], n, a[2]);
            }
            return PyNone.NONE;
        });
        def(o, "__getattribute__", (t, a, k) -> {
            Object v = Attr.genericGet(a[0], BuiltinArgs.str(a[1], "attribute name"));
            if (v == null) {
                throw Ops.attrError(a[0], (String) a[1]);
            }
            return v;
        });
        def(o, "__delattr__", (t, a, k) -> {
            if (a[0] instanceof PyType) {
                throw Err.type("can't apply this __delattr__ to " + Ops.typeName(a[0]) + " object");
            }
            if (a[0] instanceof PyInstance inst && !(inst instanceof PyLocal)) {
                String n = BuiltinArgs.str(a[1], "attribute name");
                if (PyAttrDescriptor.deleteBesideDict(inst, inst.cls.lookup(n))) {
                    return PyNone.NONE;
                }
                if (inst.removeDictAttr(n) == null) {
                    throw Ops.attrError(a[0], (String) a[1]);
                }
                return PyNone.NONE;
            }
            var d = Attr.instanceDict(a[0]);
            if (d == null || d.remove(a[1]) == null) {
                throw Ops.attrError(a[0], (String) a[1]);
            }
            return PyNone.NONE;
        });
        def(o, "__init_subclass__", (t, a, k) -> {
            if (k != null && k.length > 0) {
                throw Err.type(((PyType) a[0]).name + ".__init_subclass__() takes no keyword arguments");
            }
            return PyNone.NONE;
        });
        o.dict.put("__init_subclass__", new PyDescriptors.ClassMethod(o.dict.get("__init_subclass__")));
        def(o, "__dir__", (t, a, k) -> Attr.genericDir(a[0]));
        def(o, "__subclasshook__", (t, a, k) -> Types.NOT_IMPLEMENTED);
        o.dict.put("__subclasshook__", new PyDescriptors.ClassMethod(o.dict.get("__subclasshook__")));
        def(o, "__sizeof__", (t, a, k) -> ObjectSizes.sizeOf(a[0]));
    }

    /** Every built-in type with a constructor gets {@code __new__} in its own dict, as in CPython (enum looks for it). */
    static void newOnBuiltins() {
        for (PyType bt : Types.all().values()) {
            newOn(bt);
        }
    }

    /** {@code __new__} in the dict of one type with a constructor (a native module's type, made after start-up). */
    static void newOn(PyType bt) {
        Object on = Types.OBJECT.dict.get("__new__");
        if (bt.ctor != null && bt != Types.OBJECT && bt != Types.TYPE && !bt.dict.containsKey("__new__")
            && on instanceof PyDescriptors.StaticMethod sm && sm.func instanceof PyBuiltin objectNew) {
            bt.dict.put("__new__", new PyDescriptors.StaticMethod(new PyBuiltin("__new__", objectNew.body).ownedBy(bt)));
        }
    }

    static void typeMethods() {
        PyType ty = Types.TYPE;
        ty.ctor = (t, cls, a, k) -> {
            int n = BuiltinArgs.npos(a, k);
            if (n == 1 && cls == Types.TYPE && (k == null || k.length == 0)) {
                return Ops.typeOf(a[0]);
            }
            if (n == 3) {
                return cls == Types.TYPE ? ClassBuilder.typeCall3(t, a, k) : ClassBuilder.typeNew(t, cls, a, k);
            }
            throw Err.type("type() takes 1 or 3 arguments");
        };
        def(ty, "__new__", (t, a, k) -> {
            if (a.length == 0 || !(a[0] instanceof PyType mcls) || !mcls.isSubtypeOf(Types.TYPE)) {
                throw Err.type("type.__new__(X): X is not a type object");
            }
            Object[] rest = Arrays.copyOfRange(a, 1, a.length);
            if (BuiltinArgs.npos(rest, k) == 1 && mcls == Types.TYPE) {
                return Ops.typeOf(rest[0]);
            }
            return ClassBuilder.typeNew(t, mcls, rest, k);
        });
        ty.dict.put("__new__", new PyDescriptors.StaticMethod(ty.dict.get("__new__")));
        def(ty, "__init__", (t, a, k) -> PyNone.NONE);
        def(ty, "__prepare__", (t, a, k) -> new PyDict());
        ty.dict.put("__prepare__", new PyDescriptors.ClassMethod(ty.dict.get("__prepare__")));
        def(ty, "__repr__", (t, a, k) -> a[0].toString());
        def(ty, "__call__", (t, a, k) -> Instantiate.call(t, (PyType) a[0], Arrays.copyOfRange(a, 1, a.length), k));
        def(ty, "__setattr__", (t, a, k) -> {
            TypeAttr.setPlain((PyType) a[0], BuiltinArgs.str(a[1], "attribute name"), a[2]);
            return PyNone.NONE;
        });
        def(ty, "__delattr__", (t, a, k) -> {
            TypeAttr.deletePlain((PyType) a[0], BuiltinArgs.str(a[1], "attribute name"));
            return PyNone.NONE;
        });
        def(ty, "__getattribute__", (t, a, k) -> {
            Object v = TypeAttr.get((PyType) a[0], BuiltinArgs.str(a[1], "attribute name"), false);
            if (v == null) {
                throw Ops.attrError(a[0], (String) a[1]);
            }
            return v;
        });
        def(ty, "__or__", (t, a, k) -> PyUnion.unionable(a[1]) ? PyUnion.of(a[0], a[1]) : Types.NOT_IMPLEMENTED);
        def(ty, "__ror__", (t, a, k) -> PyUnion.unionable(a[1]) ? PyUnion.of(a[1], a[0]) : Types.NOT_IMPLEMENTED);
        // type.mro: C3 over the current bases, whatever a metaclass's own mro() made __mro__
        def(ty, "mro", (t, a, k) -> new PyList(((PyType) a[0]).builtin ? ((PyType) a[0]).mro.clone() : ((PyType) a[0]).computeMro()));
        def(ty, "__subclasses__", (t, a, k) -> new PyList(((PyType) a[0]).subclassList().toArray()));
        def(ty, "__instancecheck__", (t, a, k) -> Ops.isinstance(a[1], (PyType) a[0]));
        def(ty, "__subclasscheck__", (t, a, k) -> a[1] instanceof PyType c ? c.isSubtypeOf((PyType) a[0]) : PyType.issubclass(a[1], a[0]));
        def(ty, "__dir__", (t, a, k) -> Attr.genericDir(a[0]));
    }
}
