package dev.gilspy.interp.runtime;

/**
 * Attribute access on classes, as CPython's {@code type_getattro}/{@code type_setattro}: a data
 * descriptor of the metaclass wins, then the class's own MRO (with {@code __get__(None, cls)}),
 * then the metaclass's other attributes bound to the class, then a metaclass {@code __getattr__}.
 */
final class TypeAttr {
    private TypeAttr() {}

    /**
     * The attribute or null; {@code withGetattr} also tries a metaclass {@code __getattr__}, also
     * when a descriptor's {@code __get__} raised AttributeError (slot_tp_getattr_hook).
     */
    static Object get(PyType t, String name, boolean withGetattr) {
        PyType meta = t.type();
        if (!withGetattr || meta == Types.TYPE) {
            return lookup(t, name, withGetattr);
        }
        Object ga = meta.lookup("__getattr__");
        if (ga == null) {
            return lookup(t, name, false);
        }
        Object v;
        try {
            v = lookup(t, name, false);
        } catch (PyException e) {
            if (!Err.matches(e, Types.AttributeError)) {
                throw e;
            }
            v = null;
        }
        return v != null ? v : Ops.call(PyThread.current(), ga, new Object[] {t, name}, null);
    }

    private static Object lookup(PyType t, String name, boolean withGetattr) {
        PyType meta = t.type();
        Object special = special(t, name);
        if (special != null) {
            return special;
        }
        Object mv = meta == Types.TYPE ? null : meta.lookup(name);
        if (mv != null && Attr.isDataDescriptor(mv)
            && !(mv instanceof PyInstance d && d.cls.lookup("__get__") == null)) { // a __set__-only descriptor leaves the read to the class
            return descGet(mv, t, meta);
        }
        Object v = t.lookup(name);
        if (v != null) {
            if (v instanceof PyDescriptors.ClassMethod cm) {
                return new PyBoundMethod(t, cm.func);
            }
            if (v instanceof PyDescriptors.StaticMethod sm) {
                return sm.func;
            }
            if (v instanceof PyDescriptors.Property || v instanceof PyFunction || v instanceof PyBuiltin || v instanceof PyType) {
                return v;
            }
            if (v instanceof PyObj && !t.builtin) {
                Object g = Ops.typeOf(v).lookup("__get__");
                if (g != null && !(Ops.typeOf(v).builtin)) {
                    return Ops.call(PyThread.current(), g, new Object[] {v, PyNone.NONE, t}, null);
                }
            }
            return v;
        }
        if (mv == null) {
            mv = Types.TYPE.lookup(name);
        }
        if (mv != null) {
            return descGet(mv, t, meta);
        }
        if (t.builtin) {
            Object d = PyAttrDescriptor.of(t, name);
            if (d != null) {
                return d;
            }
        }
        if (withGetattr && meta != Types.TYPE) {
            Object ga = meta.lookup("__getattr__");
            if (ga != null) {
                return Ops.call(PyThread.current(), ga, new Object[] {t, name}, null);
            }
        }
        return null;
    }

    /** A metaclass attribute seen from the class {@code t}: methods bind to the class. */
    private static Object descGet(Object mv, PyType t, PyType meta) {
        if (mv instanceof PyFunction || mv instanceof PyBuiltin) {
            return new PyBoundMethod(t, mv);
        }
        if (mv instanceof PyDescriptors.Property p) {
            if (p.fget == null || p.fget == PyNone.NONE) {
                throw Err.attr("property of '" + meta.name + "' object has no getter");
            }
            return Ops.call(PyThread.current(), p.fget, new Object[] {t}, null);
        }
        if (mv instanceof PyDescriptors.ClassMethod cm) {
            return new PyBoundMethod(meta, cm.func);
        }
        if (mv instanceof PyDescriptors.StaticMethod sm) {
            return sm.func;
        }
        if (mv instanceof PyObj && !Ops.typeOf(mv).builtin) {
            Object g = Ops.typeOf(mv).lookup("__get__");
            if (g != null) {
                return Ops.call(PyThread.current(), g, new Object[] {mv, t, meta}, null);
            }
        }
        return mv;
    }

