package dev.gilspy.interp.runtime;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The interpreter's module table: a map the import system reads fast, mirrored into the
 * {@code sys.modules} dict so that Python code iterating {@code sys.modules} (keys, items, len)
 * sees every module, including those imported before {@code sys} existed.
 */
final class ModuleTable extends ConcurrentHashMap<String, PyModule> {
    private transient PyDict mirror;

    /** From now on, writes are mirrored into {@code d} (which first receives every module so far). */
    void mirrorInto(PyDict d) {
        mirror = d;
        forEach((k, v) -> {
            synchronized (d) {
                d.map.put(k, v);
                d.mods++;
            }
        });
    }

    @Override
    public PyModule put(String k, PyModule v) {
        PyModule r = super.put(k, v);
        PyDict d = mirror;
        if (d != null) {
            synchronized (d) {
                d.map.put(k, v);
                d.mods++;
            }
        }
        return r;
    }

    @Override
    public PyModule remove(Object k) {
        PyModule r = super.remove(k);
        PyDict d = mirror;
        if (d != null && r != null) {
            synchronized (d) {
                if (d.map.get(k) == r) {
                    d.map.remove(k);
                    d.mods++;
                }
            }
        }
        return r;
    }
}
