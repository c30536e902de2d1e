package dev.gilspy.interp.modules;

import dev.gilspy.interp.runtime.Args;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.PyFrame;
import dev.gilspy.interp.runtime.InterpreterState;
import dev.gilspy.interp.modules.interpreters.InterpretersModule;
import dev.gilspy.interp.modules.mp.MultiprocessingModule;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBaseException;
import dev.gilspy.interp.runtime.PyBuiltin;
import dev.gilspy.interp.runtime.PyBytes;
import dev.gilspy.interp.runtime.PyCallable;
import dev.gilspy.interp.runtime.PyDict;
import dev.gilspy.interp.runtime.PyException;
import dev.gilspy.interp.runtime.PyInstance;
import dev.gilspy.interp.runtime.PyList;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.Traceback;
import dev.gilspy.interp.runtime.Types;

import dev.gilspy.interp.gil.GilMode;
import dev.gilspy.interp.gil.ThreadState;
import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

/** {@code gc}: collect, enable, disable, isenabled (the JVM collects; these keep the API). */
public final class GcModule {
    private GcModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("gc");
        boolean[] enabled = {true};
        m.def("collect", (t, a, k) -> 0L);
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
