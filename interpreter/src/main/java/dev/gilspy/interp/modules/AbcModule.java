package dev.gilspy.interp.modules;

import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;

/**
 * {@code _abc} as the GraalPy-edited {@code _py_abc} imports it: only {@code _abc_init} and
 * {@code _abc_register}, the hooks where CPython's C code sets type flags. gilspy keeps no such
 * flags (instantiating an abstract class is refused by {@code object.__new__} reading
 * {@code __abstractmethods__}), so both only accept their arguments. The rest of CPython's
 * {@code _abc} is absent on purpose: {@code abc.py} then falls back to {@code _py_abc}.
 */
final class AbcModule {
    private AbcModule() {}

    static PyModule create() {
        PyModule m = new PyModule("_abc");
        m.def("_abc_init", (t, a, k) -> PyNone.NONE);
        m.def("_abc_register", (t, a, k) -> PyNone.NONE);
        return m;
    }
}
