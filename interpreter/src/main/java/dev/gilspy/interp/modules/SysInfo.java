package dev.gilspy.interp.modules;

import dev.gilspy.interp.runtime.BuiltinArgs;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.InterpreterState;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyDict;
import dev.gilspy.interp.runtime.PyInstance;
import dev.gilspy.interp.runtime.PyList;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PySet;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.StrRepr;
import dev.gilspy.interp.runtime.StructSeq;
import dev.gilspy.interp.runtime.Types;
import java.util.TreeSet;

/**
 * The {@code sys} attributes CPython's own {@code Lib/} reads at import time: the structseqs
 * ({@code flags}, {@code float_info}, {@code int_info}, {@code hash_info}, {@code thread_info}),
 * {@code warnoptions}/{@code _xoptions}, the prefixes (gilspy's pseudo install root {@code <gilspy>},
 * under which the shipped library appears as {@code <gilspy>/lib/python3.11}), the import-system lists
 * ({@code meta_path}, {@code path_hooks}, {@code path_importer_cache}), module name sets, hooks that
 * are accepted and stored ({@code settrace}, {@code setprofile}, {@code addaudithook}) and
 * {@code displayhook}.
 */
final class SysInfo {
    private SysInfo() {}

    /** gilspy's pseudo install prefix: the shipped library is {@code <gilspy>/lib/python3.11}. */
    static final String PREFIX = "<gilspy>";
    private static final PyType THREAD_INFO = StructSeq.type("sys", "thread_info", "name", "lock", "version");
    private static final PyType HASH_INFO = StructSeq.type("sys", "hash_info", "width", "modulus", "inf", "nan", "imag", "algorithm",
        "hash_bits", "seed_bits", "cutoff");
    private static final PyType INT_INFO = StructSeq.type("sys", "int_info", "bits_per_digit", "sizeof_digit", "default_max_str_digits",
        "str_digits_check_threshold");
    private static final PyType FLOAT_INFO = StructSeq.type("sys", "float_info", "max", "max_exp", "max_10_exp", "min", "min_exp",
        "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds");
    private static final PyType FLAGS = StructSeq.type("sys", "flags", "debug", "inspect", "interactive", "optimize",
        "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning",
        "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path",
        "int_max_str_digits");

    static void install(PyModule m, InterpreterState interp) {
        m.put("warnoptions", new PyList());
        m.put("_xoptions", new PyDict());
        m.put("orig_argv", new PyList());
        m.put("flags", StructSeq.make(FLAGS, 0L, 0L, 0L, 0L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 1L, 0L, false, 0L, 0L,
            false, -1L));
        m.put("float_info", StructSeq.make(FLOAT_INFO, Double.MAX_VALUE, 1024L, 308L, Double.MIN_NORMAL, -1021L, -307L,
            15L, 53L, Math.ulp(1.0), 2L, 1L));
        m.put("int_info", StructSeq.make(INT_INFO, 30L, 4L, 4300L, 640L));
        m.put("hash_info", StructSeq.make(HASH_INFO, 64L, (1L << 61) - 1, 314159L, 0L, 1000003L, "siphash13", 64L, 128L, 0L));
        m.put("thread_info", StructSeq.make(THREAD_INFO, "pthread", "semaphore", PyNone.NONE));
        m.put("float_repr_style", "short");
        m.put("maxunicode", 0x10ffffL);
        m.put("abiflags", "");
        m.put("platlibdir", "lib");
        for (String p : new String[] {"prefix", "exec_prefix", "base_prefix", "base_exec_prefix"}) {
            m.put(p, PREFIX);
        }
        m.put("dont_write_bytecode", true);
        m.put("pycache_prefix", PyNone.NONE);
        m.put("copyright", "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\n"
            + "gilspy: a Python 3.11 interpreter for the JVM.");
        m.put("meta_path", new PyList());
        m.put("path_hooks", new PyList());
        m.put("path_importer_cache", new PyDict());
        m.put("builtin_module_names", new PyTuple(new TreeSet<>(ModuleRegistry.NAMES).toArray()));
        m.put("stdlib_module_names", StdlibModuleNames.create());
        m.def("getfilesystemencodeerrors", (t, a, k) -> "surrogateescape");
        m.def("getrefcount", (t, a, k) -> 2L);
        m.def("getallocatedblocks", (t, a, k) -> 0L);
        m.def("is_finalizing", (t, a, k) -> false);
        m.def("get_int_max_str_digits", (t, a, k) -> (long) dev.gilspy.interp.format.PyFormat.getIntMaxStrDigits());
        m.def("set_int_max_str_digits", (t, a, k) -> {
            Object n = BuiltinArgs.get(a, k, 0, "maxdigits", null);
            if (n == null) {
                throw Err.type("set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)");
            }
            long v = Ops.toLong(n);
            if (v != 0 && v < 640) {
                throw Err.value("maxdigits must be 0 or larger than 640");
            }
            t.interp.intMaxStrDigits = (int) Math.min(v, Integer.MAX_VALUE);
            return PyNone.NONE;
        });
        PyList auditHooks = new PyList();
        m.def("addaudithook", (t, a, k) -> {
            auditHooks.append(a[0]);
            return PyNone.NONE;
        });
        m.def("audit", (t, a, k) -> {
            if (a.length == 0) {
                throw Err.type("audit() missing 1 required positional argument: 'event'");
            }
            Object[] rest = new Object[a.length - 1];
            System.arraycopy(a, 1, rest, 0, rest.length);
            for (Object hook : auditHooks.toArray()) {
                Ops.call(t, hook, new Object[] {a[0], new PyTuple(rest)}, null);
            }
            return PyNone.NONE;
        });
        Object[] trace = {PyNone.NONE, PyNone.NONE};
        m.def("settrace", (t, a, k) -> {
            trace[0] = a[0];
            return PyNone.NONE;
        });
        m.def("gettrace", (t, a, k) -> trace[0]);
        m.def("setprofile", (t, a, k) -> {
            trace[1] = a[0];
            return PyNone.NONE;
        });
        m.def("getprofile", (t, a, k) -> trace[1]);
        m.def("call_tracing", (t, a, k) -> Ops.call(t, a[0], Ops.toArray(a[1]), null));
        m.def("displayhook", (t, a, k) -> {
            if (a[0] != PyNone.NONE) {
                PyModule builtins = interp.builtins;
                builtins.put("_", PyNone.NONE);
                Object out = m.get("stdout");
                Ops.call(t, Ops.getattr(out, "write"), new Object[] {StrRepr.repr(a[0]) + "\n"}, null);
                builtins.put("_", a[0]);
            }
            return PyNone.NONE;
        });
        m.put("__displayhook__", m.get("displayhook"));
        m.def("breakpointhook", (t, a, k) -> PyNone.NONE);
        m.put("__breakpointhook__", m.get("breakpointhook"));
        m.put("__unraisablehook__", m.get("unraisablehook"));
        // get/set_asyncgen_hooks and the coroutine origin tracking depth: runtime.Coroutines.installSys
        if (m.get("implementation") instanceof PyInstance impl) {
            impl.putDictAttr("cache_tag", "gilspy-311");
            impl.putDictAttr("hexversion", m.get("hexversion"));
            impl.putDictAttr("_multiarch", "");
        }
    }
}
