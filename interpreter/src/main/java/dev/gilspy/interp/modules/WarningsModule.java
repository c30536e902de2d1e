package dev.gilspy.interp.modules;

import dev.gilspy.interp.runtime.InterpreterState;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyModule;

/**
 * {@code _warnings} ({@code Python/_warnings.c}), as far as its importers need it: {@code warn} and
 * {@code warn_explicit}, which hand the call to the pure-Python {@code warnings} module. CPython's
 * {@code importlib._bootstrap_external} imports it at start-up (and so {@code py_compile} and
 * {@code test.support.script_helper}). It deliberately has no {@code filters}: {@code warnings}
 * imports those from here only to share C state, and without them it keeps its own, in Python.
 */
final class WarningsModule {
    private WarningsModule() {}

    static PyModule create(InterpreterState interp) {
        PyModule m = new PyModule("_warnings");
        m.put("__doc__", "_warnings provides basic warning filtering support.\n"
            + "It is a helper module to speed up interpreter start-up.");
        for (String name : new String[] {"warn", "warn_explicit"}) {
            m.def(name, (t, a, k) -> Ops.call(t, Ops.getattr(interp.importModule(t, "warnings"), name), a, k));
        }
        return m;
    }
}
