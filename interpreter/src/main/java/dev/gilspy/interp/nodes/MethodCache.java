package dev.gilspy.interp.nodes;

import dev.gilspy.interp.runtime.PyType;
import java.lang.ref.WeakReference;

/**
 * A call site's one-entry inline cache of {@code type.lookup(name)}: the type met last, its
 * {@link PyType#version()} then, and what the lookup gave. A hit costs three reads and two compares
 * instead of the type's hash lookup. Immutable, so a free-threaded site that races on its
 * {@link Site#entry} sees one whole entry or another, never a mix.
 *
 * <p>The site holds its entry weakly and the type strongly ({@link PyType#keepSiteEntry}): the entry
 * lives as long as its type, and a site does not keep the last type it met alive (with the
 * function it looked up, which refers to its class). Sites meeting the same type share its entry
 * for the name, so a miss on a type seen before is one hash lookup and no allocation.
 */
final class MethodCache {
    final PyType type;
    final int version;
    final Object value;
    /** What sites hold: made once per entry. */
    final WeakReference<MethodCache> ref;

    private MethodCache(PyType type, int version, Object value) {
        this.type = type;
        this.version = version;
        this.value = value;
        this.ref = new WeakReference<>(this);
    }

    /** The per-site holder. */
    static final class Site {
        private WeakReference<MethodCache> entry;

        /** {@code type.lookup(name)}, from this site's entry when the type is unchanged since. */
        Object lookup(PyType type, String name) {
            int v = type.version();
            WeakReference<MethodCache> r = entry;
            if (r != null) {
                MethodCache e = r.get();
                if (e != null && e.type == type && e.version == v) {
                    return e.value;
                }
            }
            return miss(type, name, v);
        }

        private Object miss(PyType type, String name, int v) {
            MethodCache e = type.siteEntry(name) instanceof MethodCache shared && shared.version == v ? shared : null;
            if (e == null) {
                e = new MethodCache(type, v, type.lookup(name));
                type.keepSiteEntry(name, e);
            }
            entry = e.ref;
            return e.value;
        }
    }
}
