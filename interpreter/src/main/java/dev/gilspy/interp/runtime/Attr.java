package dev.gilspy.interp.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Attribute get/set with Python's descriptor rules (properties, methods, class/static methods). */
public final class Attr {
    private Attr() {}

    public static PyDict instanceDict(Object o) {
        if (o instanceof PyInstance i) {
            return i.dict();
        }
        if (o instanceof PyDictSub d) {
            return d.attrs;
        }
        if (o instanceof PyListSub l) {
            return l.attrs;
        }
        if (o instanceof PySetSub s) {
            return s.attrs;
        }
        if (o instanceof PyTuple.Sub s) {
            return s.attrs;
        }
        if (o instanceof PyBytes.Sub s) {
            return s.attrs;
        }
        if (o instanceof NativeAttrs n) {
            return n.instanceDict();
        }
        if (o instanceof PyIter.Fn f) {
            return f.attrs;
        }
        return null;
    }

    /**
     * Whether an object of Java class {@code c} can have an instance dict, i.e. whether
     * {@link #instanceDict} can be non-null for it (keep the two in step). False for dict, list, str,
     * int and the other plain builtin values: a call site can remember such a class and skip
     * {@link #instanceDict}, whose failing {@code instanceof NativeAttrs} (an interface) scans the
     * class's secondary supers on every call.
     */
    public static boolean mayHaveInstanceDict(Class<?> c) {
        return PyInstance.class.isAssignableFrom(c) || PyDictSub.class.isAssignableFrom(c) || PyListSub.class.isAssignableFrom(c)
            || PySetSub.class.isAssignableFrom(c) || PyTuple.Sub.class.isAssignableFrom(c) || PyBytes.Sub.class.isAssignableFrom(c)
            || NativeAttrs.class.isAssignableFrom(c) || PyIter.Fn.class.isAssignableFrom(c);
    }

    public static Object get(Object o, String name) {
        if (o instanceof PyInstance inst) {
            if (inst.cls.hasGetattribute) {
                return throughGetattribute(inst, name);
            }
            return instanceGet(inst, name, true);
        }
        return getOther(o, name);
    }

    /**
     * A class's own {@code __getattribute__} answers every read (slot_tp_getattr_hook in CPython's
     * typeobject.c); when it raises AttributeError, {@code __getattr__} (if any) gets the name.
     */
    private static Object throughGetattribute(PyInstance inst, String name) {
        PyThread t = PyThread.current();
        try {
            return callHook(t, inst, inst.cls, "__getattribute__", name);
        } catch (PyException e) {
            if (!inst.cls.hasGetattr || !Err.matches(e, Types.AttributeError)) {
                throw ExceptionFields.withContext(e, inst, name);
            }
            try {
                return callHook(t, inst, inst.cls, "__getattr__", name);
            } catch (PyException e2) {
                throw ExceptionFields.withContext(e2, inst, name);
            }
        }
    }

    /**
     * Calls the class's {@code __getattribute__} or {@code __getattr__} with the name: a function takes
     * the instance as its first argument, any other object is bound through its {@code __get__} first
     * (slot_tp_getattr_hook).
     */
    static Object callHook(PyThread t, Object o, PyType cls, String hookName, String name) {
        Object hook = cls.lookup(hookName);
        if (hook instanceof PyFunction || hook instanceof PyBuiltin) {
            return Ops.call(t, hook, new Object[] {o, name}, null);
        }
        return Ops.call(t, bind(o, cls, hook), new Object[] {name}, null);
    }

    /** {@code object.__getattribute__}: the generic lookup, never a class's own hooks. */
    public static Object genericGet(Object o, String name) {
        return o instanceof PyInstance inst ? instanceGet(inst, name, false) : getOther(o, name);
    }

