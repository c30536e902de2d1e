package dev.gilspy.interp.runtime;

/** Calling a class: {@code __new__}, the Java layout of the instance, then {@code __init__}. */
final class Instantiate {
    private Instantiate() {}

    static Object call(PyThread t, PyType type, Object[] args, String[] kw) {
        if (type.builtin) {
            if (type.layout == PyType.Layout.EXCEPTION) {
                return newException(type, args, kw);
            }
            if (type.ctor == null) {
                throw Err.type("cannot create '" + type.name + "' instances");
            }
            return type.ctor.make(t, type, args, kw);
        }
        Object newFn = type.lookup("__new__");
        Object obj;
        if (newFn != null && !(newFn instanceof PyBuiltin)) {
            Object fn = newFn instanceof PyDescriptors.StaticMethod sm ? sm.func : newFn;
            Object[] a = new Object[args.length + 1];
            a[0] = type;
            System.arraycopy(args, 0, a, 1, args.length);
            obj = Ops.call(t, fn, a, kw);
            if (!Ops.isinstance(obj, type)) {
                return obj;
            }
        } else {
            obj = allocate(t, type, args, kw);
        }
        Object init = type.lookup("__init__");
        if (init instanceof PyFunction f) {
            Object r;
            if (kw == null && f.code.simpleArgs && f.code.argcount == args.length + 1) {
                // straight into __init__'s slots: one array less per instance
                Frame nf = f.newFrame(t);
                nf.slots[0] = obj;
                System.arraycopy(args, 0, nf.slots, 1, args.length);
                r = f.run(t, nf);
            } else {
                Object[] a = new Object[args.length + 1];
                a[0] = obj;
                System.arraycopy(args, 0, a, 1, args.length);
                r = f.call(t, a, kw);
            }
            if (r != PyNone.NONE) {
                throw Err.type("__init__() should return None, not '" + Ops.typeName(r) + "'");
            }
        } else if (init instanceof PyBuiltin b && b.name.equals("__init__") && obj instanceof PyObj && !(obj instanceof PyInstance)) {
            Object[] a = new Object[args.length + 1];
            a[0] = obj;
            System.arraycopy(args, 0, a, 1, args.length);
            b.call(t, a, kw);
        } else if (args.length > 0 && obj instanceof PyInstance && !(obj instanceof PyBaseException)
            && (newFn == null || newFn instanceof PyBuiltin)) {
            throw Err.type(type.name + "() takes no arguments");
        }
        return obj;
    }

    /** {@code object.__new__(cls)}: a bare instance with the layout of the nearest built-in base. */
    static Object allocate(PyThread t, PyType type, Object[] args, String[] kw) {
        switch (type.baseLayout()) {
            case EXCEPTION: {
                PyBaseException e = new PyBaseException(type);
                e.args = new PyTuple(positional(args, kw));
                return e;
            }
            case BUILTIN: {
                PyType base = type.builtinBase();
                if (base == Types.DICT) {
                    return new PyDictSub(type);
                }
                if (base == Types.LIST) {
                    return new PyListSub(type);
                }
                if (base != null && base.ctor != null) {
                    return base.ctor.make(t, type, args, kw);
                }
                throw Err.type("subclassing '" + (base == null ? "?" : base.name) + "' is not supported by gilspy");
            }
            default:
                return new PyInstance(type);
        }
    }

    static Object[] positional(Object[] args, String[] kw) {
        if (kw == null) {
            return args;
        }
        return java.util.Arrays.copyOf(args, args.length - kw.length);
    }

    static PyBaseException newException(PyType type, Object[] args, String[] kw) {
        PyBaseException e = new PyBaseException(type);
        e.args = new PyTuple(positional(args, kw).clone());
        return e;
    }
}
