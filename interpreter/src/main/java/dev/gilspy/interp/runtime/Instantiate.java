package dev.gilspy.interp.runtime;

import java.util.Map;

/** Calling a class: {@code __new__}, the Java layout of the instance, then {@code __init__}. */
public final class Instantiate {
    private Instantiate() {}

    /*
     * Split into a small common path (a Python class with object's __new__ and a Python __init__) and
     * methods for the rest: C2 spent about 0.5 s compiling the former 513-byte call, twice, in objects.py
     * (LogCompilation), and cold callees are not inlined.
     */
    static Object call(PyThread t, PyType type, Object[] args, String[] kw) {
        if (type.builtin) {
            return callBuiltin(t, type, args, kw);
        }
        Object newFn = type.lookup("__new__");
        Object obj;
        PyType initType = type;
        if (newFn != null && !(newFn instanceof PyBuiltin) && !objectNewTakesAll(type, newFn)) {
            obj = callNew(t, type, newFn, args, kw);
            if (!Ops.isinstance(obj, type)) {
                return obj;
            }
            if (type.hasDel) {
                Finalizers.attach(t, obj); // a builtin base's __new__ called from the class's own
            }
            initType = Ops.typeOf(obj); // type_call: a subclass's instance from __new__ gets that subclass's __init__
        } else {
            obj = allocate(t, type, args, kw);
        }
        Object init = initType.lookup("__init__");
        if (init instanceof PyFunction f && kw == null && f.takes(args.length + 1)) {
            // straight into __init__'s slots: one array less per instance
            PyFrame nf = f.newFrame(t, args.length + 1);
            nf.slots[0] = obj;
            System.arraycopy(args, 0, nf.slots, 1, args.length);
            Object r = f.run(t, nf);
            if (r != PyNone.NONE) {
                throw initReturned(r);
            }
            return obj;
        }
        callInit(t, initType, obj, init, newFn, args, kw);
        return obj;
    }

    /**
     * The Python {@code __init__} of a class whose call is just {@code new PyInstance(type)} and that
     * {@code __init__} (no metaclass, object's {@code __new__}, the plain instance layout, no abstract
     * methods left), else null. (What {@link #call} does too, after two lookups
     * and an MRO walk per call.) Call sites cache it per
     * {@link PyType#version()} (nodes.CtorSite), so a hit skips the two lookups and the argument array.
     */
    public static PyFunction plainInit(PyType type) {
        if (type.builtin || type.metatype != null || type.baseLayout() != PyType.Layout.OBJECT || type.builtinBase() != null) {
            return null;
        }
        // object's __new__ (a staticmethod in object's dict, so not the PyBuiltin #call tests for)
        // and no class before object naming __new__: CPython's tp_new == object_new. With a Python
        // __init__ (tp_init != object_init) object_new takes any arguments and makes the instance.
        for (PyType c : type.mro) {
            if (c.dict.containsKey("__new__")) {
                if (c != Types.OBJECT) {
                    return null;
                }
                break;
            }
        }
        if (type.lookup("__abstractmethods__") instanceof PySet abs && abs.size() > 0) {
            return null;
        }
        return type.lookup("__init__") instanceof PyFunction f ? f : null;
    }

    /** What {@code __init__} returned, checked as {@link #call} checks it. */
    public static void checkInitResult(Object r) {
        if (r != PyNone.NONE) {
            throw initReturned(r);
        }
    }

    /**
     * {@code newFn} is object's {@code __new__} (the staticmethod in object's dict), no class before
     * object names {@code __new__}, and a Python {@code __init__} takes the arguments: object_new would
     * only make the instance ({@link #allocate}), so {@link #call} makes it without calling it.
     */
    private static boolean objectNewTakesAll(PyType type, Object newFn) {
        if (newFn != Types.OBJECT.dict.get("__new__") || !(type.lookup("__init__") instanceof PyFunction)) {
            return false;
        }
        for (PyType c : type.mro) {
            if (c.dict.containsKey("__new__")) {
                return c == Types.OBJECT;
            }
        }
        return false;
    }

