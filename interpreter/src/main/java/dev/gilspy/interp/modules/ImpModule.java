package dev.gilspy.interp.modules;

import dev.gilspy.interp.runtime.CompileError;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.Importer;
import dev.gilspy.interp.runtime.InterpreterState;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBytes;
import dev.gilspy.interp.runtime.PyException;
import dev.gilspy.interp.runtime.PyList;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.StrRepr;
import dev.gilspy.interp.runtime.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code _imp}: CPython's import helpers (is_builtin, create_builtin, exec_builtin, is_frozen,
 * extension_suffixes, the import lock functions), plus gilspy's hooks into {@link Importer} that
 * {@code _gilspy_bootstrap} and {@code importlib} use: {@code _gilspy_find(name, path)} →
 * {@code (origin, is_package, kind, namespace_locations)} or None, {@code _gilspy_read(origin)} → bytes (real or
 * pseudo library path), {@code _gilspy_exec(module, origin)} (loading and {@code importlib.reload}),
 * {@code _gilspy_exec_source(module, source, filename)} (the loaders of {@code importlib.abc}),
 * {@code _gilspy_listdir(pseudo_dir)} (names, or None when not a library directory).
 */
public final class ImpModule {
    private ImpModule() {}

    public static PyModule create(InterpreterState interp) {
        PyModule m = new PyModule("_imp");
        // -1: a builtin module that cannot be initialized again (_imp_is_builtin_impl)
        m.def("is_builtin", (t, a, k) -> {
            String n = StrRepr.str(a[0]);
            return n.equals("sys") || n.equals("builtins") ? -1L : ModuleRegistry.NAMES.contains(n) ? 1L : 0L;
        });
        m.def("create_builtin", (t, a, k) -> interp.importModule(t, StrRepr.str(Ops.getattr(a[0], "name"))));
        m.def("exec_builtin", (t, a, k) -> 0L);
        m.def("exec_dynamic", (t, a, k) -> 0L);
        m.def("is_frozen", (t, a, k) -> false);
        m.def("is_frozen_package", (t, a, k) -> false);
        // gilspy freezes no module: as CPython's for a name that is not frozen (imp.py imports both)
        m.def("get_frozen_object", (t, a, k) -> {
            throw Err.make(Types.ImportError, "No such frozen object named " + StrRepr.repr(a.length > 0 ? a[0] : PyNone.NONE));
        });
        m.def("init_frozen", (t, a, k) -> PyNone.NONE);
        m.def("extension_suffixes", (t, a, k) -> new PyList());
        // the global import lock (Python/import.c's _PyImport_AcquireLock): reentrant, waited for without the GIL
        java.util.concurrent.locks.ReentrantLock importLock = new java.util.concurrent.locks.ReentrantLock();
        m.def("acquire_lock", (t, a, k) -> {
            if (!importLock.tryLock()) {
                t.ts.beginAllowThreads(dev.gilspy.interp.gil.ThreadState.RELEASED_IO);
                try {
                    importLock.lock();
                } finally {
                    t.ts.endAllowThreads();
                }
            }
            return PyNone.NONE;
        });
        m.def("release_lock", (t, a, k) -> {
            if (!importLock.isHeldByCurrentThread()) {
                throw Err.make(Types.RuntimeError, "not holding the import lock");
            }
            importLock.unlock();
            return PyNone.NONE;
        });
        m.def("lock_held", (t, a, k) -> importLock.isLocked());
        m.def("_fix_co_filename", (t, a, k) -> PyNone.NONE);
        // test.support.import_helper.frozen_modules() calls it: gilspy freezes no modules, so there is nothing to override
        m.def("_override_frozen_modules_for_tests", (t, a, k) -> PyNone.NONE);
        m.put("check_hash_based_pycs", "never");
        // importlib._bootstrap_external (GraalPy's copy of CPython's) reads MAGIC_NUMBER from here: CPython 3.11's 3495
        m.def("get_magic", (t, a, k) -> new PyBytes(new byte[] {(byte) 0xa7, 0x0d, 0x0d, 0x0a}));
        // ExtensionFileLoader.create_module: a JVM loads no CPython extension module
        m.def("create_dynamic", (t, a, k) -> {
            Object path = a.length > 0 ? Ops.getattrOrNull(a[0], "origin") : null;
            throw Err.make(Types.ImportError, "gilspy cannot load a C extension module: " + (path == null ? "?" : StrRepr.str(path)));
        });
        m.def("_gilspy_find", (t, a, k) -> {
            List<String> path = null;
            if (a.length > 1 && a[1] != PyNone.NONE) {
                path = new ArrayList<>();
                for (Object o : Ops.toArray(a[1])) {
                    path.add(StrRepr.str(o));
                }
            }
            Importer.Found f = interp.importer.find(StrRepr.str(a[0]), path);
            return f == null ? PyNone.NONE : PyTuple.of(f.origin() == null ? PyNone.NONE : f.origin(), f.pkg(), f.kind(),
                f.locations() == null ? PyNone.NONE : new PyList(f.locations().toArray()));
        });
        m.def("_gilspy_read", (t, a, k) -> new PyBytes(Importer.readOrigin(StrRepr.str(a[0]))));
        m.def("_gilspy_exec", (t, a, k) -> {
            if (!(a[0] instanceof PyModule mod)) {
                throw Err.type("_gilspy_exec() needs a module");
            }
            interp.importer.exec(t, mod, StrRepr.str(a[1]));
            return PyNone.NONE;
        });
        m.def("_gilspy_listdir", (t, a, k) -> {
            List<String> names = Importer.listLibraryDir(StrRepr.str(a[0]));
            return names == null ? PyNone.NONE : new PyList(names.toArray());
        });
        m.def("_gilspy_exec_source", (t, a, k) -> {
            if (!(a[0] instanceof PyModule mod)) {
                throw Err.type("_gilspy_exec_source() needs a module");
            }
            String file = StrRepr.str(a[2]);
            try {
                interp.run(t, StrRepr.str(a[1]), file, mod);
            } catch (CompileError e) {
                throw new PyException(e.toPython());
            }
            return PyNone.NONE;
        });
        return m;
    }
}
