package dev.gilspy.interp.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Python {@code dict}: insertion-ordered. Keys are normalised by {@link Ops#key} so that
 * {@code 1}, {@code 1.0} and {@code True} are one key, and Java equals/hashCode do the rest.
 */
public class PyDict extends PyObj {
    final LinkedHashMap<Object, Object> map;

    public PyDict() { map = new LinkedHashMap<>(); }
    public PyDict(int cap) { map = new LinkedHashMap<>(Math.max(4, cap * 2)); }

    @Override public PyType type() { return Types.DICT; }

    public Object get(Object k) {
        Object key = Hashing.key(k);
        if (Sync.ON) {
            synchronized (this) {
                return map.get(key);
            }
        }
        return map.get(key);
    }

    /** Original keys (True, 1.0) that were normalised to another Java key; null until one appears. */
    java.util.HashMap<Object, Object> origKeys;

    public void put(Object k, Object v) {
        Object key = Hashing.key(k);
        if (key != k) {
            putOrig(k, key, v);
            return;
        }
        if (Sync.ON) {
            synchronized (this) {
                map.put(key, v);
            }
        } else {
            map.put(key, v);
        }
    }

    private synchronized void putOrig(Object k, Object key, Object v) {
        if (map.put(key, v) == null) {
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
        if (origKeys != null) {
            synchronized (this) {
                origKeys.remove(key);
            }
        }
        if (Sync.ON) {
            synchronized (this) {
                return map.remove(key);
            }
        }
        return map.remove(key);
    }

    public boolean containsKey(Object k) {
        Object key = Hashing.key(k);
        if (Sync.ON) {
            synchronized (this) {
                return map.containsKey(key);
            }
        }
        return map.containsKey(key);
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
        if (other instanceof PyDict o) {
            for (var e : o.entries()) {
                d.put(e.getKey(), e.getValue());
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
