package dev.gilspy.interp.runtime;

/**
 * Attributes every object has ({@code __class__}, {@code __dict__}, {@code __doc__}) and those a
 * built-in kind of object carries beside its type's dict: exception fields, a bound method's
 * {@code __self__}, a property's {@code fget}, a super object's lookup, an int's {@code real}.
 * Read when the type and the instance dict have no such name.
 *
 * <p>One small method per kind of receiver, not one method for all of them: C1 compiles a method
 * whole with full profiling as soon as it is warm, and the one method (3,816 bytes of bytecode, a
 * string switch per kind) took 83 KB of profiled code and ~34 ms of C1's time in a short real
 * program (ndiff.py), though most reads end in its first branches.
 */
final class SpecialAttrs {
    private SpecialAttrs() {}

    static Object get(Object o, String name) {
        switch (name) {
            case "__class__": return Ops.typeOf(o);
            case "__dict__": return dict(o);
            case "__doc__": return doc(o, name);
            default: break;
        }
        if (o instanceof PyBaseException e) {
            return exceptionField(e, name);
        }
        if (o instanceof PyBoundMethod m) {
            return boundMethod(m, name);
        }
        if (o instanceof PyBuiltin b) {
            return builtin(b, name);
        }
        if (o instanceof PyDescriptors.Property p) {
            return property(p, name);
        }
        if (o instanceof PyDescriptors.StaticMethod || o instanceof PyDescriptors.ClassMethod) {
            return staticOrClassMethod(o, name);
        }
        if (o instanceof PyDescriptors.Super s) {
            return superAttr(s, name);
        }
        return value(o, name);
    }

    private static Object dict(Object o) {
        if (o instanceof PyInstance i && (i.cls == Types.OBJECT || i.cls.slotNames != null)) {
            return null; // object() and a class whose __slots__ leave out __dict__ have no dict
        }
        return Attr.instanceDict(o);
    }

    private static Object doc(Object o, String name) {
        // a bound method's docstring is its function's
        if (o instanceof PyDescriptors.Property p) {
            return p.doc == null ? PyNone.NONE : p.doc;
        }
        if (o instanceof PyAttrDescriptor d) {
            return d.getAttr(name);
        }
        return o instanceof PyBoundMethod m && m.func instanceof PyFunction f ? Attr.functionAttr(f, name) : PyNone.NONE;
    }

    private static Object exceptionField(PyBaseException e, String name) {
        switch (name) {
            case "args": return e.args;
            case "__traceback__": return Traceback.of(e);
            case "__cause__": return e.cause == null ? PyNone.NONE : e.cause;
            case "__context__": return e.context == null ? PyNone.NONE : e.context;
            case "__suppress_context__": return e.suppressContext;
            case "errno": return e.args.items.length >= 2 ? e.args.items[0] : PyNone.NONE;
            case "strerror": return e.args.items.length >= 2 ? e.args.items[1] : PyNone.NONE;
            case "filename": return PyNone.NONE;
            case "value": return e.type().isSubtypeOf(Types.StopIteration) ? (e.args.items.length > 0 ? e.args.items[0] : PyNone.NONE) : null;
            case "code": return e.type().isSubtypeOf(Types.SystemExit) ? (e.args.items.length > 0 ? e.args.items[0] : PyNone.NONE) : null;
            case "msg": return e.args.items.length > 0 ? e.args.items[0] : PyNone.NONE;
            case "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line":
                return e.type().isSubtypeOf(Types.SyntaxErrorType) ? PyNone.NONE : null;
            case "name", "path": return e.type().isSubtypeOf(Types.ImportError) || name.equals("name")
                && (e.type().isSubtypeOf(Types.AttributeError) || e.type().isSubtypeOf(Types.NameError)) ? PyNone.NONE : null;
            case "obj": return e.type().isSubtypeOf(Types.AttributeError) ? PyNone.NONE : null;
            case "filename2": return e.type().isSubtypeOf(Types.OSError) ? PyNone.NONE : null;
            case "encoding", "object", "start", "end", "reason": return UnicodeErrors.attr(e, name);
            default: return null;
        }
    }

    private static Object boundMethod(PyBoundMethod m, String name) {
        switch (name) {
            case "__self__": return m.self;
            case "__func__": return m.func;
            case "__name__": return m.func instanceof PyFunction f ? f.name : m.func instanceof PyBuiltin b ? b.name
                : Ops.getattrOrNull(m.func, name);
            case "__qualname__": return m.func instanceof PyFunction f ? f.qualname
                : m.func instanceof PyBuiltin b ? (b.owner != null ? b.owner.name + "." + b.name : null)
                : Ops.getattrOrNull(m.func, name);
            case "__objclass__": // a method-wrapper's defining type ([].__add__.__objclass__ is list)
                if (m.func instanceof PyBuiltin b && b.owner != null && b.name.startsWith("__") && b.name.endsWith("__")) {
                    return b.owner; // slot wrappers only: a named builtin method (append) has none
                }
                return m.func instanceof PyFunction f ? Attr.functionAttr(f, name) : null;
            default: // method_getattro: the rest is the wrapped callable's (an lru_cache'd method's cache_info)
                return m.func instanceof PyFunction f ? Attr.functionAttr(f, name)
                    : m.func instanceof PyBuiltin ? null : Ops.getattrOrNull(m.func, name);
        }
    }

