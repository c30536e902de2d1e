package dev.gilspy.interp.nodes;

import dev.gilspy.interp.runtime.PyType;

/**
 * A call site's one-entry inline cache of {@code type.lookup(name)}: the type met last, its
 * {@link PyType#version()} then, and what the lookup gave. A hit costs two reads and two compares
 * instead of the type's hash lookup. Immutable, so a free-threaded site that races on its
 * {@link Site#entry} sees one whole entry or another, never a mix.
 */
final class MethodCache {
    final PyType type;
    final int version;
    final Object value;

    private MethodCache(PyType type, int version, Object value) {
        this.type = type;
        this.version = version;
        this.value = value;
    }

    /** The per-site holder. */
    static final class Site {
        private MethodCache entry;

        /** {@code type.lookup(name)}, from this site's entry when the type is unchanged since. */
        Object lookup(PyType type, String name) {
            int v = type.version();
            MethodCache e = entry;
            if (e != null && e.type == type && e.version == v) {
                return e.value;
            }
            Object value = type.lookup(name);
            entry = new MethodCache(type, v, value);
            return value;
        }
    }
}
