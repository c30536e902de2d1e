package dev.gilspy.interp.runtime;

/** An instance of a class defined in Python. Java equals/hashCode dispatch to {@code __eq__}/{@code __hash__}. */
public class PyInstance extends PyObj {
    public PyType cls;
    /**
     * Where the attributes are: while {@code shape} is non-null, name {@code shape.keys[i]} has value
     * {@code values[i]} (values may be longer than the shape, or null for the empty shape); once
     * something asks for the real {@code __dict__} (or the names outgrow {@link Shape}), {@link #dict}
     * holds them and {@code shape} is null for good. See {@link Shape} for the measured reason.
     * With free-threading on ({@link Sync#ON}) every access locks the instance, as PyDict's do.
     */
    private Shape shape = Shape.EMPTY;
    private Object[] values;
    private PyDict dict;
    /** The {@code __slots__} members' values when the class also gives a dict (PyType#slotsBesideDict); else unused. */
    private java.util.HashMap<String, Object> slotsAside;

    public PyInstance(PyType cls) { this.cls = cls; }

    @Override public PyType type() { return cls; }

    /** For instances whose attributes never live in a shape ({@code _thread._local}'s are per thread). */
    final void useDictOnly() {
        dict = new PyDict();
        shape = null;
    }

    /**
     * A {@code __slots__} member's value beside the dict (null: unset), or, with {@code write}, sets it
     * ({@code v} non-null) or empties it ({@code v} null); returns the old value for a write.
     */
    final Object slotAside(String name, Object v, boolean write) {
        if (Sync.ON) {
            synchronized (this) {
                return slotAsideLocked(name, v, write);
            }
        }
        return slotAsideLocked(name, v, write);
    }

    private Object slotAsideLocked(String name, Object v, boolean write) {
        java.util.HashMap<String, Object> m = slotsAside;
        if (!write) {
            return m == null ? null : m.get(name);
        }
        if (v == null) {
            return m == null ? null : m.remove(name);
        }
        if (m == null) {
            slotsAside = m = new java.util.HashMap<>(4);
        }
        return m.put(name, v);
    }

    public Object getDictAttr(String name) {
        if (Sync.ON) {
            synchronized (this) {
                return read(name);
            }
        }
        return read(name);
    }

    private Object read(String name) {
        Shape s = shape;
        if (s == null) {
            return dict.get(name);
        }
        int i = s.indexOf(name);
        return i < 0 ? null : values[i];
    }

    /** No dict and no slot for {@code name}: a class attribute is then read-only (object_generic_setattr). */
    PyException noSlot(String name) {
        return cls.lookup(name) != null ? Err.attr("'" + cls.name + "' object attribute '" + name + "' is read-only")
            : Err.attr("'" + cls.name + "' object has no attribute '" + name + "'");
    }

    public void putDictAttr(String name, Object v) {
        if (cls.slotNames != null && !cls.slotNames.contains(name)) {
            throw noSlot(name);
        }
        if (name.equals("__dict__")) {
            setDict(v);
            return;
        }
        if (Sync.ON) {
            synchronized (this) {
                write(name, v);
            }
        } else {
            write(name, v);
        }
    }

    private void write(String name, Object v) {
        Shape s = shape;
        if (s == null) {
            dict.put(name, v);
            return;
        }
        int i = s.indexOf(name);
        if (i >= 0) {
            values[i] = v;
            return;
        }
        Shape n = s.size() < Shape.MAX_SIZE ? s.with(name) : null;
        if (n == null) {
            materialise().put(name, v);
            return;
        }
        i = s.size();
        Object[] vals = values;
        if (vals == null || vals.length <= i) {
            int cap = Math.max(Math.max(cls.attrCountHint, 2), i * 2);
            vals = vals == null ? new Object[cap] : java.util.Arrays.copyOf(vals, cap);
            values = vals;
        }
        if (i >= cls.attrCountHint) {
            cls.attrCountHint = i + 1; // the next instance starts with room for all of them
        }
        vals[i] = v;
        shape = n;
    }

    /** Removes attribute {@code name}; returns its value, or null when the instance has none. */
    public Object removeDictAttr(String name) {
        if (Sync.ON) {
            synchronized (this) {
                return remove(name);
            }
        }
        return remove(name);
    }

    private Object remove(String name) {
        Shape s = shape;
        if (s == null) {
            return dict.remove(name);
        }
        int i = s.indexOf(name);
        if (i < 0) {
            return null;
        }
        Object old = values[i];
        // the shape without the name: the others keep their order, as a dict's would
        Shape n = Shape.EMPTY;
        Object[] nv = new Object[values.length];
        int j = 0;
        for (int k = 0; k < s.size() && n != null; k++) {
            if (k != i) {
                n = n.with(s.keys[k]);
                nv[j++] = values[k];
            }
        }
        if (n == null) {
            materialise().remove(name);
        } else {
            shape = n;
            values = nv;
        }
        return old;
    }

