package dev.gilspy.interp.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A Python class: built-in ({@link Types}) or created by a {@code class} statement.
 * Attribute lookup walks the C3 MRO and is cached per type; writes to a class clear the caches of
 * the class and its subclasses.
 */
public final class PyType extends PyObj {
    /** How instances are laid out in Java: what {@link #instantiate} creates before {@code __init__}. */
    public enum Layout { OBJECT, EXCEPTION, BUILTIN }

    /** Constructor of a built-in type: {@code int(x)}, {@code list(it)}, ... */
    public interface Ctor {
        Object make(PyThread t, PyType cls, Object[] args, String[] kw);
    }

    private static final Object MISSING = new Object();

    public String name;
    public String module = "builtins";
    /** {@code __qualname__} of a class statement's class (type.__new__ takes it out of the namespace); null: the name. */
    public String qualname;
    /** Replaced only by {@code __bases__} assignment (TypeBases). */
    PyType[] bases;
    PyType[] mro;
    /** While a metaclass's {@code mro()} runs for this new class: {@code __mro__} then reads None, as in CPython. */
    boolean mroPending;
    final Map<String, Object> dict = new LinkedHashMap<>();
    public final Layout layout;
    public Ctor ctor;
    public final boolean builtin;
    private final ConcurrentHashMap<String, Object> cache = new ConcurrentHashMap<>();
    /** Bumped after every clear of {@link #cache}: call sites' inline caches key on it (nodes.MethodCache). */
    private volatile int version;
    /**
     * The direct subclasses, weakly, as CPython's {@code tp_subclasses}: held strongly, every class
     * ever made stayed reachable from {@code object} with its dict, functions and module source (a
     * subinterpreter made and destroyed 40 times kept ~3.5 MB each; the test JVM's heap grew to 1 GB).
     */
    private final List<java.lang.ref.WeakReference<PyType>> subclasses = new ArrayList<>();
    /** The size at which {@link #addSubclass} next drops cleared references (amortised: doubles). */
    private int pruneAt = 16;
    /**
     * Call sites' cache entries for this class (nodes.MethodCache, nodes.CtorSite), by name or key:
     * a site holds its entry weakly and the class holds it here, so the entry lives exactly as long
     * as the class. A site that held its entry strongly kept the last class it met alive, with its
     * dict, functions and module source, after the program dropped it. Dropped on every change.
     */
    private volatile ConcurrentHashMap<Object, Object> siteEntries;
    /** True when instances need a {@code __getattr__} fallback; kept in sync on class writes. */
    boolean hasGetattr;
    /**
     * Some class in the MRO defines {@code __bool__} or {@code __len__}; when not, an instance is true
     * without two lookups (the pure-Python pickler tests its BytesIO frame's truth on every opcode).
     * True until the flags are first computed.
     */
    boolean hasTruth = true;
    /** A class defined in Python overrides {@code __getattribute__}: every read goes through it. */
    public boolean hasGetattribute;
    /** Some class in the MRO defines a property: instance attribute reads must check the type first. */
    public boolean hasProperties = true;
    /** Non-null when {@code __slots__} leaves instances without a dict: the assignable names. */
    java.util.Set<String> slotNames;
    /**
     * Instances have a dict and some class of the MRO names {@code __slots__} members: the members'
     * values live beside the dict ({@link PyInstance#slotAside}), so replacing {@code __dict__}
     * keeps them and the dict does not show them, as CPython's members at fixed offsets.
     */
    public boolean slotsBesideDict;
    /** This class's own dict holds a data descriptor / a {@code __slots__} member (set by {@link #computeFlags}). */
    private boolean ownDataDescriptor;
    private boolean ownSlotMember;
    /** Some class in the MRO defines {@code __setattr__} in Python. */
    public boolean hasSetattr = true;
    /** A class defined in Python whose MRO defines {@code __del__}: instances are made finalizable (see Finalizers). */
    public boolean hasDel;
    /** How many attributes instances ended up with: a new instance's value array starts this big (see {@link Shape}). */
    int attrCountHint;
    /** The class's class when a metaclass made it; null means {@code type}. */
    public PyType metatype;

    public PyType(String name, PyType[] bases, Layout layout, boolean builtin) {
        this.name = name;
        this.bases = bases;
        this.layout = layout;
        this.builtin = builtin;
        this.mro = computeMro();
        for (PyType b : bases) {
            b.addSubclass(this);
        }
    }

