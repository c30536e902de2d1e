package dev.gilspy.interp.nodes;

import dev.gilspy.interp.runtime.Instantiate;
import dev.gilspy.interp.runtime.PyFunction;
import dev.gilspy.interp.runtime.PyType;

/**
 * A call site's one-entry cache for calling a class ({@code Point(x, y)}): the class met last, its
 * {@link PyType#version()} then, and its {@code __init__} when {@link Instantiate#plainInit} says the
 * call is a plain {@code PyInstance} and that function (else a null init: the generic path). A hit costs
 * two compares instead of {@code Ops.call}'s ladder and three hash lookups ({@code __new__},
 * {@code __abstractmethods__}, {@code __init__}). The entry is immutable and replaced whole, so a
 * free-threaded site never pairs one class with another's {@code __init__}.
 */
final class CtorSite {
    private record Entry(PyType type, int version, PyFunction init) {}

    private Entry entry;

    /** The class's {@code __init__} if calling it is plain, else null. */
    PyFunction init(PyType type) {
        int v = type.version();
        Entry e = entry;
        if (e != null && e.type == type && e.version == v) {
            return e.init;
        }
        PyFunction init = Instantiate.plainInit(type);
        entry = new Entry(type, v, init);
        return init;
    }

    /** The class's {@code __init__} if calling it is plain and that function takes exactly {@code nargs} simple positional arguments, else null. */
    PyFunction init(PyType type, int nargs) {
        PyFunction init = init(type);
        return init != null && init.code.simpleArgs && init.code.argcount == nargs + 1 ? init : null;
    }
}