    private static Object instanceGet(PyInstance inst, String name, boolean withGetattr) {
        Object o = inst;
        PyType cls = inst.cls;
        Object tv = cls.lookup(name);
        if (tv instanceof PyDescriptors.Property p) {
            try {
                if (p.fget == null || p.fget == PyNone.NONE) {
                    throw p.missing("getter", o);
                }
                return Ops.call(PyThread.current(), p.fget, new Object[] {o}, null);
            } catch (PyException e) {
                // slot_tp_getattr_hook: any AttributeError of the generic read goes to __getattr__
                if (withGetattr && cls.hasGetattr && Err.matches(e, Types.AttributeError)) {
                    return callHook(PyThread.current(), o, cls, "__getattr__", name);
                }
                throw e;
            }
        }
        if (tv instanceof PyInstance && isDataDescriptor(tv) && Ops.typeOf(tv).lookup("__get__") != null) {
            return bind(o, cls, tv); // a data descriptor without __get__ leaves the read to the instance dict
        }
        // a member beside the dict is a data descriptor: it wins over the dict, and unset it reads as missing
        Object v = cls.slotsBesideDict && tv instanceof PyAttrDescriptor m && m.slotMember() ? m.slotValue(inst) : inst.getDictAttr(name);
        if (v != null) {
            return v;
        }
        if (tv != null && !(tv instanceof PyAttrDescriptor d && d.slotMember())) {
            return bind(o, cls, tv); // an unset slot goes on to __getattr__, as member_get's AttributeError does
        }
        Object special = SpecialAttrs.get(o, name);
        if (special != null) {
            return special;
        }
        if (withGetattr && cls.hasGetattr) {
            try {
                return callHook(PyThread.current(), o, cls, "__getattr__", name);
            } catch (PyException e) {
                throw ExceptionFields.withContext(e, o, name);
            }
        }
        return null;
    }

    private static Object getOther(Object o, String name) {
        if (o instanceof PyModule m) {
            Object v = m.get(name);
            if (v == null && name.equals("__dict__")) {
                return new ModuleDict(m);
            }
            if (v == null && (name.equals("__reduce_ex__") || name.equals("__reduce__"))) {
                return PyBoundMethod.of(m, Types.OBJECT.lookup(name));
            }
            if (v == null && name.equals("__class__")) {
                return m.type(); // ABCMeta.__instancecheck__ reads it (typing's protocols checking a module)
            }
            if (v == null && name.equals("__annotations__")) {
                v = new PyDict(); // module_get_annotations: an empty dict, made and kept on first read
                m.put(name, v);
                return v;
            }
            Object hook = v == null ? m.get("__getattr__") : null;
            if (hook != null) {
                return Ops.call(PyThread.current(), hook, new Object[] {name}, null); // PEP 562
            }
            return v;
        }
        if (o instanceof PyType t) {
            return TypeAttr.get(t, name, true);
        }
        if (o instanceof PyDescriptors.Super) {
            return SpecialAttrs.get(o, name);
        }
        if (o instanceof PyGenericAlias g && !PyGenericAlias.OWN_ATTRS.contains(name)) {
            return g.getattro(name);
        }
        PyDict dict = instanceDict(o);
        PyType cls = Ops.typeOf(o);
        Object tv = cls.lookup(name);
        if (tv instanceof PyDescriptors.Property p) {
            return Ops.call(PyThread.current(), p.fget, new Object[] {o}, null);
        }
        if (tv instanceof NativeObj && dict != null && Ops.typeOf(tv).lookup("__set__") != null) {
            return bind(o, cls, tv); // a native data descriptor (namedtuple's _tuplegetter) wins over the dict
        }
        if (dict != null) {
            Object v = dict.get(name);
            if (v != null) {
                return v;
            }
        }
        if (tv != null) {
            return bind(o, cls, tv);
        }
        if (o instanceof PyFunction f) {
            Object v = functionAttr(f, name);
            if (v != null) {
                return v;
            }
        }
        Object special = SpecialAttrs.get(o, name);
        if (special == null && dict != null && cls.hasGetattr) {
            return callHook(PyThread.current(), o, cls, "__getattr__", name);
        }
        return special;
    }