    private static Object builtin(PyBuiltin b, String name) {
        if (name.equals("__name__")) {
            return b.name;
        }
        if (name.equals("__qualname__")) {
            return b.owner == null ? b.name : b.owner.name + "." + b.name;
        }
        if (name.equals("__objclass__") && b.owner != null && b.self == null) {
            return b.owner;
        }
        if (name.equals("__self__")) {
            return b.self == null ? PyNone.NONE : b.self;
        }
        if (name.equals("__module__")) {
            return b.self instanceof PyModule pm ? pm.name : PyNone.NONE;
        }
        return null;
    }

    private static Object property(PyDescriptors.Property p, String name) {
        switch (name) {
            case "fget": return p.fget;
            case "fset": return p.fset == null ? PyNone.NONE : p.fset;
            case "setter": return new PyBuiltin("setter", (th, a, k) -> p.copy(p.fget, a[0], p.fdel));
            case "getter": return new PyBuiltin("getter", (th, a, k) -> p.copy(a[0], p.fset, p.fdel));
            case "deleter": return new PyBuiltin("deleter", (th, a, k) -> p.copy(p.fget, p.fset, a[0]));
            case "fdel": return p.fdel == null ? PyNone.NONE : p.fdel;
            case "__isabstractmethod__": {
                for (Object f : new Object[] {p.fget, p.fset, p.fdel}) {
                    if (f != null && f != PyNone.NONE && isAbstract(f)) {
                        return true;
                    }
                }
                return false;
            }
            default: return null;
        }
    }

    private static Object staticOrClassMethod(Object o, String name) {
        Object f = o instanceof PyDescriptors.StaticMethod sm ? sm.func : ((PyDescriptors.ClassMethod) o).func;
        if (name.equals("__func__") || name.equals("__wrapped__")) {
            return f;
        }
        if (name.equals("__isabstractmethod__")) {
            return isAbstract(f);
        }
        return value(o, name);
    }

    private static boolean isAbstract(Object f) {
        Object v = Ops.getattrOrNull(f, "__isabstractmethod__");
        return v != null && Ops.truthy(v);
    }

    private static Object superAttr(PyDescriptors.Super s, String name) {
        switch (name) {
            case "__thisclass__": return s.start;
            case "__self__": return s.self == null ? PyNone.NONE : s.self;
            case "__self_class__": return s.self == null ? PyNone.NONE : s.selfIsType() ? s.self : Ops.typeOf(s.self);
            default: break;
        }
        Object v = s.lookup(name);
        if (v == null) {
            Object own = Types.SUPER.lookup(name); // super_getattro: then super's own attributes (__get__, __repr__)
            return own == null ? null : Attr.bind(s, Types.SUPER, own);
        }
        if (v instanceof PyDescriptors.ClassMethod cm) {
            return new PyBoundMethod(s.selfIsType() ? s.self : Ops.typeOf(s.self), cm.func);
        }
        if (v instanceof PyDescriptors.StaticMethod sm) {
            return sm.func;
        }
        if (v instanceof PyDescriptors.Property p) {
            if (s.selfIsType()) {
                return p; // super_getattro passes no instance when the object is the class: property.__get__(None, C)
            }
            return Ops.call(PyThread.current(), p.fget, new Object[] {s.self}, null);
        }
        if ((v instanceof PyFunction || v instanceof PyBuiltin) && !s.selfIsType()) {
            return new PyBoundMethod(s.self, v);
        }
        if (v instanceof PyInstance && Ops.typeOf(v).lookup("__get__") != null) {
            return Ops.call(PyThread.current(), Ops.typeOf(v).lookup("__get__"),
                new Object[] {v, s.selfIsType() ? PyNone.NONE : s.self, s.selfIsType() ? s.self : Ops.typeOf(s.self)}, null);
        }
        return v;
    }

    /** Ranges, slices, numbers and the native objects that hold their own attributes. */
    private static Object value(Object o, String name) {
        if (o instanceof PyRange r) {
            switch (name) {
                case "start": return r.start;
                case "stop": return r.stop;
                case "step": return r.step;
                default: return null;
            }
        }
        if (o instanceof PySlice s) {
            switch (name) {
                case "start": return s.start;
                case "stop": return s.stop;
                case "step": return s.step;
                default: return null;
            }
        }
        if (Ops.isInt(o)) {
            switch (name) {
                case "real", "numerator": return o instanceof Boolean b ? (b ? 1L : 0L) : o;
                case "imag": return 0L;
                case "denominator": return 1L;
                default: return null;
            }
        }
        if (o instanceof Double d) {
            switch (name) {
                case "real": return d;
                case "imag": return 0.0;
                default: return null;
            }
        }
        if (o instanceof PyObj p && p instanceof Attr.AttrHolder h) {
            return h.getAttr(name);
        }
        if (o instanceof PyValueSub v && v.value instanceof PyComplex c) {
            return c.getAttr(name);
        }
        return null;
    }
}
