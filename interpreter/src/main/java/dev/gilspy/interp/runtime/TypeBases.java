package dev.gilspy.interp.runtime;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code C.__bases__ = (...)} (CPython's {@code type_set_bases}): checks the tuple as CPython does
 * (non-empty, classes only, no inheritance cycle, the same instance layout as before), then gives
 * the class and every class below it a new MRO. If any of those MROs cannot be built, every class
 * keeps its old bases and MRO and the TypeError propagates. The subclass lists of the old and new
 * bases follow, and the attribute caches of the class and its subclasses are invalidated (their
 * versions bumped), so no call site keeps a lookup made through the old bases.
 */
final class TypeBases {
    private TypeBases() {}

    static void set(PyType t, Object v) {
        if (t.builtin) {
            throw Err.type("cannot set '__bases__' attribute of immutable type '" + t.qualName() + "'");
        }
        if (!(v instanceof PyTuple tu)) {
            throw Err.type("can only assign tuple to " + t.name + ".__bases__, not " + Ops.typeName(v));
        }
        if (tu.items.length == 0) {
            throw Err.type("can only assign non-empty tuple to " + t.name + ".__bases__, not ()");
        }
        PyType[] nb = new PyType[tu.items.length];
        for (int i = 0; i < nb.length; i++) {
            if (!(tu.items[i] instanceof PyType b)) {
                throw Err.type(t.name + ".__bases__ must be tuple of classes, not '" + Ops.typeName(tu.items[i]) + "'");
            }
            if (b.isSubtypeOf(t)) {
                throw Err.type("a __bases__ item causes an inheritance cycle");
            }
            Instantiate.checkAcceptableBase(b);
            for (int j = 0; j < i; j++) {
                if (nb[j] == b) {
                    throw Err.type("duplicate base class " + b.name);
                }
            }
            nb[i] = b;
        }
        PyType oldSolid = solid(t.bases.length == 0 ? Types.OBJECT : t.bases[0]);
        PyType newSolid = solid(nb[0]);
        if (oldSolid != newSolid) {
            throw Err.type("__bases__ assignment: '" + nb[0].name + "' deallocator differs from '"
                + (t.bases.length == 0 ? "object" : t.bases[0].name) + "'");
        }
        List<PyType> affected = new ArrayList<>();
        collect(t, affected, new IdentityHashMap<>());
        Map<PyType, PyType[]> oldMros = new IdentityHashMap<>();
        for (PyType a : affected) {
            oldMros.put(a, a.mro);
        }
        PyType[] oldBases = t.bases;
        t.bases = nb;
        try {
            // twice: a class below two affected classes may be reached before the second of them
            for (int pass = 0; pass < 2; pass++) {
                for (PyType a : affected) {
                    PyType[] own = Instantiate.customMro(a, false); // mro_internal: a metaclass's mro() again
                    a.mro = own != null ? own : a.computeMro();
                }
            }
        } catch (PyException e) {
            if (t.bases == nb) { // a metaclass's mro() may have assigned __bases__ again: that assignment stands
                t.bases = oldBases;
            }
            oldMros.forEach((a, m) -> a.mro = m);
            throw e;
        }
        if (t.bases != nb) {
            // type_set_bases: a reentrant assignment (from a metaclass's mro()) already linked the
            // class under its own bases; linking it under these too would put a cycle in the subclass lists
            return;
        }
        t.unlinkFrom(oldBases);
        t.linkTo(nb);
        t.invalidate();
    }

    /** The class and everything below it, each once, parents before children where the walk allows. */
    private static void collect(PyType t, List<PyType> out, Map<PyType, Boolean> seen) {
        if (seen.put(t, Boolean.TRUE) != null) {
            return;
        }
        out.add(t);
        for (PyType s : t.subclassList()) {
            collect(s, out, seen);
        }
    }

    /** The built-in type whose instance layout a class's instances have (object for plain classes). */
    private static PyType solid(PyType t) {
        for (PyType m : t.mro) {
            if (m.builtin && m != Types.OBJECT) {
                return m;
            }
        }
        return Types.OBJECT;
    }

    /**
     * CPython's compatible_for_assignment for {@code obj.__class__ = newto}: from each class, go up
     * the first-base chain past the classes that add nothing to the instance layout (no slots, no
     * {@code __dict__}, no {@code __weakref__} of their own); the two classes reached must be one, or
     * have the same first base and add the same slots, dict and weakref entry.
     */
    static boolean compatibleLayout(PyType oldto, PyType newto) {
        PyType o = layoutBase(oldto);
        PyType n = layoutBase(newto);
        if (o == n) {
            return true;
        }
        if (o.builtin || n.builtin || o.bases.length == 0 || n.bases.length == 0 || o.bases[0] != n.bases[0]) {
            return false;
        }
        return ownSlots(o).equals(ownSlots(n)) && addsEntry(o, "__dict__") == addsEntry(n, "__dict__")
            && addsEntry(o, "__weakref__") == addsEntry(n, "__weakref__");
    }

    private static PyType layoutBase(PyType t) {
        while (!t.builtin && t.bases.length > 0 && ownSlots(t).isEmpty() && !addsEntry(t, "__dict__") && !addsEntry(t, "__weakref__")) {
            t = t.bases[0];
        }
        return t;
    }

    private static boolean addsEntry(PyType t, String name) {
        return t.dict.get(name) instanceof PyAttrDescriptor d && d.heapSlot && d.owner == t;
    }

    /** The slot names a class's own {@code __slots__} declares, {@code __dict__} and {@code __weakref__} aside. */
    private static java.util.Set<String> ownSlots(PyType t) {
        Object declared = t.builtin ? null : t.dict.get("__slots__");
        Object[] items = declared instanceof String one ? new Object[] {one}
            : declared instanceof PyTuple tu ? tu.items : declared instanceof PyList l ? l.toArray() : new Object[0];
        java.util.Set<String> names = new java.util.TreeSet<>();
        for (Object n : items) {
            if (n instanceof String s && !s.equals("__dict__") && !s.equals("__weakref__")) {
                names.add(s);
            }
        }
        return names;
    }
}