    static Object bind(Object o, PyType cls, Object tv) {
        if (tv instanceof PyFunction || tv instanceof PyBuiltin b && b.self == null) {
            return new PyBoundMethod(o, tv);
        }
        if (tv instanceof PyAttrDescriptor d && d.heapSlot) {
            return d.heapGet(o); // a class's __dict__/__weakref__ getset
        }
        if (tv instanceof PyDescriptors.ClassMethod cm) {
            return new PyBoundMethod(cls, cm.func);
        }
        if (tv instanceof PyDescriptors.StaticMethod sm) {
            return sm.func;
        }
        if (tv instanceof PyDescriptors.Super s && s.self == null) {
            return s.bindTo(o); // an unbound super(C) stored in a class binds on access
        }
        if ((tv instanceof PyInstance || tv instanceof NativeObj) && Ops.typeOf(tv).lookup("__get__") != null) {
            return Ops.call(PyThread.current(), Ops.typeOf(tv).lookup("__get__"), new Object[] {tv, o, cls}, null);
        }
        return tv;
    }

    static Object functionAttr(PyFunction f, String name) {
        if (f.attrs != null) {
            Object v = f.attrs.get(name);
            if (v != null) {
                return v;
            }
        }
        switch (name) {
            case "__name__": return f.name;
            case "__qualname__": return f.qualname;
            case "__module__": return f.module != null ? f.module : f.globals.name;
            case "__doc__": return f.doc != null ? f.doc : f.code.doc == null ? PyNone.NONE : f.code.doc;
            case "__defaults__": return f.defaults == null ? PyNone.NONE : new PyTuple(f.defaults);
            case "__code__": return CodeObj.of(f.code);
            case "__annotations__": {
                // created on first access and kept, so code that fills it in sees its own writes
                if (f.annotations == null) {
                    f.annotations = new PyDict();
                }
                return f.annotations;
            }
            case "__dict__": return f.attrs(); // live, as CPython's func_dict
            case "__globals__": return Attr.get(f.globals.execOf != null ? f.globals.execOf : f.globals, "__dict__");
            case "__closure__": return f.closure == null || f.closure.length == 0 ? PyNone.NONE : new PyTuple(f.closure.clone());
            case "__kwdefaults__": {
                if (f.kwdefaults == null || f.kwdefaults.isEmpty()) {
                    return PyNone.NONE;
                }
                PyDict d = new PyDict();
                f.kwdefaults.forEach(d::put);
                return d;
            }
            default: return null;
        }
    }

    /** A property, or an instance of a user class defining {@code __set__}: it wins over the instance dict. */
    public static boolean isDataDescriptor(Object classAttr) {
        return classAttr instanceof PyDescriptors.Property
            || classAttr instanceof PyInstance d && (d.cls.lookup("__set__") != null || d.cls.lookup("__delete__") != null);
    }

    /**
     * A class attribute whose type defines {@code __set__} (a user data descriptor) takes the
     * assignment instead of the instance dict, as in object.__setattr__.
     */
    static boolean setThroughDescriptor(Object o, Object classAttr, Object v) {
        if (PyAttrDescriptor.setBesideDict(o, classAttr, v)) {
            return true;
        }
        if (!(classAttr instanceof PyInstance) && !(classAttr instanceof NativeObj)) {
            return false;
        }
        Object desc = classAttr;
        Object set = Ops.typeOf(desc).lookup("__set__");
        if (set == null) {
            return false;
        }
        Ops.call(PyThread.current(), set, new Object[] {desc, o, v}, null);
        return true;
    }

    private static boolean deleteThroughDescriptor(Object o, Object classAttr) {
        if (!(classAttr instanceof PyInstance desc)) {
            return false;
        }
        Object del = desc.cls.lookup("__delete__");
        if (del == null) {
            return false;
        }
        Ops.call(PyThread.current(), del, new Object[] {desc, o}, null);
        return true;
    }