    /** A call of a builtin class (no metaclass): its constructor, or the exception's. */
    public static Object callBuiltin(PyThread t, PyType type, Object[] args, String[] kw) {
        if (type.layout == PyType.Layout.EXCEPTION) {
            return newException(type, args, kw);
        }
        if (type.ctor == null) {
            throw Err.type("cannot create '" + type.name + "' instances");
        }
        if (kw != null) {
            ObjectArgs.checkBuiltinKeywords(type, kw); // 264 bytes: C2 calls it out of line
        }
        try {
            return type.ctor.make(t, type, args, kw);
        } catch (ArrayIndexOutOfBoundsException | ClassCastException e) {
            // as in PyBuiltin.invoke: a constructor reads its arguments by position and casts them
            throw Err.type(type.name + "() takes other arguments (" + e.getMessage() + ")");
        }
    }

    private static Object callNew(PyThread t, PyType type, Object newFn, Object[] args, String[] kw) {
        // slot_tp_new reads type.__new__ through the descriptor protocol: a classmethod binds the class
        Object fn = newFn instanceof PyDescriptors.StaticMethod sm ? sm.func
            : newFn instanceof PyDescriptors.ClassMethod cm ? new PyBoundMethod(type, cm.func) : newFn;
        Object[] a = new Object[args.length + 1];
        a[0] = type;
        System.arraycopy(args, 0, a, 1, args.length);
        return Ops.call(t, fn, a, kw);
    }

    private static PyException initReturned(Object r) {
        return Err.type("__init__() should return None, not '" + Ops.typeName(r) + "'");
    }

    /** {@code __init__} when it is not a Python function taking exactly the positional arguments. */
    private static void callInit(PyThread t, PyType type, Object obj, Object init, Object newFn, Object[] args, String[] kw) {
        if (init instanceof PyFunction f) {
            Object[] a = new Object[args.length + 1];
            a[0] = obj;
            System.arraycopy(args, 0, a, 1, args.length);
            Object r = f.call(t, a, kw);
            if (r != PyNone.NONE) {
                throw initReturned(r);
            }
        } else if (init instanceof PyDescriptors.Property || init instanceof PyInstance) {
            // slot_tp_init: __init__ found on the type through the descriptor protocol (a property's
            // getter runs, and may raise), or a callable object called without self
            Object get = Ops.typeOf(init).lookup("__get__");
            Object bound = init instanceof PyDescriptors.Property p ? Ops.call(t, p.fget, new Object[] {obj}, null)
                : get != null ? Ops.call(t, get, new Object[] {init, obj, type}, null) : init;
            Object r = Ops.call(t, bound, args, kw);
            if (r != PyNone.NONE) {
                throw initReturned(r);
            }
        } else if (init instanceof PyBuiltin b && b.name.equals("__init__") && obj instanceof PyObj
            && (!(obj instanceof PyInstance) || type.isSubtypeOf(SimpleNamespace.TYPE))) {
            Object[] a = new Object[args.length + 1];
            a[0] = obj;
            System.arraycopy(args, 0, a, 1, args.length);
            b.call(t, a, kw);
        } else if (args.length > 0 && obj instanceof PyInstance && !(obj instanceof PyBaseException)
            && !(obj instanceof PyValueSub)
            && (newFn == null || newFn instanceof PyBuiltin || newFn == Types.OBJECT.dict.get("__new__"))) { // object_new's check
            // (a PyValueSub was made by its built-in base's constructor from these arguments: `__new__ = int.__new__`)
            throw Err.type(type.name + "() takes no arguments");
        }
    }

    /** {@code object.__new__(cls)}: a bare instance with the layout of the nearest built-in base. */
    static Object allocate(PyThread t, PyType type, Object[] args, String[] kw) {
        if (!type.builtin && type.lookup("__abstractmethods__") instanceof PySet abs && abs.size() > 0) {
            refuseAbstract(type, abs);
        }
        switch (type.baseLayout()) {
            case EXCEPTION: {
                PyBaseException e = new PyBaseException(type);
                e.args = new PyTuple(positional(args, kw));
                return e;
            }
            case BUILTIN: {
                PyType base = type.builtinBase();
                if (base == Types.DICT || base == Types.LIST) {
                    Object o = base == Types.DICT ? new PyDictSub(type) : new PyListSub(type);
                    if (type.hasDel) {
                        Finalizers.attach(t, o);
                    }
                    return o;
                }
                if (base != null && base.ctor != null) {
                    Object o = base.ctor.make(t, type, args, kw);
                    if (type.hasDel) {
                        Finalizers.attach(t, o);
                    }
                    return o;
                }
                throw Err.type("subclassing '" + (base == null ? "?" : base.name) + "' is not supported by gilspy");
            }
            default:
                return type.hasDel ? Finalizers.instance(t, type) : new PyInstance(type);
        }
    }

