package dev.gilspy.interp.runtime;

import java.util.Set;

/**
 * What a built-in type's data attribute is when read from the type ({@code FunctionType.__code__}):
 * CPython's {@code getset_descriptor} or {@code member_descriptor}. CPython's types.py takes
 * {@code GetSetDescriptorType} and {@code MemberDescriptorType} from exactly these. Reading it
 * through an instance gives the instance's attribute.
 */
final class PyAttrDescriptor extends PyObj implements Attr.AttrHolder {
    static final PyType GETSET = makeType("getset_descriptor");
    static final PyType MEMBER = makeType("member_descriptor");

    /** Function attributes CPython keeps in struct members; the others are getters. */
    private static final Set<String> FUNCTION_MEMBERS = Set.of("__globals__", "__closure__", "__doc__", "__module__", "__builtins__");
    private static final Set<String> FUNCTION_GETSETS = Set.of("__code__", "__defaults__", "__kwdefaults__", "__annotations__",
        "__dict__", "__name__", "__qualname__");

    final PyType owner;
    final String name;
    final boolean member;
    /**
     * The {@code __dict__} or {@code __weakref__} entry type_new puts in a class statement's class
     * dict (see {@link #addInstanceSlots}); false for a built-in type's attribute.
     */
    final boolean heapSlot;

    private PyAttrDescriptor(PyType owner, String name, boolean member) {
        this(owner, name, member, false);
    }

    private PyAttrDescriptor(PyType owner, String name, boolean member, boolean heapSlot) {
        this.owner = owner;
        this.name = name;
        this.member = member;
        this.heapSlot = heapSlot;
        this.doc = null;
    }

    /**
     * type_new's {@code __dict__} and {@code __weakref__} getsets: a class statement's class gets
     * {@code __dict__} when its {@code __slots__} (if any) name it and its first base's instances have
     * no dict yet, and {@code __weakref__} likewise (CPython decides on the best base; the first base
     * is that base unless a later base has a larger layout). Reading them through an instance gives
     * its dict and None (the weak references themselves are the weakref module's business).
     */
    static void addInstanceSlots(PyType cls, PyType base, Object slots) {
        Object[] names = slots == null ? null : slots instanceof String one ? new Object[] {one}
            : slots instanceof PyTuple tu ? tu.items : slots instanceof PyList l ? l.toArray() : new Object[0];
        boolean wantDict = names == null || java.util.Arrays.asList(names).contains("__dict__");
        boolean wantWeak = names == null || java.util.Arrays.asList(names).contains("__weakref__");
        boolean baseDict = false;
        boolean baseWeak = false;
        for (PyType t : base.mro) {
            baseDict |= t.dict.get("__dict__") instanceof PyAttrDescriptor
                || t.builtin && (t == Types.BaseException || t == Types.TYPE || t == Types.MODULE || t == Types.FUNCTION);
            baseWeak |= t.dict.get("__weakref__") instanceof PyAttrDescriptor
                || t.builtin && (t == Types.INT || t == Types.TUPLE || t == Types.BYTES || t == Types.SET
                    || t == Types.FROZENSET || t == Types.TYPE || t == Types.MODULE || t == Types.FUNCTION);
        }
        Object doc = cls.dict.get("__doc__");
        if (doc == PyNone.NONE) {
            cls.dict.remove("__doc__"); // type_new adds the default __doc__ after these two
        }
        if (wantDict && !baseDict) {
            cls.dict.put("__dict__", new PyAttrDescriptor(cls, "__dict__", false, true));
        }
        if (wantWeak && !baseWeak) {
            cls.dict.put("__weakref__", new PyAttrDescriptor(cls, "__weakref__", false, true));
        }
        if (doc == PyNone.NONE) {
            cls.dict.put("__doc__", doc);
        }
        if (names != null) {
            for (Object n : names) {
                if (n instanceof String slot && !slot.equals("__dict__") && !slot.equals("__weakref__")) {
                    String key = mangle(cls.name, slot);
                    cls.dict.put(key, new PyAttrDescriptor(cls, key, true, true)); // type_new's member for each slot
                }
            }
        }
    }

