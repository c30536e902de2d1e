package dev.gilspy.interp.runtime;

/**
 * The {@code __graalpython__} that GraalPy's edits of CPython's library name (the shipped library
 * comes from GraalPy's artifact; interpreter/README.md lists the edited files): the importer puts it
 * in the globals of a library module whose source names it, never in builtins (code that tests for
 * GraalPy by looking for it keeps seeing CPython). Its answers are CPython's behaviour on Linux:
 * the system toolchain ({@code distutils.ccompiler}'s default compiler table, {@code venv}), the
 * native POSIX backend ({@code multiprocessing.context}'s start methods), {@code os.cpu_count()}
 * processes ({@code multiprocessing.pool}), no image build time ({@code importlib._bootstrap_external}).
 */
final class GraalPyShim {
    private GraalPyShim() {}

    static PyModule create(InterpreterState interp) {
        PyModule g = new PyModule("__graalpython__");
        g.put("stdlib_home", Importer.CPYTHON_LIB);
        g.put("in_image_buildtime", false);
        g.put("use_system_toolchain", true);
        g.put("venvlauncher_command", PyNone.NONE);
        g.def("posix_module_backend", (t, a, k) -> "native");
        g.def("get_platform_id", (t, a, k) -> "native");
        g.def("get_toolchain_tools_for_venv", (t, a, k) -> new PyDict());
        g.def("get_max_process_count", (t, a, k) -> (long) Runtime.getRuntime().availableProcessors());
        return g;
    }
}