    /** CPython's object_new message for a class with abstract methods left. */
    private static void refuseAbstract(PyType type, PySet abs) {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (Object n : abs.toArray()) {
            names.add(StrRepr.str(n));
        }
        java.util.Collections.sort(names);
        throw Err.type("Can't instantiate abstract class " + type.name + " with abstract method"
            + (names.size() == 1 ? "" : "s") + " " + String.join(", ", names));
    }

    static Object[] positional(Object[] args, String[] kw) {
        if (kw == null) {
            return args;
        }
        return java.util.Arrays.copyOf(args, args.length - kw.length);
    }

    static PyBaseException newException(PyType type, Object[] args, String[] kw) {
        Object[] pos = positional(args, kw).clone();
        boolean os = type.isSubtypeOf(Types.OSError);
        PyBaseException e = new PyBaseException(ExceptionGroups.checkNew(os ? OsErrorNew.type(type, pos) : type, args));
        e.args = new PyTuple(pos);
        if (os) {
            OsErrorNew.init(e, pos);
        }
        if (type.isSubtypeOf(Types.SyntaxErrorType)) {
            syntaxErrorInit(e, pos);
        }
        ExceptionFields.initFields(e, type, args, kw); // ImportError(msg, *, name=None, path=None) and kin
        return e;
    }

    /** SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])) sets those attributes. */
    private static void syntaxErrorInit(PyBaseException e, Object[] pos) {
        e.putDictAttr("msg", pos.length >= 1 ? pos[0] : PyNone.NONE);
        if (pos.length == 2) {
            Object[] info = Ops.toArray(pos[1]);
            if (info.length < 4 || info.length > 6) {
                throw Err.type("function takes at least 4 arguments and at most 6 arguments (" + info.length + " given)");
            }
            if (info.length == 5) {
                throw Err.type("end_offset must be provided when end_lineno is provided");
            }
            String[] names = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
            for (int i = 0; i < info.length; i++) {
                e.putDictAttr(names[i], info[i]);
            }
        }
    }

    public static PyType makeClass(String name, PyType[] bases, Map<String, Object> ns) {
        return makeClass(name, bases, ns, new String[0], new Object[0]);
    }

    /** Builds a class; {@code kwNames}/{@code kwValues} are the class keywords other than metaclass, for __init_subclass__. */
    public static PyType makeClass(String name, PyType[] bases, Map<String, Object> ns, String[] kwNames, Object[] kwValues) {
        return makeClass(name, bases, ns, kwNames, kwValues, null);
    }

    /** As above, for a class whose metaclass is {@code metatype} (null: {@code type}). */
    /**
     * A method under a decorator that returns a new function (importlib.metadata's method_cache):
     * the method itself, held in the wrapper's closure and named in this class body by its
     * qualified name, gets the class too, as CPython's {@code __class__} cell gives it.
     */
    private static void adoptDecorated(PyFunction wrapper, PyType cls, Object classQualname) {
        if (wrapper.closure == null || !(classQualname instanceof String q)) {
            return;
        }
        String prefix = q + ".";
        for (PyCell c : wrapper.closure) {
            if (c != null && c.value instanceof PyFunction inner && inner.owner == null
                && inner.qualname != null && inner.qualname.startsWith(prefix)) {
                inner.owner = cls;
            }
        }
    }

    /** The layouts a class cannot mix: two of these that are not one another's subtype conflict. */
    private static final PyType[] SOLID = {Types.LIST, Types.DICT, Types.SET, Types.FROZENSET, Types.TUPLE, Types.INT,
        Types.FLOAT, Types.STR, Types.BYTES, Types.BYTEARRAY, Types.COMPLEX};

    /**
     * The built-in types CPython makes without Py_TPFLAGS_BASETYPE, by name (several are made by
     * the modules that own them): a class statement or a {@code __bases__} assignment naming one fails.
     */
    private static final java.util.Set<String> FINAL_BUILTINS = java.util.Set.of("bool", "NoneType", "NotImplementedType",
        "ellipsis", "function", "builtin_function_or_method", "method", "range", "slice", "memoryview", "generator",
        "coroutine", "async_generator", "code", "frame", "cell", "traceback", "mappingproxy", "getset_descriptor",
        "member_descriptor", "method_descriptor", "wrapper_descriptor", "classmethod_descriptor", "method-wrapper");

