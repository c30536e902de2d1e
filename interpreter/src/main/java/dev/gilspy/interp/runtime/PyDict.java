package dev.gilspy.interp.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Python {@code dict}: insertion-ordered. Keys are normalised by {@link Hashing#key} so that
 * {@code 1}, {@code 1.0} and {@code True} are one key, and Java equals/hashCode do the rest.
 *
 * <p>A Java {@code String.equals} never calls Python, so a key of a class with its own
 * {@code __eq__} (a {@link PyInstance}: a str or int subclass with {@code __eq__}/{@code __hash__}, or
 * any object hashing and comparing like a str or a number) is also listed in {@link #foreign}: a str
 * or number key that misses is then compared, hash first, with those keys (CPython's lookdict, the
 * generic path); Java's {@code String.equals} and {@code Long.equals} never see the subclass.
 *
 * <p>{@link #mods} counts insertions and deletions of keys, so that an iterator sees a dict whose
 * keys changed while its size did not (CPython's "dictionary keys changed during iteration").
 */
public class PyDict extends PyObj {
    final LinkedHashMap<Object, Object> map;
    /** Insertions and deletions of keys so far (not value replacements). */
    int mods;
    /** Keys with a Python {@code __eq__}; null until one is put. */
    private java.util.ArrayList<Foreign> foreign;
    /**
     * Some key in {@link #foreign} is an int or float subclass: only then does a number key that misses
     * scan it (other objects with an {@code __eq__} are not asked their hash again for every int put).
     */
    private boolean numberSubKeys;
    /**
     * The module that {@code exec(code, this)} runs code in (Builtins.runIn), kept for the dict's
     * lifetime: functions an earlier exec defined read their globals from it, so they see the names a
     * later exec into the same dict binds (doctest's examples). Null until such an exec.
     */
    public PyModule execModule;

    /**
     * A key with a Python {@code __eq__}, with the Java hash of a str equal to it and its Python hash,
     * each asked of its {@code __hash__} at the first scan that needs it.
     */
    private static final class Foreign {
        final Object key;
        Integer hash;
        Long pyHash;
        Foreign(Object key) { this.key = key; }
    }

    public PyDict() { map = new LinkedHashMap<>(); }
    public PyDict(int cap) { map = new LinkedHashMap<>(Math.max(4, cap * 2)); }
    /** A dict over another's entries: a live view (mappingproxy). */
    PyDict(LinkedHashMap<Object, Object> shared) { map = shared; }

    @Override public PyType type() { return Types.DICT; }

    public Object get(Object k) {
        Object key = Hashing.key(k);
        Object v;
        if (Sync.ON) {
            synchronized (this) {
                v = map.get(key);
            }
        } else {
            v = map.get(key);
        }
        if (v == null && foreign != null) {
            Object fk = foreignKey(key);
            return fk == null ? null : map.get(fk);
        }
        return v;
    }

    /**
     * The key with a Python {@code __eq__} that equals {@code key}, which the map missed because
     * {@code key}'s own Java equals (a str's, an int's) does not call Python; null when none does.
     */
    private Object foreignKey(Object key) {
        if (isNumber(key)) {
            return foreignNumberKey(key);
        }
        if (!(key instanceof String)) {
            return null; // a PyInstance's own equals called Python already
        }
        java.util.ArrayList<Foreign> fs = foreign;
        if (fs == null) {
            return null;
        }
        int h = key.hashCode();
        for (Foreign f : fs.toArray(new Foreign[0])) {
            if (f.hash == null) {
                f.hash = ((PyInstance) f.key).strHash();
            }
            if (f.hash == h && f.key.equals(key)) {
                return f.key;
            }
        }
        return null;
    }

    /** The keys {@link #foreignKey} looks up beside the map: a str's or a number's Java equals never calls Python. */
    private static boolean plainKey(Object key) {
        return key instanceof String || isNumber(key);
    }

    private static boolean isNumber(Object key) {
        return key instanceof Long || key instanceof Double || key instanceof java.math.BigInteger;
    }

    /** {@link #foreignKey} for an int or float key: an int subclass with its own {@code __eq__}/{@code __hash__}, hash first. */
    private Object foreignNumberKey(Object key) {
        java.util.ArrayList<Foreign> fs = foreign;
        if (fs == null || !numberSubKeys) {
            return null;
        }
        long h = Hashing.hash(key);
        for (Foreign f : fs.toArray(new Foreign[0])) {
            if (!isNumberSub(f.key)) {
                continue;
            }
            if (f.pyHash == null) {
                f.pyHash = Hashing.hash(f.key);
            }
            if (f.pyHash == h && f.key.equals(key)) {
                return f.key;
            }
        }
        return null;
    }

    private static boolean isNumberSub(Object key) {
        return key instanceof PyValueSub v && isNumber(v.value);
    }

    private void noteKey(Object key) {
        mods++;
        if (key instanceof PyInstance pi && pi.cls.lookup("__eq__") instanceof PyFunction) {
            if (foreign == null) {
                foreign = new java.util.ArrayList<>();
            }
            foreign.add(new Foreign(key));
            numberSubKeys |= isNumberSub(key);
        }
    }

    private void forgetKey(Object key) {
        mods++;
        if (foreign != null && key instanceof PyInstance) {
            foreign.removeIf(f -> f.key == key);
            if (foreign.isEmpty()) {
                foreign = null;
                numberSubKeys = false;
            }
        }
    }

    /** Original keys (True, 1.0) that were normalised to another Java key; null until one appears. */
    java.util.HashMap<Object, Object> origKeys;

    public void put(Object k, Object v) {
        Object key = Hashing.key(k);
        if (foreign != null && plainKey(key)) {
            Object fk = map.containsKey(key) ? null : foreignKey(key);
            if (fk != null) {
                key = fk;
                k = fk;
            }
        }
        if (key != k) {
            putOrig(k, key, v);
            return;
        }
        if (Sync.ON) {
            synchronized (this) {
                if (map.put(key, v) == null) {
                    noteKey(key);
                }
            }
        } else if (map.put(key, v) == null) {
            noteKey(key);
        }
        if (execModule != null && key instanceof String name) {
            execModule.put(name, v); // d["k"] = v between two exec(src, d): the functions see it at once
        }
    }

    /** {@code dict.setdefault}: one hash and one comparison of the key, as CPython's. */
    public Object setdefault(Object k, Object dflt) {
        Object key = Hashing.key(k);
        if (foreign != null && plainKey(key) || key != k || getClass() != PyDict.class || execModule != null) {
            Object v = get(k); // a module's dict (ModuleDict) and others keep their entries their own way
            if (v == null) {
                put(k, dflt);
                return dflt;
            }
            return v;
        }
        synchronized (this) {
            Object v = map.putIfAbsent(key, dflt);
            if (v == null) {
                noteKey(key);
                return dflt;
            }
            return v;
        }
    }

    private synchronized void putOrig(Object k, Object key, Object v) {
        if (map.put(key, v) == null) {
            mods++;
            if (origKeys == null) {
                origKeys = new java.util.HashMap<>();
            }
            origKeys.put(key, k);
        }
    }

    Object orig(Object key) {
        java.util.HashMap<Object, Object> o = origKeys;
        if (o == null) {
            return key;
        }
        Object r = o.get(key);
        return r == null ? key : r;
    }

    public Object remove(Object k) {
        Object key = Hashing.key(k);
        if (foreign != null && plainKey(key) && !map.containsKey(key)) {
            Object fk = foreignKey(key);
            if (fk != null) {
                key = fk;
            }
        }
        if (origKeys != null) {
            synchronized (this) {
                origKeys.remove(key);
            }
        }
        Object r;
        if (Sync.ON) {
            synchronized (this) {
                r = map.remove(key);
            }
        } else {
            r = map.remove(key);
        }
        if (r != null) {
            forgetKey(key);
            if (execModule != null && key instanceof String name) {
                emptyExecCell(name);
            }
        }
        return r;
    }

    public boolean containsKey(Object k) {
        Object key = Hashing.key(k);
        boolean r;
        if (Sync.ON) {
            synchronized (this) {
                r = map.containsKey(key);
            }
        } else {
            r = map.containsKey(key);
        }
        return r || foreign != null && foreignKey(key) != null;
    }

    public int size() { return map.size(); }

    void clear() {
        if (Sync.ON) {
            synchronized (this) {
                map.clear();
            }
        } else {
            map.clear();
        }
        origKeys = null;
        foreign = null;
        numberSubKeys = false;
        mods++;
        if (execModule != null) {
            for (String name : execModule.cells.keySet().toArray(new String[0])) {
                emptyExecCell(name);
            }
        }
    }

    /** A name gone from an exec's globals dict: gone for the functions that exec defined too (cells stay: code holds them). */
    private void emptyExecCell(String name) {
        PyCell c = execModule.cells.get(name);
        if (c != null) {
            c.value = null;
        }
    }

    public Object[] keysArray() {
        Object[] keys;
        if (Sync.ON) {
            synchronized (this) {
                keys = map.keySet().toArray();
            }
        } else {
            keys = map.keySet().toArray();
        }
        if (origKeys != null) {
            for (int i = 0; i < keys.length; i++) {
                keys[i] = orig(keys[i]);
            }
        }
        return keys;
    }

    /**
     * The dict's own entries in order, not copied, for a caller that walks them as CPython's
     * PyDict_Next does: keys are normalised ({@link #origKey} gives the original), and the caller checks
     * {@link #mods()} before each step, since the iterator fails once a key is added or removed.
     */
    public java.util.Iterator<Map.Entry<Object, Object>> liveEntries() { return map.entrySet().iterator(); }

    /**
     * {@link #liveEntries} after the normalised key {@code last} (or, if it is gone, after the first
     * {@code done}): where PyDict_Next goes on from after a key was added or removed (removed skipped, added last).
     */
    public java.util.Iterator<Map.Entry<Object, Object>> liveEntriesAfter(Object last, int done) {
        var it = liveEntries();
        while (it.hasNext()) {
            if (it.next().getKey() == last) {
                return it;
            }
        }
        it = liveEntries();
        for (int j = 0; j < done && it.hasNext(); j++) {
            it.next();
        }
        return it;
    }

    /** Insertions and deletions of keys so far: unchanged while a {@link #liveEntries} walk stays valid. */
    public int mods() { return mods; }

    /** The key as put (True, 1.0) for a normalised key from {@link #liveEntries}. */
    public Object origKey(Object key) { return orig(key); }

    public List<Map.Entry<Object, Object>> entries() {
        List<Map.Entry<Object, Object>> out;
        if (Sync.ON) {
            synchronized (this) {
                out = new ArrayList<>(map.entrySet());
            }
        } else {
            out = new ArrayList<>(map.entrySet());
        }
        if (origKeys != null) {
            for (int i = 0; i < out.size(); i++) {
                var e = out.get(i);
                out.set(i, Map.entry(orig(e.getKey()), e.getValue()));
            }
        }
        return out;
    }

    public String getStr(String k) {
        Object v = get(k);
        return v == null ? null : v.toString();
    }

    @Override public int hashCode() { throw Err.type("unhashable type: 'dict'"); }
    @Override public boolean equals(Object o) { return o == this; }

    public static void updateDict(PyDict d, Object other) {
        if (other instanceof PyDict o && !SpecialMethods.overridden(o, "__iter__")) { // dict_merge: a subclass's own __iter__ means keys()
            int before = o.mods;
            for (var e : o.entries()) {
                d.put(e.getKey(), e.getValue());
                if (o.mods != before) {
                    throw Err.runtime("dict mutated during update"); // a key's __eq__ changed it (dict_merge)
                }
            }
            return;
        }
        Object keys = Ops.getattrOrNull(other, "keys");
        if (keys != null) {
            for (Object k : Ops.toArray(Ops.call(PyThread.current(), keys, new Object[0], null))) {
                d.put(k, Ops.getitem(other, k));
            }
            return;
        }
        int i = 0;
        for (Object item : Ops.toArray(other)) {
            Object[] kv = Ops.toArray(item);
            if (kv.length != 2) {
                throw Err.value("dictionary update sequence element #" + i + " has length " + kv.length + "; 2 is required");
            }
            d.put(kv[0], kv[1]);
            i++;
        }
    }
}
