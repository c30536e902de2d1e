package dev.gilspy.interp.runtime;

/**
 * {@code module.__dict__} and {@code globals()}: a dict of the module's globals whose writes go
 * through to the module, so that {@code globals().update(...)} and {@code globals()[name] = v}
 * define globals as in CPython (re._constants makes its opcodes that way). Reads see the module.
 */
public final class ModuleDict extends PyDict {
    private final PyModule module;

    /**
     * The module whose namespace {@code globals} is, or null: {@code exec(src, mod.__dict__)} runs in
     * that module, as CPython's does, so the functions it defines see the module's later globals. A
     * copy as their globals held the module's values of the time, among them a class the next
     * iteration of a loop replaces: dataclasses' generated methods chained every class ever made.
     */
    public static PyModule moduleOf(Object globals) {
        return globals instanceof ModuleDict d ? d.module : null;
    }

    ModuleDict(PyModule module) {
        this.module = module;
        module.cells.forEach((k, c) -> {
            if (c.value != null) {
                super.put(k, c.value);
            }
        });
    }

    @Override
    public Object get(Object k) {
        if (k instanceof String s) {
            Object v = module.get(s);
            if (v != null) {
                return v;
            }
        }
        return super.get(k);
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
        if (k instanceof String s) {
            PyCell c = module.cells.get(s);
            if (c != null) {
                c.value = null;
            }
        }
        return r;
    }
}
