package dev.gilspy.interp.runtime;

/**
 * A module's {@code __dict__} (what {@code globals()} returns at module level): a snapshot of the
 * module's cells that writes through, so {@code globals()[name] = value} defines {@code name} in the
 * module as CPython's live dict does ({@code hashlib.py} defines its constructors this way).
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

    @Override
    public void put(Object k, Object v) {
        super.put(k, v);
        if (k instanceof String s) {
            module.put(s, v);
        }
    }

    @Override
    public Object remove(Object k) {
        Object r = super.remove(k);
        if (k instanceof String s && module.cells.get(s) != null) {
            module.cells.get(s).value = null;
        }
        return r;
    }
}