    /** _Py_Mangle: a slot named {@code __x} is the class's {@code _Cls__x}, as {@code self.__x} compiles. */
    static String mangle(String cls, String name) {
        if (!name.startsWith("__") || name.endsWith("__") || name.indexOf('.') >= 0) {
            return name;
        }
        int i = 0;
        while (i < cls.length() && cls.charAt(i) == '_') {
            i++;
        }
        return i == cls.length() ? name : "_" + cls.substring(i) + name;
    }

    /** A member of a class statement's {@code __slots__} (the value lives with the instance's other attributes). */
    boolean slotMember() {
        return member && heapSlot;
    }

    /** The slot's value, or null when it is unset (or the object keeps no attributes). */
    Object slotValue(Object obj) {
        if (obj instanceof PyInstance inst) {
            return inst.cls.slotsBesideDict ? inst.slotAside(name, null, false) : inst.getDictAttr(name);
        }
        PyDict d = Attr.instanceDict(obj);
        return d == null ? null : d.get(name);
    }

    private void checkApplies(Object obj) {
        if (!Ops.typeOf(obj).isSubtypeOf(owner)) {
            throw Err.type("descriptor '" + name + "' for '" + owner.name + "' objects doesn't apply to a '"
                + Ops.typeName(obj) + "' object");
        }
    }

    /** {@code o.name = v} of a {@code __slots__} member beside the dict: true when {@code classAttr} is one (and is now set). */
    static boolean setBesideDict(Object o, Object classAttr, Object v) {
        if (!(classAttr instanceof PyAttrDescriptor m && m.slotMember() && o instanceof PyInstance inst && inst.cls.slotsBesideDict)) {
            return false;
        }
        m.setSlot(o, v);
        return true;
    }

    /** {@code del o.name} of a {@code __slots__} member beside the dict: true when it was one (and is now unset). */
    static boolean deleteBesideDict(PyInstance inst, Object classAttr) {
        if (!(inst.cls.slotsBesideDict && classAttr instanceof PyAttrDescriptor m && m.slotMember())) {
            return false;
        }
        if (m.slotValue(inst) == null) {
            throw Err.attr(m.name); // member_delete: the bare name
        }
        m.setSlot(inst, null);
        return true;
    }

    /** Sets the slot, or empties it when {@code v} is null. */
    void setSlot(Object obj, Object v) {
        if (obj instanceof PyInstance inst) {
            if (inst.cls.slotsBesideDict) {
                inst.slotAside(name, v, true);
            } else if (v == null) {
                inst.removeDictAttr(name);
            } else {
                inst.putDictAttr(name, v);
            }
            return;
        }
        PyDict d = Attr.instanceDict(obj);
        if (d == null) {
            throw Err.attr("'" + Ops.typeName(obj) + "' object has no attribute '" + name + "'");
        }
        if (v == null) {
            d.remove(name);
        } else {
            d.put(name, v);
        }
    }

    /** {@code d.__get__(obj)} for an instance of the owner (or of a subclass). */
    Object heapGet(Object obj) {
        checkApplies(obj);
        if (slotMember()) {
            Object v = slotValue(obj);
            if (v == null) {
                throw Err.attr("'" + Ops.typeName(obj) + "' object has no attribute '" + name + "'");
            }
            return v;
        }
        if (name.equals("__weakref__")) {
            return PyNone.NONE;
        }
        PyDict d = Attr.instanceDict(obj);
        if (d == null) {
            throw Err.attr("This object has no __dict__");
        }
        return d;
    }

