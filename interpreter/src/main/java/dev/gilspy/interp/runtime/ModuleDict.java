package dev.gilspy.interp.runtime;

/**
 * {@code module.__dict__} and {@code globals()}: a snapshot of the module's cells whose writes go
 * through to the module, so {@code globals()[name] = v} and
 * {@code sys.modules[m].__dict__.update(...)} (enum's {@code global_enum}) define globals as in
 * CPython. Reads see the module as it was when the dict was taken.
 */
final class ModuleDict extends PyDict {
    private final PyModule module;

    ModuleDict(PyModule module) {
        this.module = module;
        module.cells.forEach((k, c) -> {
            if (c.value != null) {
                super.put(k, c.value);
            }
        });
    }

    @Override public void put(Object k, Object v) {
        super.put(k, v);
        if (k instanceof String s) {
            module.put(s, v);
        }
    }

    @Override public Object remove(Object k) {
        Object old = super.remove(k);
        if (k instanceof String s) {
            PyCell c = module.cells.get(s);
            if (c != null) {
                c.value = null;
            }
        }
        return old;
    }
}