    /**
     * {@code obj.__class__ = cls}: allowed, as in CPython's object_set_class, between classes
     * defined in Python whose instances have the same layout; anything else is a TypeError.
     */
    static void setClass(PyInstance inst, Object v) {
        if (!(v instanceof PyType nt)) {
            throw Err.type("__class__ must be set to a class, not '" + Ops.typeName(v) + "' object");
        }
        PyType old = inst.cls;
        if (nt.builtin || old.builtin) {
            throw Err.type("__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        if (nt.layout != old.layout || !Objects.equals(nt.slotNames, old.slotNames) || !TypeBases.compatibleLayout(old, nt)) {
            throw Err.type("__class__ assignment: '" + nt.name + "' object layout differs from '" + old.name + "'");
        }
        inst.cls = nt;
    }

    /** {@code x.__class__ = cls} for an instance of a built-in type: CPython's object_set_class refuses it. */
    private static void setClassOfBuiltin(Object o, Object v) {
        if (!(v instanceof PyType)) {
            throw Err.type("__class__ must be set to a class, not '" + Ops.typeName(v) + "' object");
        }
        throw Err.type("__class__ assignment only supported for mutable types or ModuleType subclasses");
    }

    static void set(Object o, String name, Object v) {
        if (!(o instanceof PyInstance) && !(o instanceof PyModule) && name.equals("__class__")) {
            setClassOfBuiltin(o, v);
        }
        if (o instanceof PyInstance inst) {
            if (name.equals("__class__")) {
                setClass(inst, v);
                return;
            }
            PyType cls = inst.cls;
            if (cls == Types.OBJECT) {
                throw Ops.attrError(o, name); // a bare object() has no __dict__
            }
            Object tv = cls.lookup(name);
            if (tv instanceof PyDescriptors.Property p) {
                if (p.fset == null || p.fset == PyNone.NONE) {
                    throw p.missing("setter", o);
                }
                Ops.call(PyThread.current(), p.fset, new Object[] {o, v}, null);
                return;
            }
            Object sa = cls.lookup("__setattr__");
            if (sa instanceof PyFunction) {
                Ops.call(PyThread.current(), sa, new Object[] {o, name, v}, null);
                return;
            }
            if (setThroughDescriptor(o, tv, v)) {
                return;
            }
            if (o instanceof PyBaseException e && setExcField(e, name, v)) {
                return;
            }
            inst.putDictAttr(name, v);
            return;
        }
        if (o instanceof PyType t) {
            TypeAttr.set(t, name, v);
            return;
        }
        if (o instanceof PyModule m) {
            if (name.equals("__dict__")) {
                throw Err.attr("readonly attribute"); // module's __dict__ is a READONLY member
            }
            m.put(name, v);
            return;
        }
        if (o instanceof PyFunction f) {
            if (name.equals("__name__")) {
                f.name = StrRepr.str(v);
            } else if (name.equals("__qualname__")) {
                f.qualname = StrRepr.str(v);
            } else if (name.equals("__code__") && v instanceof CodeObj c) {
                f.code = c.code;
            } else if (name.equals("__defaults__")) {
                if (v != PyNone.NONE && !(v instanceof PyTuple)) {
                    throw Err.type("__defaults__ must be set to a tuple object");
                }
                f.defaults = v == PyNone.NONE || ((PyTuple) v).items.length == 0 ? null : ((PyTuple) v).items.clone();
            } else if (name.equals("__kwdefaults__")) {
                if (v != PyNone.NONE && !(v instanceof PyDict)) {
                    throw Err.type("__kwdefaults__ must be set to a dict object");
                }
                java.util.Map<String, Object> kw = null;
                if (v instanceof PyDict d) {
                    kw = new java.util.LinkedHashMap<>();
                    for (Object key : d.keysArray()) {
                        kw.put(StrRepr.str(key), d.get(key));
                    }
                }
                f.kwdefaults = kw;
            } else if (name.equals("__module__")) {
                f.module = v;
            } else if (name.equals("__doc__")) {
                f.doc = v;
            } else if (name.equals("__annotations__")) {
                if (v != PyNone.NONE && !(v instanceof PyDict)) {
                    throw Err.type("__annotations__ must be set to a dict object");
                }
                f.annotations = v == PyNone.NONE ? null : v;
            } else if (name.equals("__dict__")) {
                if (!(v instanceof PyDict d)) {
                    throw Err.type("__dict__ must be set to a dictionary, not a '" + Ops.typeOf(v).name + "'");
                }
                f.attrs = d;
            } else {
                f.attrs().put(name, v);
            }
            return;
        }
        PyDict d = instanceDict(o);
        if (d != null) {
            Object tv = Ops.typeOf(o).lookup(name);
            if (tv instanceof PyDescriptors.Property p) {
                if (p.fset == null || p.fset == PyNone.NONE) {
                    throw p.missing("setter", o);
                }
                Ops.call(PyThread.current(), p.fset, new Object[] {o, v}, null);
                return;
            }
            if (tv instanceof NativeObj && setThroughDescriptor(o, tv, v)) {
                return;
            }
            d.put(name, v);
            return;
        }
        if (o instanceof AttrHolder h && h.setAttr(name, v)) {
            return;
        }
        Object tv = Ops.typeOf(o).lookup(name);
        if (tv instanceof PyDescriptors.Property p && p.fset != null && p.fset != PyNone.NONE) {
            Ops.call(PyThread.current(), p.fset, new Object[] {o, v}, null); // a native type's getset (_tuplegetter.__doc__)
            return;
        }
        if (o instanceof PyDescriptors.Property && (name.equals("fget") || name.equals("fset") || name.equals("fdel"))) {
            throw Err.attr("readonly attribute"); // property's T_OBJECT READONLY members
        }
        if (tv != null) {
            throw Err.attr("'" + Ops.typeName(o) + "' object attribute '" + name + "' is read-only");
        }
        throw Err.attr("'" + Ops.typeName(o) + "' object has no attribute '" + name + "'");
    }

    private static boolean setExcField(PyBaseException e, String name, Object v) {
        return ExceptionFields.set(e, name, v);
    }

    public static void delete(Object o, String name) {
        if (o instanceof PyBaseException e && ExceptionFields.refuseDelete(e, name)) {
            return;
        }
        if (name.equals("__class__") && !(o instanceof PyModule) && !(o instanceof PyType)) {
            throw Err.type("can't delete __class__ attribute");
        }
        if (o instanceof PyInstance inst) {
            Object tv = inst.cls.lookup(name);
            if (tv instanceof PyDescriptors.Property p) {
                if (p.fdel == null || p.fdel == PyNone.NONE) {
                    throw p.missing("deleter", o);
                }
                Ops.call(PyThread.current(), p.fdel, new Object[] {o}, null);
                return;
            }
            Object da = inst.cls.lookup("__delattr__");
            if (da instanceof PyFunction) {
                Ops.call(PyThread.current(), da, new Object[] {o, name}, null);
                return;
            }
            if (deleteThroughDescriptor(o, tv)) {
                return;
            }
            if (PyAttrDescriptor.deleteBesideDict(inst, tv)) {
                return;
            }
            if (tv instanceof PyAttrDescriptor d && d.heapSlot && name.equals("__dict__") && !(o instanceof PyLocal)) {
                inst.setDict(new PyDict()); // del obj.__dict__: CPython empties the slot, the next read makes a new dict
                return;
            }
            // without asking for the dict: that would take the instance out of its shape for good
            Object removed = o instanceof PyLocal pl ? pl.removeLocal(name) : inst.removeDictAttr(name);
            if (removed == null) {
                if (inst.cls.slotNames != null) {
                    throw inst.cls.slotNames.contains(name) ? Err.attr(name) : inst.noSlot(name); // member_delete: the bare name
                }
                throw Ops.attrError(o, name);
            }
            return;
        }
        PyDict d = instanceDict(o);
        if (d != null) {
            if (d.remove(name) == null) {
                throw Ops.attrError(o, name);
            }
            return;
        }
        if (o instanceof PyType t) {
            TypeAttr.delete(t, name);
            return;
        }
        if (o instanceof PyModule m) {
            if (name.equals("__dict__")) {
                throw Err.attr("readonly attribute");
            }
            PyCell c = m.cells.get(name);
            if (c == null || c.value == null) {
                throw Ops.attrError(o, name);
            }
            c.value = null;
            return;
        }
        if (o instanceof PyFunction f && f.attrs != null && f.attrs.remove(name) != null) {
            return;
        }
        if (o instanceof PyFunction f && name.equals("__module__")) {
            f.module = PyNone.NONE; // a T_OBJECT member in CPython: deleted, it reads as None
            return;
        }
        if (o instanceof PyFunction f && name.equals("__doc__")) {
            f.doc = PyNone.NONE;
            return;
        }
        if (o instanceof PyFunction f && name.equals("__annotations__")) {
            f.annotations = null;
            return;
        }
        if (o instanceof PyFunction && name.equals("__dict__")) {
            throw Err.type("cannot delete __dict__");
        }
        if (o instanceof AttrHolder h && h.delAttr(name)) {
            return;
        }
        throw Ops.attrError(o, name);
    }

    /** Java-implemented objects with their own named attributes (files, sockets, locks...). */
    public interface AttrHolder {
        Object getAttr(String name);

        default boolean setAttr(String name, Object v) { return false; }

        /** Deletes {@code name}; false when this object has no say over it. */
        default boolean delAttr(String name) { return false; }
    }

    public static Object dir(PyThread t, Object[] a) {
        if (a.length == 1 && (a[0] instanceof PyInstance || a[0] instanceof PyType || a[0] instanceof PyGenericAlias)) {
            Object custom = a[0] instanceof PyGenericAlias ? Ops.typeOf(a[0]).lookup("__dir__") : StrRepr.userSlot(Ops.typeOf(a[0]), "__dir__");
            if (custom != null) {
                Object r = SpecialMethods.call(t, custom, new Object[] {a[0]});
                PyList l = new PyList(Ops.toArray(r));
                PyList.sortList(t, l, null, null);
                return l;
            }
        }
        List<String> names = new ArrayList<>();
        if (a.length == 0 && FrameLocals.hasOwnLocals(t)) {
            for (Object key : ((PyDict) FrameLocals.of(t)).keysArray()) { // dir() in a function: its locals
                names.add(StrRepr.str(key));
            }
        } else if (a.length == 0) {
            PyFrame f = t.top;
            PyModule g = f == null ? t.interp.mainModule : f.globals;
            g.cells.forEach((n, c) -> {
                if (c.value != null) {
                    names.add(n);
                }
            });
        } else {
            return genericDir(a[0]);
        }
        java.util.Collections.sort(names);
        return new PyList(names.toArray());
    }

    /**
     * {@code object.__dir__} and {@code type.__dir__}: the names of the instance dict and of the
     * class's MRO (a module's names), sorted, never asking a class's own {@code __dir__} (which
     * typically calls this through {@code super().__dir__()}).
     */
    static PyList genericDir(Object o) {
        java.util.Set<String> s = new java.util.TreeSet<>();
        if (o instanceof PyModule m) {
            m.cells.forEach((n, c) -> {
                if (c.value != null) {
                    s.add(n);
                }
            });
        } else {
            var d = Attr.instanceDict(o);
            if (d != null) {
                for (Object key : d.keysArray()) {
                    s.add(StrRepr.str(key));
                }
            }
            PyType type = o instanceof PyType pt ? pt : Ops.typeOf(o);
            for (PyType c : type.mro) {
                s.addAll(c.dict.keySet());
            }
        }
        return new PyList(s.toArray());
    }
}