    static void checkAcceptableBase(PyType b) {
        if (b.builtin && FINAL_BUILTINS.contains(b.name) || b == Types.BOOL || b == Types.NONETYPE || b == Types.FUNCTION
            || b == Types.RANGE) {
            throw Err.type("type '" + b.name + "' is not an acceptable base type");
        }
    }

    /** type_new's checks of the bases: unacceptable bases, duplicates (mro_check), a lay-out conflict (best_base). */
    static void checkBases(PyType[] bs) {
        for (PyType b : bs) {
            if (b.mroPending) {
                throw Err.type("Cannot extend an incomplete type '" + b.name + "'"); // its metaclass's mro() is running
            }
        }
        PyType solid = null;
        for (int i = 0; i < bs.length; i++) {
            PyType b = bs[i];
            checkAcceptableBase(b);
            for (int j = 0; j < i; j++) {
                if (bs[j] == b) {
                    throw Err.type("duplicate base class " + b.name);
                }
            }
            PyType s = solidBase(b);
            if (s == null) {
                continue;
            }
            if (solid == null || s.isSubtypeOf(solid)) {
                solid = s;
            } else if (!solid.isSubtypeOf(s)) {
                throw Err.type("multiple bases have instance lay-out conflict");
            }
        }
    }

    /**
     * str.isidentifier's test as __slots__ applies it: a letter or '_', then letters, digits and '_'.
     * A loop, not {@code codePoints().allMatch}: the first class with __slots__ on a cold JVM paid
     * for loading and linking the stream pipeline (about 1% of the main thread's start-up samples).
     */
    private static boolean slotIdentifier(String id) {
        if (id.isEmpty() || !(Character.isLetter(id.codePointAt(0)) || id.charAt(0) == '_')) {
            return false;
        }
        for (int i = 0; i < id.length(); ) {
            int c = id.codePointAt(i);
            if (!Character.isLetterOrDigit(c) && c != '_') {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** type_new's slot checks: a slot named like a class attribute ({@code foo = None} beside {@code __slots__ = ['foo']}). */
    private static void checkSlots(Map<String, Object> ns) {
        Object slots = ns.get("__slots__");
        Object[] names = slots instanceof String one ? new Object[] {one}
            : slots instanceof PyTuple tu ? tu.items : slots instanceof PyList l ? l.toArray() : null;
        if (names == null) {
            return;
        }
        for (Object n : names) {
            if (!(PyValueSub.unwrap(n) instanceof String id)) {
                throw Err.type("__slots__ items must be strings, not '" + Ops.typeName(n) + "'");
            }
            if (!slotIdentifier(id)) {
                throw Err.type("__slots__ must be identifiers"); // str.isidentifier's test
            }
            if (n instanceof String s && !s.equals("__dict__") && !s.equals("__weakref__") && ns.containsKey(s)
                && !(s.equals("__doc__") && ns.get(s) == PyNone.NONE) // type.__new__'s default, set before this check here
                && !s.equals("__qualname__") && !s.equals("__classcell__")) {
                throw Err.value("'" + s + "' in __slots__ conflicts with class variable");
            }
        }
    }

    /**
     * mro_internal: a metaclass that overrides {@code mro()} decides the class's MRO, which must be a
     * sequence of classes whose layouts the class's own layout extends (mro_check).
     */
    static PyType[] customMro(PyType cls, boolean creating) {
        Object own = cls.metatype == null ? null : cls.metatype.lookup("mro");
        if (!(own instanceof PyFunction)) {
            return null;
        }
        PyThread t = PyThread.current();
        Object r;
        cls.mroPending = creating;
        try {
            r = Ops.call(t, own, new Object[] {cls}, null);
        } finally {
            cls.mroPending = false;
        }
        java.util.List<Object> items = new java.util.ArrayList<>();
        Object it = Ops.iter(r);
        for (Object x = Ops.next(t, it); x != null; x = Ops.next(t, it)) {
            items.add(x);
        }
        java.util.List<PyType> standard = java.util.Arrays.asList(cls.computeMro());
        PyType[] mro = new PyType[items.size()];
        for (int i = 0; i < mro.length; i++) {
            if (!(items.get(i) instanceof PyType m)) {
                throw Err.type("mro() returned a non-class ('" + Ops.typeName(items.get(i)) + "')");
            }
            PyType solid = solidBase(m);
            if (solid != null && !standard.contains(solid)) {
                throw Err.type("mro() returned base with unsuitable layout ('" + m.name + "')");
            }
            mro[i] = m;
        }
        return mro;
    }

    private static PyType solidBase(PyType b) {
        for (PyType t : b.mro) {
            for (PyType s : SOLID) {
                if (t == s) {
                    return s;
                }
            }
        }
        return null;
    }

    static PyType makeClass(String name, PyType[] bases, Map<String, Object> ns, String[] kwNames, Object[] kwValues,
                            PyType metatype) {
        PyType[] bs = bases.length == 0 ? new PyType[] {Types.OBJECT} : bases;
        checkBases(bs);
        checkSlots(ns);
        PyType cls = new PyType(name, bs, PyType.Layout.OBJECT, false);
        cls.metatype = metatype;
        Object mod = ns.get("__module__");
        cls.module = mod instanceof String s ? s : "__main__";
        for (Map.Entry<String, Object> e : ns.entrySet()) {
            Object v = e.getValue();
            if (v instanceof PyFunction fn && fn.owner == null) {
                fn.owner = cls;
                adoptDecorated(fn, cls, ns.get("__qualname__"));
            } else if (v instanceof PyDescriptors.ClassMethod cm && cm.func instanceof PyFunction fn && fn.owner == null) {
                fn.owner = cls;
            } else if (v instanceof PyDescriptors.StaticMethod sm && sm.func instanceof PyFunction fn && fn.owner == null) {
                fn.owner = cls;
            } else if (v instanceof PyDescriptors.Property p && p.fget instanceof PyFunction fn && fn.owner == null) {
                fn.owner = cls;
                if (p.fset instanceof PyFunction fs && fs.owner == null) {
                    fs.owner = cls;
                }
            }
            if ((e.getKey().equals("__init_subclass__") || e.getKey().equals("__class_getitem__")) && v instanceof PyFunction fn) {
                cls.dict.put(e.getKey(), new PyDescriptors.ClassMethod(fn));
                continue;
            }
            if (e.getKey().equals("__new__") && v instanceof PyFunction fn) {
                cls.dict.put(e.getKey(), new PyDescriptors.StaticMethod(fn));
                continue;
            }
            if (e.getKey().equals("__classcell__")) {
                continue;
            }
            if (e.getKey().equals("__qualname__")) {
                if (!(v instanceof String s)) {
                    throw Err.type("type __qualname__ must be a str, not " + Ops.typeName(v));
                }
                cls.qualname = s; // type_new keeps it out of the class dict (ht_qualname)
                continue;
            }
            cls.dict.put(e.getKey(), v);
        }
        PyAttrDescriptor.addInstanceSlots(cls, bs[0], ns.get("__slots__"));
        PyType[] own = customMro(cls, true);
        if (own != null) {
            cls.mro = own;
        }
        cls.finishInit();
        try {
            // type.__new__ order: __set_name__ on the attributes first, then the parent's __init_subclass__
            for (Map.Entry<String, Object> e : ns.entrySet()) {
                Object v = e.getValue();
                if (v instanceof PyObj && !(v instanceof PyType) && !(v instanceof PyFunction)) {
                    Object sn = Ops.typeOf(v).lookup("__set_name__");
                    if (sn != null) {
                        try {
                            Ops.call(PyThread.current(), sn, new Object[] {v, cls, e.getKey()}, null);
                        } catch (PyException err) {
                            // CPython 3.11's type_new_set_names wraps the error, keeping it as the cause
                            PyException wrapped = Err.runtime("Error calling __set_name__ on '" + Ops.typeName(v)
                                + "' instance " + StrRepr.repr(e.getKey()) + " in '" + name + "'");
                            wrapped.exc.cause = err.exc;
                            wrapped.exc.context = err.exc;
                            throw wrapped;
                        }
                    }
                }
            }
            for (int i = 1; i < cls.mro.length; i++) {
                Object init = cls.mro[i].dict.get("__init_subclass__");
                if (init == null) {
                    continue;
                }
                Object[] args = new Object[1 + kwValues.length];
                args[0] = cls;
                System.arraycopy(kwValues, 0, args, 1, kwValues.length);
                Object fn = init instanceof PyDescriptors.ClassMethod cm ? cm.func : init;
                Ops.call(PyThread.current(), fn, args, kwNames.length == 0 ? null : kwNames);
                break;
            }
        } catch (PyException e) {
            cls.unlink();
            throw e;
        }
        return cls;
    }
}
