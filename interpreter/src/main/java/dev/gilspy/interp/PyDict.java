package dev.gilspy.interp;

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
    PyDict(int cap) { map = new LinkedHashMap<>(Math.max(4, cap * 2)); }

    @Override public PyType type() { return Types.DICT; }

    public Object get(Object k) {
        Object key = Ops.key(k);
        if (Sync.ON) {
            synchronized (this) {
                return map.get(key);
            }
        }
        return map.get(key);
    }

    public void put(Object k, Object v) {
        Object key = Ops.key(k);
        if (Sync.ON) {
            synchronized (this) {
                map.put(key, v);
            }
        } else {
            map.put(key, v);
        }
    }

    public Object remove(Object k) {
        Object key = Ops.key(k);
        if (Sync.ON) {
            synchronized (this) {
                return map.remove(key);
            }
        }
        return map.remove(key);
    }

    public boolean containsKey(Object k) {
        Object key = Ops.key(k);
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
    }

    public Object[] keysArray() {
        if (Sync.ON) {
            synchronized (this) {
                return map.keySet().toArray();
            }
        }
        return map.keySet().toArray();
    }

    List<Map.Entry<Object, Object>> entries() {
        if (Sync.ON) {
            synchronized (this) {
                return new ArrayList<>(map.entrySet());
            }
        }
        return new ArrayList<>(map.entrySet());
    }

    public String getStr(String k) {
        Object v = get(k);
        return v == null ? null : v.toString();
    }

    @Override public int hashCode() { throw Err.type("unhashable type: 'dict'"); }
    @Override public boolean equals(Object o) { return o == this; }
}
