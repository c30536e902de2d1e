package dev.gilspy.interp.nodes;

import dev.gilspy.interp.runtime.Instantiate;
import dev.gilspy.interp.runtime.PyFunction;
import dev.gilspy.interp.runtime.PyType;
import java.lang.ref.WeakReference;

/**
 * A call site's one-entry cache for calling a class ({@code Point(x, y)}): the class met last, its
 * {@link PyType#version()} then, and its {@code __init__} when {@link Instantiate#plainInit} says the
 * call is a plain {@code PyInstance} and that function (else a null init: the generic path). A hit costs
 * two compares instead of {@code Ops.call}'s ladder and three hash lookups ({@code __new__},
 * {@code __abstractmethods__}, {@code __init__}). The entry is immutable and replaced whole, so a
 * free-threaded site never pairs one class with another's {@code __init__}. As {@link MethodCache}'s,
 * the site holds its entry weakly and the class strongly, so a site does not keep a dropped class alive.
 */
final class CtorSite {
    /** The key of a class's shared entry among its {@link PyType#siteEntry site entries} (names are strings). */
    private static final Object KEY = new Object();

    private static final class Entry {
        final PyType type;
        final int version;
        final PyFunction init;
        final WeakReference<Entry> ref;

        Entry(PyType type, int version, PyFunction init) {
            this.type = type;
            this.version = version;
            this.init = init;
            this.ref = new WeakReference<>(this);
        }
    }

    private WeakReference<Entry> entry;

    /** The class's {@code __init__} if calling it is plain, else null. */
    PyFunction init(PyType type) {
        int v = type.version();
        WeakReference<Entry> r = entry;
        if (r != null) {
            Entry e = r.get();
            if (e != null && e.type == type && e.version == v) {
                return e.init;
            }
        }
        return miss(type, v);
    }

    private PyFunction miss(PyType type, int v) {
        Entry e = type.siteEntry(KEY) instanceof Entry shared && shared.version == v ? shared : null;
        if (e == null) {
            e = new Entry(type, v, Instantiate.plainInit(type));
            type.keepSiteEntry(KEY, e);
        }
        entry = e.ref;
        return e.init;
    }

    /** The class's {@code __init__} if calling it is plain and that function takes {@code nargs} simple positional arguments (the rest from its defaults), else null. */
    PyFunction init(PyType type, int nargs) {
        PyFunction init = init(type);
        return init != null && init.takes(nargs + 1) ? init : null;
    }
}