    private static Object special(PyType t, String name) {
        switch (name) {
            case "__name__": return t.name;
            case "__qualname__": {
                return t.qualname != null ? t.qualname : t.name;
            }
            case "__module__": return t.module;
            case "__class__": return t.type();
            case "__annotations__": {
                Object ann = t.dict.get("__annotations__");
                if (ann == null) {
                    ann = new PyDict();
                    if (!t.builtin) {
                        t.dict.put("__annotations__", ann);
                    }
                }
                return ann;
            }
            case "__mro__": return t.mroPending ? PyNone.NONE : new PyTuple(t.mro.clone());
            case "__flags__": return t.builtin ? 1L << 10 : (1L << 9) | (1L << 10);
            case "__bases__": return new PyTuple(t.bases.length == 0 && t != Types.OBJECT ? new Object[] {Types.OBJECT} : t.bases.clone());
            case "__base__": return t.bases.length == 0 ? (t == Types.OBJECT ? PyNone.NONE : Types.OBJECT) : t.bases[0];
            case "__dict__": {
                java.util.Map<String, PyAttrDescriptor> attrs = PyAttrDescriptor.declaredBy(t);
                if (!attrs.isEmpty()) { // a built-in type cannot change, so a copy with its data descriptors is as good as a view
                    java.util.LinkedHashMap<String, Object> withAttrs = new java.util.LinkedHashMap<>(t.dict);
                    attrs.forEach(withAttrs::putIfAbsent);
                    return PyMappingProxy.ofType(withAttrs);
                }
                return PyMappingProxy.ofType(t.dict);
            }
            case "__doc__": {
                Object doc = t.lookup("__doc__");
                Object get = doc instanceof PyInstance d && !t.builtin ? d.cls.lookup("__get__") : null;
                if (get != null) {
                    return Ops.call(PyThread.current(), get, new Object[] {doc, PyNone.NONE, t}, null); // a __doc__ descriptor
                }
                return doc == null ? PyNone.NONE : doc;
            }
            default: return null;
        }
    }

    /** {@code cls.name = v}: a metaclass {@code __setattr__} or data descriptor first. */
    static void set(PyType t, String name, Object v) {
        PyType meta = t.type();
        if (meta != Types.TYPE) {
            Object sa = meta.lookup("__setattr__");
            if (sa instanceof PyFunction) {
                Ops.call(PyThread.current(), sa, new Object[] {t, name, v}, null);
                return;
            }
        }
        setPlain(t, name, v);
    }

    /** {@code type.__setattr__}: a metaclass data descriptor, else the class's own dict. */
    static void setPlain(PyType t, String name, Object v) {
        if (name.equals("__bases__")) {
            TypeBases.set(t, v); // a getset of type: it wins over a metaclass's attributes
            return;
        }
        PyType meta = t.type();
        if (meta != Types.TYPE) {
            Object mv = meta.lookup(name);
            if (mv instanceof PyDescriptors.Property p && p.fset != null && p.fset != PyNone.NONE) {
                Ops.call(PyThread.current(), p.fset, new Object[] {t, v}, null);
                return;
            }
            if (Attr.setThroughDescriptor(t, mv, v)) {
                return;
            }
        }
        if (name.equals("__dict__") || name.equals("__mro__")) {
            // type's __dict__ and __mro__ are read-only getset/member descriptors
            throw Err.attr(name.equals("__dict__") ? "attribute '__dict__' of 'type' objects is not writable" : "readonly attribute");
        }
        if (name.equals("__qualname__") && !t.builtin) {
            t.qualname = qualnameOf(t, v);
            return;
        }
        if (name.equals("__name__") && !t.builtin && t.qualname == null) {
            // __qualname__ is its own slot: renaming a class (unittest suffixes, functools) leaves it
            t.qualname = t.name;
        }
        t.setAttr(name, v);
    }

    static String qualnameOf(PyType t, Object v) {
        if (!(v instanceof String s)) {
            throw Err.type("can only assign string to " + t.name + ".__qualname__, not '" + Ops.typeName(v) + "'");
        }
        return s;
    }

    static void delete(PyType t, String name) {
        PyType meta = t.type();
        if (meta != Types.TYPE) {
            Object da = meta.lookup("__delattr__");
            if (da instanceof PyFunction) {
                Ops.call(PyThread.current(), da, new Object[] {t, name}, null);
                return;
            }
        }
        deletePlain(t, name);
    }

    static void deletePlain(PyType t, String name) {
        if (name.equals("__dict__") || name.equals("__mro__")) {
            throw Err.attr(name.equals("__dict__") ? "attribute '__dict__' of 'type' objects is not writable" : "readonly attribute");
        }
        if (name.equals("__bases__")) {
            throw Err.type("cannot delete '__bases__' attribute of immutable type '" + t.qualName() + "'");
        }
        if (t.builtin) {
            throw Err.type("cannot set '" + name + "' attribute of immutable type '" + t.name + "'");
        }
        if (t.dict.get(name) == null) {
            throw Ops.attrError(t, name);
        }
        t.setAttr(name, null);
    }
}
