package dev.gilspy.interp.modules;

import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyTuple;
import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

/** {@code gc}: collect (System.gc, then the weakref callbacks it made due: see WeakRefs), enable, disable, isenabled. */
public final class GcModule {
    private GcModule() {}

    static PyModule create() {
        PyModule m = new PyModule("gc");
        boolean[] enabled = {true};
        // a JVM collection, then the weakref callbacks it made due (see WeakRefs); the count is of dead weakrefs
        m.def("collect", (t, a, k) -> WeakrefModule.collect(t));
        m.def("enable", (t, a, k) -> {
            enabled[0] = true;
            return PyNone.NONE;
        });
        m.def("disable", (t, a, k) -> {
            enabled[0] = false;
            return PyNone.NONE;
        });
        m.def("isenabled", (t, a, k) -> enabled[0]);
        m.def("get_count", (t, a, k) -> PyTuple.of(0L, 0L, 0L));
        return m;
    }
}