    private static PyType makeType(String name) {
        PyType t = new PyType(name, new PyType[] {Types.OBJECT}, PyType.Layout.BUILTIN, true);
        Methods.def(t, "__get__", (th, a, k) -> {
            PyAttrDescriptor d = (PyAttrDescriptor) a[0];
            if (a.length < 2 || a[1] == PyNone.NONE) {
                return d;
            }
            return d.heapSlot ? d.heapGet(a[1]) : Ops.getattr(a[1], d.name);
        });
        Methods.def(t, "__set__", (th, a, k) -> {
            PyAttrDescriptor d = (PyAttrDescriptor) a[0];
            if (!d.heapSlot && (d.owner == Types.TYPE || d.owner == Types.BaseException)) {
                d.checkApplies(a[1]);
                Ops.setattr(a[1], d.name, a[2]); // type's and BaseException's setters, with their own checks
                return PyNone.NONE;
            }
            if (!d.heapSlot || d.name.equals("__weakref__")) {
                throw Err.attr("attribute '" + d.name + "' of '" + d.owner.name + "' objects is not writable");
            }
            if (d.slotMember()) {
                d.checkApplies(a[1]);
                d.setSlot(a[1], a[2]);
                return PyNone.NONE;
            }
            d.heapGet(a[1]);
            if (!(a[1] instanceof PyInstance inst)) {
                throw Err.type("__dict__ of '" + Ops.typeName(a[1]) + "' objects cannot be replaced");
            }
            inst.setDict(a[2]);
            return PyNone.NONE;
        });
        Methods.def(t, "__delete__", (th, a, k) -> {
            PyAttrDescriptor d = (PyAttrDescriptor) a[0];
            if (!d.heapSlot || d.name.equals("__weakref__")) {
                throw Err.attr("attribute '" + d.name + "' of '" + d.owner.name + "' objects is not writable");
            }
            if (d.slotMember()) {
                d.checkApplies(a[1]);
                if (d.slotValue(a[1]) == null) {
                    throw Err.attr(d.name); // member_delete: the bare name
                }
                d.setSlot(a[1], null);
                return PyNone.NONE;
            }
            d.heapGet(a[1]);
            if (a[1] instanceof PyInstance inst) {
                inst.setDict(new PyDict()); // CPython empties the slot; the next read makes a new dict
            }
            return PyNone.NONE;
        });
        Methods.def(t, "__repr__", (th, a, k) -> {
            PyAttrDescriptor d = (PyAttrDescriptor) a[0];
            String owner = d.owner.builtin && d.owner.module != null && !d.owner.module.equals("builtins") ? d.owner.module + "." + d.owner.name : d.owner.name;
            return "<" + (d.member ? "member" : "attribute") + " '" + d.name + "' of '" + owner + "' objects>";
        });
        return t;
    }

    /**
     * The data attributes of built-in types other than functions, as CPython declares them (a
     * member for a struct field, a getset for a computed value), keyed by the type's name, with
     * their docstrings: type name, then per attribute {@code name, 'm' or 'g', doc}.
     */
    private static final String[][] BUILTIN_ATTRS = {
        {"int", "real", "g", "the real part of a complex number", "imag", "g", "the imaginary part of a complex number",
            "numerator", "g", "the numerator of a rational number in lowest terms",
            "denominator", "g", "the denominator of a rational number in lowest terms"},
        {"float", "real", "g", "the real part of a complex number", "imag", "g", "the imaginary part of a complex number"},
        {"complex", "real", "m", "the real part of a complex number", "imag", "m", "the imaginary part of a complex number"},
        {"slice", "start", "m", null, "stop", "m", null, "step", "m", null},
        {"range", "start", "m", null, "stop", "m", null, "step", "m", null},
        {"BaseException", "args", "g", null, "__traceback__", "g", null, "__context__", "g", "exception context",
            "__cause__", "g", "exception cause", "__suppress_context__", "m", null},
        {"staticmethod", "__func__", "m", null, "__wrapped__", "m", null, "__isabstractmethod__", "g", null},
        {"classmethod", "__func__", "m", null, "__wrapped__", "m", null, "__isabstractmethod__", "g", null},
        {"method", "__func__", "m", "the function (or other callable) implementing a method",
            "__self__", "m", "the instance to which a method is bound"},
        {"type", "__name__", "g", null, "__qualname__", "g", null, "__bases__", "g", null, "__mro__", "m", null,
            "__module__", "g", null, "__dict__", "g", null, "__doc__", "g", null,
            "__text_signature__", "g", null, "__annotations__", "g", null},
        {"FileIO", "closed", "g", "True if the file is closed", "closefd", "g", "True if the file descriptor will be closed by close().",
            "mode", "g", "String giving the file mode"},
        {"TextIOWrapper", "closed", "g", null, "name", "g", null, "encoding", "m", null, "buffer", "m", null,
            "line_buffering", "m", null, "write_through", "m", null, "errors", "m", null, "newlines", "g", null},
        {"BufferedReader", "closed", "g", null, "name", "g", null, "mode", "g", null, "raw", "m", null},
        {"BufferedWriter", "closed", "g", null, "name", "g", null, "mode", "g", null, "raw", "m", null},
        {"BufferedRandom", "closed", "g", null, "name", "g", null, "mode", "g", null, "raw", "m", null},
    };