    private void addSubclass(PyType s) {
        synchronized (subclasses) {
            if (subclasses.size() >= pruneAt) {
                for (java.util.Iterator<java.lang.ref.WeakReference<PyType>> it = subclasses.iterator(); it.hasNext();) {
                    if (it.next().get() == null) {
                        it.remove();
                    }
                }
                pruneAt = Math.max(16, 2 * subclasses.size());
            }
            subclasses.add(new java.lang.ref.WeakReference<>(s));
        }
    }

    @Override
    public PyType type() { return metatype == null ? Types.TYPE : metatype; }

    PyType[] computeMro() {
        if (bases.length == 0) {
            return new PyType[] {this};
        }
        if (bases.length == 1) {
            PyType[] b = bases[0].mro;
            PyType[] r = new PyType[b.length + 1];
            r[0] = this;
            System.arraycopy(b, 0, r, 1, b.length);
            return r;
        }
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyType b : bases) {
            seqs.add(new ArrayList<>(List.of(b.mro)));
        }
        seqs.add(new ArrayList<>(List.of(bases)));
        List<PyType> result = new ArrayList<>();
        result.add(this);
        while (true) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) {
                return result.toArray(new PyType[0]);
            }
            PyType cand = null;
            for (List<PyType> s : seqs) {
                PyType head = s.get(0);
                boolean inTail = false;
                for (List<PyType> s2 : seqs) {
                    if (s2.indexOf(head) > 0) {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail) {
                    cand = head;
                    break;
                }
            }
            if (cand == null) {
                throw Err.type("Cannot create a consistent method resolution\norder (MRO) for bases "
                    + String.join(", ", seqs.stream().map(s -> s.get(0).name).distinct().toList()));
            }
            result.add(cand);
            for (List<PyType> s : seqs) {
                if (s.get(0) == cand) {
                    s.remove(0);
                }
            }
        }
    }

    /** Looks {@code name} up along the MRO; null when absent. */
    /** Changes whenever a {@link #lookup} result may have changed (a write to this class or a base). */
    public int version() {
        return version;
    }

    /** The entry a call site cached for {@code key} of this class (see {@link #siteEntries}), or null. */
    public Object siteEntry(Object key) {
        ConcurrentHashMap<Object, Object> m = siteEntries;
        return m == null ? null : m.get(key);
    }

    /** Keeps {@code entry}, a call site's cache entry for {@code key}, alive as long as this class is. */
    public void keepSiteEntry(Object key, Object entry) {
        ConcurrentHashMap<Object, Object> m = siteEntries;
        if (m == null) {
            synchronized (this) {
                m = siteEntries;
                if (m == null) {
                    siteEntries = m = new ConcurrentHashMap<>(8);
                }
            }
        }
        m.put(key, entry);
    }

    /** {@code name} in this class's own namespace (not its bases'); null when absent. */
    public Object ownAttr(String name) { return dict.get(name); }

    /** This class's MRO, itself first. */
    public java.util.List<PyType> mroList() { return java.util.List.of(mro); }

    public Object lookup(String name) {
        Object v = cache.get(name);
        if (v == null) {
            v = MISSING;
            for (PyType t : mro) {
                Object x = t.dict.get(name);
                if (x != null) {
                    v = x;
                    break;
                }
            }
            cache.put(name, v);
        }
        return v == MISSING ? null : v;
    }

    /** Fills a type a Java module builds (its methods, constants) before any Python code sees it. */
    public void define(String name, Object value) {
        Object old = dict.put(name, value);
        invalidate(changesFlags(name, old) || changesFlags(name, value));
    }

    /** A read-only attribute of instances, computed by {@code get} from {@code self} (a C type's getset). */
    public void defineGetter(String name, java.util.function.Function<Object, Object> get) {
        define(name, new PyDescriptors.Property(new PyBuiltin(name, (t, a, k) -> get.apply(a[0])), null, null));
    }

    void setAttr(String name, Object value) {
        if (builtin) {
            throw Err.type("cannot set '" + name + "' attribute of immutable type '" + qualName() + "'");
        }
        if (name.equals("__name__") && value instanceof String s) {
            this.name = s;
            return;
        }
        if (name.equals("__module__") && value instanceof String s) {
            this.module = s;
        }
        Object old = value == null ? dict.remove(name) : dict.put(name, value);
        invalidate(changesFlags(name, old) || changesFlags(name, value));
    }

    /** The names whose presence along the MRO {@link #computeFlags} reads. */
    private static final java.util.Set<String> FLAG_NAMES = java.util.Set.of("__getattr__", "__del__", "__bool__", "__len__",
        "__getattribute__", "__setattr__", "__slots__");

    /**
     * Whether writing {@code value} under {@code name} (or removing it) can change a flag that
     * {@link #computeFlags} derives: one of {@link #FLAG_NAMES} or a data descriptor. Enum's metaclass
     * sets and deletes each member on the new class, and ABCMeta sets {@code __abstractmethods__} on
     * each; recomputing the flags for each walked every dict of the MRO (quadratic in an enum's
     * members), where CPython's type_setattro updates only the slot a dunder names.
     */
    private static boolean changesFlags(String name, Object value) {
        return FLAG_NAMES.contains(name) || value != null && (Attr.isDataDescriptor(value) || value instanceof PyAttrDescriptor);
    }

    private void computeFlags() {
        hasGetattr = lookup("__getattr__") != null;
        hasDel = !builtin && lookup("__del__") != null;
        hasTruth = lookup("__bool__") != null || lookup("__len__") != null;
        Object ga = lookup("__getattribute__");
        hasGetattribute = ga != null && !(ga instanceof PyBuiltin);
        // a bare object() has no dict: its writes take the slow path, which refuses them
        hasSetattr = lookup("__setattr__") instanceof PyFunction || this == Types.OBJECT;
        if (!builtin) {
            ownDataDescriptor = false;
            ownSlotMember = false;
            for (Object v : dict.values()) {
                ownDataDescriptor |= Attr.isDataDescriptor(v);
                ownSlotMember |= v instanceof PyAttrDescriptor d && d.slotMember();
            }
        }
        boolean props = false;
        boolean slotMember = false;
        for (PyType t : mro) {
            // A class that is not built in keeps its own two flags current: every write that could
            // change them recomputes them (setAttr, define). A built-in type's dict is filled by Java
            // code, so it is read. Reading each base's dict here made creating a class cost the size
            // of every dict along its MRO, twice.
            props = props || (t.builtin ? hasDataDescriptor(t.dict) : t.ownDataDescriptor);
            slotMember |= t.ownSlotMember;
        }
        slotNames = computeSlots();
        slotsBesideDict = slotNames == null && !builtin && slotMember;
        hasProperties = props || slotsBesideDict; // their members are data descriptors the fast paths do not read
    }

    private static boolean hasDataDescriptor(Map<String, Object> d) {
        for (Object v : d.values()) {
            if (Attr.isDataDescriptor(v)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Instance attribute names allowed by {@code __slots__}, or null when instances have a dict:
     * only when every class in the MRO but object is a user class declaring slots without __dict__.
     */
    private java.util.Set<String> computeSlots() {
        if (builtin) {
            return null;
        }
        java.util.Set<String> names = new java.util.HashSet<>();
        for (PyType t : mro) {
            if (t == Types.OBJECT) {
                continue;
            }
            Object declared = t.builtin ? null : t.dict.get("__slots__");
            if (declared == null) {
                return null;
            }
            Object[] items = declared instanceof String one ? new Object[] {one}
                : declared instanceof PyTuple tu ? tu.items : declared instanceof PyList l ? l.toArray() : null;
            if (items == null) {
                return null;
            }
            for (Object n : items) {
                if (!(n instanceof String s) || s.equals("__dict__")) {
                    return null;
                }
                names.add(PyAttrDescriptor.mangle(t.name, s));
            }
        }
        return names;
    }

    /**
     * Whether instances take weak references: a class statement's class unless every class of its
     * MRO declares {@code __slots__} and none of them names {@code __weakref__} (or, for a builtin,
     * its base) gives it one.
     */
    public boolean weakrefable() {
        if (builtin) {
            return this != Types.OBJECT;
        }
        for (PyType t : mro) {
            if (t == Types.OBJECT) {
                continue;
            }
            if (t.builtin) {
                return t.weakrefable();
            }
            Object declared = t.dict.get("__slots__");
            if (declared == null) {
                return true;
            }
            Object[] items = declared instanceof String one ? new Object[] {one}
                : declared instanceof PyTuple tu ? tu.items : declared instanceof PyList l ? l.toArray() : null;
            if (items == null) {
                return true;
            }
            for (Object n : items) {
                if ("__weakref__".equals(n)) {
                    return true;
                }
            }
        }
        return false;
    }

    void invalidate() {
        invalidate(true);
    }

    /** Clears the lookup caches of this class and its subclasses; {@code flags}: recompute their flags too. */
    private void invalidate(boolean flags) {
        cache.clear();
        siteEntries = null;
        version++; // after the clear: a site that reads the new version cannot get a stale lookup
        if (flags) {
            computeFlags();
        }
        for (PyType s : subclassList()) {
            s.invalidate(flags);
        }
    }

    /** Forgets a class whose creation failed (its __init_subclass__ raised): it is no base's subclass. */
    void unlink() {
        unlinkFrom(bases);
    }

    void unlinkFrom(PyType[] from) {
        for (PyType b : from) {
            synchronized (b.subclasses) {
                for (java.util.Iterator<java.lang.ref.WeakReference<PyType>> it = b.subclasses.iterator(); it.hasNext();) {
                    PyType s = it.next().get();
                    if (s == null || s == this) {
                        it.remove();
                    }
                }
            }
        }
    }

    void linkTo(PyType[] to) {
        for (PyType b : to) {
            b.addSubclass(this);
        }
    }

    /** The live direct subclasses, for {@code type.__subclasses__()}. */
    public List<PyType> subclassList() {
        synchronized (subclasses) {
            List<PyType> live = new ArrayList<>(subclasses.size());
            for (java.lang.ref.WeakReference<PyType> r : subclasses) {
                PyType s = r.get();
                if (s != null) {
                    live.add(s);
                }
            }
            return live;
        }
    }

    public void finishInit() {
        computeFlags();
    }

    public boolean isSubtypeOf(PyType other) {
        if (this == other) {
            return true;
        }
        for (PyType t : mro) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    Layout baseLayout() {
        for (PyType t : mro) {
            if (t.layout != Layout.OBJECT) {
                return t.layout;
            }
        }
        return Layout.OBJECT;
    }

    /** The nearest built-in ancestor that has a constructor (for subclasses of list, dict, int...). */
    PyType builtinBase() {
        for (PyType t : mro) {
            if (t.builtin && t.ctor != null && t != Types.OBJECT) {
                return t;
            }
        }
        return null;
    }

    String qualName() {
        String q = !builtin && qualname != null ? qualname : name;
        return module == null || module.equals("builtins") ? q : module + "." + q;
    }

    @Override
    public String toString() {
        return "<class '" + qualName() + "'>";
    }

    public static boolean isinstance(Object o, Object cls) {
        if (cls instanceof PyType t && t.metatype != null && t.metatype.lookup("__instancecheck__") instanceof PyFunction hook) {
            return Ops.truthy(Ops.call(PyThread.current(), hook, new Object[] {cls, o}, null));
        }
        if (cls instanceof PyType t) {
            if (Ops.isinstance(o, t)) {
                return true;
            }
            PyType claimed = claimedClass(o); // object_isinstance: a proxy's __class__ counts
            return claimed != null && claimed.isSubtypeOf(t);
        }
        if (cls instanceof PyTuple tup) {
            for (Object c : tup.items) {
                if (isinstance(o, c)) {
                    return true;
                }
            }
            return false;
        }
        Object m = Ops.typeOf(cls).lookup("__instancecheck__");
        if (m != null) {
            return Ops.truthy(SpecialMethods.call(PyThread.current(), m, new Object[] {cls, o}));
        }
        throw Err.type("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    /**
     * The class an instance's {@code __class__} attribute names when it differs from its type (a proxy's
     * {@code __getattribute__} or a {@code __class__} property); null otherwise, or when the read fails
     * with AttributeError. Only instances whose class overrides the read are asked.
     */
    static PyType claimedClass(Object o) {
        if (!(o instanceof PyInstance inst)
            || !inst.cls.hasGetattribute && inst.cls.lookup("__class__") == Types.OBJECT.lookup("__class__")) {
            return null;
        }
        Object icls;
        try {
            icls = Ops.getattr(o, "__class__");
        } catch (PyException e) {
            if (Err.matches(e, Types.AttributeError)) {
                return null;
            }
            throw e;
        }
        return icls != inst.cls && icls instanceof PyType it ? it : null;
    }

    public static boolean issubclass(Object c, Object cls) {
        if (cls instanceof PyType t && t.metatype != null && t.metatype.lookup("__subclasscheck__") instanceof PyFunction hook) {
            return Ops.truthy(Ops.call(PyThread.current(), hook, new Object[] {cls, c}, null));
        }
        if (cls instanceof PyType t) {
            if (!(c instanceof PyType ct)) {
                throw Err.type("issubclass() arg 1 must be a class");
            }
            return ct.isSubtypeOf(t);
        }
        if (cls instanceof PyTuple tup) {
            for (Object x : tup.items) {
                if (issubclass(c, x)) {
                    return true;
                }
            }
            return false;
        }
        Object m = Ops.typeOf(cls).lookup("__subclasscheck__");
        if (m != null) {
            return Ops.truthy(SpecialMethods.call(PyThread.current(), m, new Object[] {cls, c})); // typing's aliases check arg 1 themselves
        }
        throw Err.type("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }
}
