package dev.gilspy.interp.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A module and its globals. Globals live in cells so name lookups in compiled code can cache the
 * cell and skip the hash lookup after the first access.
 */
public final class PyModule extends PyObj {
    public final String name;
    public final Map<String, PyCell> cells = new LinkedHashMap<>();
    /**
     * For the namespace that {@code exec(src, m.__dict__, locals)} runs in: module {@code m}, whose dict
     * the functions defined there give as {@code __globals__} (typing evaluates string annotations there).
     */
    public PyModule execOf;
    /** Written in Java (CPython: in C): its repr says {@code (built-in)}. Set by the import system. */
    public volatile boolean builtin;

    public PyModule(String name) {
        this.name = name;
        put("__name__", name);
        put("__doc__", PyNone.NONE); // as CPython's module objects; a module docstring replaces it
    }

    @Override public PyType type() { return Types.MODULE; }

    public PyCell cell(String n) {
        if (Sync.ON) {
            synchronized (cells) {
                return cells.computeIfAbsent(n, k -> new PyCell());
            }
        }
        return cells.computeIfAbsent(n, k -> new PyCell());
    }

    public Object get(String n) {
        PyCell c = cells.get(n);
        return c == null ? null : c.value;
    }

    /**
     * Binds a function written in Java: {@code def name(...)} of a builtin module. Its {@code __self__}
     * is the module, as in CPython, which also keeps it from binding as a method when a class body
     * stores it ({@code _buffer_decode = codecs.utf_8_decode}).
     */
    public void def(String name, PyCallable body) {
        put(name, new PyBuiltin(name, body, this));
    }

    public void put(String n, Object v) {
        cell(n).value = v;
    }

    @Override
    public String toString() {
        // CPython's module_repr: the file it came from, "(built-in)" for a module in C (here Java)
        Object file = get("__file__");
        if (file instanceof String f) {
            return "<module '" + name + "' from '" + f + "'>";
        }
        if (builtin) {
            return "<module '" + name + "' (built-in)>";
        }
        return "<module '" + name + "'>";
    }
}