    private static final java.util.Map<String, String[]> ATTRS_BY_TYPE = new java.util.HashMap<>();
    static {
        for (String[] row : BUILTIN_ATTRS) {
            ATTRS_BY_TYPE.put(row[0], row);
        }
    }

    /** One descriptor per built-in type and name, so {@code int.real is int.real} as in CPython. */
    private static final java.util.concurrent.ConcurrentHashMap<PyType, java.util.Map<String, PyAttrDescriptor>> BUILTIN_DESCRIPTORS =
        new java.util.concurrent.ConcurrentHashMap<>();

    private final String doc;

    private PyAttrDescriptor(PyType owner, String name, boolean member, String doc) {
        this.owner = owner;
        this.name = name;
        this.member = member;
        this.heapSlot = false;
        this.doc = doc;
    }

    /** A built-in type's own data descriptors (not its bases'), in declaration order; empty for most types. */
    static java.util.Map<String, PyAttrDescriptor> declaredBy(PyType t) {
        if (!t.builtin || !ATTRS_BY_TYPE.containsKey(t.name)) {
            return java.util.Map.of();
        }
        return BUILTIN_DESCRIPTORS.computeIfAbsent(t, owner -> {
            String[] row = ATTRS_BY_TYPE.get(owner.name);
            java.util.Map<String, PyAttrDescriptor> m = new java.util.LinkedHashMap<>();
            for (int i = 1; i + 2 < row.length; i += 3) {
                m.put(row[i], new PyAttrDescriptor(owner, row[i], row[i + 1].equals("m"), row[i + 2]));
            }
            return m;
        });
    }

    /** The descriptor for {@code owner.name}, or null when the built-in type has no such instance attribute. */
    static Object of(PyType owner, String name) {
        if (owner == Types.FUNCTION) {
            if (FUNCTION_MEMBERS.contains(name)) {
                return new PyAttrDescriptor(owner, name, true);
            }
            if (FUNCTION_GETSETS.contains(name)) {
                return new PyAttrDescriptor(owner, name, false);
            }
        }
        for (PyType t : owner.mro) {
            if (!t.builtin || t == Types.TYPE) {
                continue; // type.__name__ is the getset applied to type itself: only type.__dict__ shows the descriptor
            }
            PyAttrDescriptor d = declaredBy(t).get(name);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    @Override public PyType type() { return member ? MEMBER : GETSET; }

    @Override public Object getAttr(String attr) {
        return switch (attr) {
            case "__name__" -> name;
            case "__objclass__" -> owner;
            case "__doc__" -> !heapSlot ? (doc != null ? doc : PyNone.NONE) : member ? PyNone.NONE : name.equals("__dict__") ? "dictionary for instance variables"
                : "list of weak references to the object";
            case "__qualname__" -> (owner.qualname != null ? owner.qualname : owner.name) + "." + name;
            default -> null;
        };
    }
}