    /** {@code obj.__dict__ = d} (CPython's subtype_setdict): the dict becomes the instance's attributes, live. */
    public final void setDict(Object v) {
        if (!(v instanceof PyDict d) || v instanceof PyMappingProxy) {
            throw Err.type("__dict__ must be set to a dictionary, not a '" + Ops.typeOf(v).name + "'");
        }
        if (Sync.ON) {
            synchronized (this) {
                dict = d;
                shape = null;
                values = null;
            }
        } else {
            dict = d;
            shape = null;
            values = null;
        }
    }

    /** The attributes as a real dict (the object's {@code __dict__}): made on first request, then it holds them. */
    public PyDict dict() {
        if (Sync.ON) {
            synchronized (this) {
                return materialise();
            }
        }
        return materialise();
    }

    private PyDict materialise() {
        Shape s = shape;
        if (s == null) {
            return dict;
        }
        PyDict d = new PyDict(s.size());
        for (int i = 0; i < s.size(); i++) {
            d.put(s.keys[i], values[i]);
        }
        dict = d;
        shape = null;
        values = null;
        return d;
    }

    /**
     * {@link #getDictAttr} through a site's inline cache. Only for shapes: an instance in dict mode
     * (or a subclass that keeps attributes elsewhere, which is always in dict mode) takes the virtual path.
     */
    public final Object getCached(String name, AttrSite site) {
        if (!Sync.ON) {
            Shape s = shape;
            if (s != null) {
                AttrSite.Entry e = site.entry;
                if (e != null && e.shape() == s && e.from() == null) {
                    int i = e.index();
                    return i < 0 ? null : values[i];
                }
                int i = s.indexOf(name);
                site.entry = new AttrSite.Entry(null, s, i); // -1 remembers the absence (a method call's check)
                return i < 0 ? null : values[i];
            }
        }
        return getDictAttr(name);
    }

    /** {@link #putDictAttr} through a site's inline cache: a hit stores the value (and moves to the next shape). */
    public final void putCached(String name, Object v, AttrSite site) {
        if (!Sync.ON && cls.slotNames == null) {
            Shape s = shape;
            if (s != null) {
                AttrSite.Entry e = site.entry;
                if (e != null) {
                    if (e.from() == null) {
                        if (e.shape() == s && e.index() >= 0) {
                            values[e.index()] = v;
                            return;
                        }
                    } else if (e.from() == s) {
                        Object[] vals = values;
                        int i = e.index();
                        if (vals == null) {
                            // a new instance's first attribute (only the empty shape has no values):
                            // room for as many as the class's instances had, as write() makes it.
                            // Left to write(), every instance creation replaced this site's entry
                            // with a new equal one, after a shape lookup of the name.
                            values = vals = new Object[Math.max(Math.max(cls.attrCountHint, 2), i + 1)];
                        }
                        if (i < vals.length) {
                            vals[i] = v;
                            shape = e.shape();
                            return;
                        }
                    }
                }
                int i = s.indexOf(name);
                if (i >= 0) {
                    site.entry = new AttrSite.Entry(null, s, i);
                    values[i] = v;
                    return;
                }
                write(name, v);
                Shape n = shape;
                if (n != null && n.parent == s) {
                    site.entry = new AttrSite.Entry(s, n, s.size());
                }
                return;
            }
        }
        putDictAttr(name, v);
    }

    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        Object eq = cls.lookup("__eq__");
        if (eq == null || eq instanceof PyBuiltin) {
            return false;
        }
        Object r = Ops.call(PyThread.current(), eq, new Object[] {this, o}, null);
        return r != Types.NOT_IMPLEMENTED && Ops.truthy(r);
    }

    @Override
    public int hashCode() {
        Object h = cls.lookup("__hash__");
        if (h == PyNone.NONE) {
            throw Err.type("unhashable type: '" + cls.name + "'");
        }
        if (h == null || h instanceof PyBuiltin) {
            if (cls.lookup("__eq__") instanceof PyFunction) {
                throw Err.type("unhashable type: '" + cls.name + "'");
            }
            return System.identityHashCode(this);
        }
        Object r = Ops.call(PyThread.current(), h, new Object[] {this}, null);
        return Long.hashCode(Ops.toLong(r));
    }

    /** The Java hash a str with this object's Python hash has (a str's Python hash is its Java hash). */
    int strHash() {
        Object h = cls.lookup("__hash__");
        if (!(h instanceof PyFunction)) {
            return hashCode();
        }
        long v = Ops.toLong(Ops.call(PyThread.current(), h, new Object[] {this}, null));
        return v == (int) v ? (int) v : Long.hashCode(v);
    }

    /** Raises TypeError when instances of this class are unhashable, without calling {@code __hash__}. */
    void checkHashable() {
        Object h = cls.lookup("__hash__");
        if (h == PyNone.NONE || (h == null || h instanceof PyBuiltin) && cls.lookup("__eq__") instanceof PyFunction) {
            throw Err.type("unhashable type: '" + cls.name + "'");
        }
    }
}
