package dev.gilspy.interp.modules;

import dev.gilspy.interp.modules.interpreters.InterpretersModule;
import dev.gilspy.interp.modules.mp.MultiprocessingModule;
import dev.gilspy.interp.modules.posix.ErrnoModule;
import dev.gilspy.interp.modules.posix.IoModule;
import dev.gilspy.interp.modules.posix.LocaleModule;
import dev.gilspy.interp.modules.posix.MmapModule;
import dev.gilspy.interp.modules.posix.PosixShmemModule;
import dev.gilspy.interp.modules.posix.PosixModule;
import dev.gilspy.interp.modules.posix.SelectModule;
import dev.gilspy.interp.modules.posix.SignalModule;
import dev.gilspy.interp.modules.posix.Subprocess;
import dev.gilspy.interp.runtime.InterpreterState;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyThread;
import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * The one registry of the modules written in Java, by name ({@link #create}); the import system
 * asks it before looking for {@code .py} files. The pure-Python stdlib builds on these:
 * <ul>
 *   <li>{@code sys}: argv, exit, path, modules, stdout/stderr/stdin, version(_info), platform, maxsize,
 *       byteorder, implementation, exc_info, excepthook, unraisablehook, get/setswitchinterval,
 *       get/setcheckinterval, get/setrecursionlimit, _is_gil_enabled, _getframe, getsizeof, flags,
 *       executable, intern.</li>
 *   <li>{@code time}: time, time_ns, perf_counter(_ns), monotonic(_ns), process_time, thread_time,
 *       sleep (drops the GIL), strftime, localtime, gmtime, ctime.</li>
 *   <li>{@code math}: constants and the usual functions. {@code cmath}: see {@link CmathModule}.</li>
 *   <li>{@code _abc}: the two hooks GraalPy's {@code _py_abc} calls ({@link AbcModule}).</li>
 *   <li>{@code posix}, {@code errno}: see {@link PosixModule}; {@code os} is CPython's {@code os.py}
 *       over them (see {@link OsModule}), {@code os.path} CPython's {@code posixpath.py}.
 *       {@code _io} ({@link IoModule}), {@code _signal} ({@link SignalModule}), {@code _locale}
 *       ({@link LocaleModule}), {@code select} ({@link SelectModule}).</li>
 *   <li>{@code _thread}: see {@link ThreadModule}. {@code _socket}: see {@link SocketModule}.</li>
 *   <li>{@code gc}: collect/enable/disable/isenabled. {@code _gilspy_native}: compute, hold.</li>
 *   <li>{@code _imp}: see {@link ImpModule} (the import system's hooks). {@code _heapq}: see {@link HeapqModule}.</li>
 *   <li>{@code _sre}: the regular expression engine under CPython's own {@code re}; see
 *       {@link dev.gilspy.interp.modules.sre.SreModule}.</li>
 *   <li>Encoding, hashing, compression, under CPython's names so its {@code Lib/} runs on them:
 *       {@code _codecs} ({@link CodecsModule}; the codecs are in {@code runtime.codec}), {@code binascii},
 *       {@code zlib}, {@code unicodedata}, {@code _json}, {@code _hashlib} and {@code _blake2}
 *       ({@code modules.hash}). Where they drop the GIL: interpreter/README.md.</li>
 *   <li>{@code gc}: collect (a JVM collection, then due weakref callbacks)/enable/disable/isenabled.
 *       {@code _gilspy_native}: compute, hold.</li>
 *   <li>{@code _csv}: under CPython's {@code csv.py}; see {@link dev.gilspy.interp.modules.csv.CsvModule}.</li>
 *   <li>{@code _sqlite3}: under CPython's {@code sqlite3} package; see {@link dev.gilspy.interp.modules.sqlite.SqliteModule}.</li>
 *   <li>{@code _datetime}: under CPython's {@code datetime.py}; see {@link dev.gilspy.interp.modules.datetime.DatetimeModule}.</li>
 *   <li>{@code pyexpat}: under CPython's {@code xml} package and {@code plistlib}; see
 *       {@link dev.gilspy.interp.modules.expat.PyexpatModule}. {@code _multibytecodec} and the
 *       {@code _codecs_*} CJK modules: see {@link dev.gilspy.interp.modules.cjk.CjkCodecs}.</li>
 *   <li>{@code _bz2}, {@code _lzma} ({@link Bz2Module}, {@link LzmaModule}), {@code _lsprof}
 *       ({@link LsprofModule}), {@code _tracemalloc} ({@link TracemallocModule}).</li>
 *   <li>the data-structure core ({@code _collections}, {@code itertools}, {@code _functools},
 *       {@code _weakref}, {@code _random}, {@code _struct}, ...): see {@link CoreModules}.</li>
 * </ul>
 */
public final class ModuleRegistry {
    private ModuleRegistry() {}

    /**
     * The names {@link #create} answers ({@code sys.builtin_module_names}, {@code _imp.is_builtin}):
     * add a module's name here when adding its case.
     */
    public static final java.util.Set<String> NAMES = java.util.Set.of("builtins", "sys", "time", "math", "_thread",
        "os", "gc", "_gilspy_native", "_socket", "_gilspy_mp", "_interpreters", "_interpqueues", "_imp", "_sre", "_warnings",
        // encoding, hashing, compression
        "_codecs", "binascii", "zlib", "unicodedata", "_json", "_hashlib", "_blake2", "_pickle",
        // CoreModules: the data-structure core
        "_collections", "itertools", "_functools", "_weakref", "_abc", "_random", "_struct", "array", "_string",
        "_bisect", "_heapq", "_contextvars", "_operator", "cmath",
        // the operating system and I/O
        "posix", "errno", "_io", "_signal", "_locale", "select", "_posixsubprocess",
        // memory maps (mmap over FileChannel.map) and POSIX shared memory (/dev/shm)
        "mmap", "_posixshmem",
        // threads: CPython's threading, queue and concurrent.futures run over these
        "atexit", "_queue", "_asyncio",
        // the abstract syntax tree
        "_ast",
        // data formats
        "_csv", "_sqlite3", "_datetime", "marshal",
        // XML
        "pyexpat",
        // the CJK codecs
        "_multibytecodec", "_codecs_jp", "_codecs_cn", "_codecs_kr", "_codecs_tw", "_codecs_hk", "_codecs_iso2022",
        // compression beside zlib
        "_bz2", "_lzma",
        // the profiler under cProfile; tracemalloc
        "_lsprof", "_tracemalloc",
        // fault reports: a JVM makes its own; the flag, dump_traceback, the dump_traceback_later watchdog
        "faulthandler");

    /** The module written in Java under this name, new for {@code interp}; null when there is none. */
    public static PyModule create(InterpreterState interp, String name) {
        switch (name) {
            case "builtins": return Builtins.create(interp);
            case "sys": return SysModule.sys(interp);
            case "time": return TimeModule.time(interp);
            case "math": return MathModule.create();
            case "cmath": return CmathModule.create();
            case "_thread": return ThreadModule.create(interp);
            case "atexit": return AtexitModule.create(interp);
            case "faulthandler": return FaulthandlerModule.create();
            case "_queue": return QueueModule.create(interp);
            case "_asyncio": return dev.gilspy.interp.modules.asyncio.AsyncioModule.create(interp);
            case "os": return OsModule.os(interp);
            case "posix": return PosixModule.create(interp);
            case "errno": return ErrnoModule.create();
            case "_io": return IoModule.create(interp);
            case "_signal": return SignalModule.create(interp);
            case "_locale": return LocaleModule.create();
            case "select": return SelectModule.create(interp);
            case "_posixsubprocess": return Subprocess.create(interp);
            case "mmap": return MmapModule.create(interp);
            case "_posixshmem": return PosixShmemModule.create(interp);
            case "os.path": {
                PyModule os = interp.importModule(PyThread.current(), "os");
                return (PyModule) os.get("path");
            }
            case "gc": return GcModule.create();
            case "_gilspy_native": return GilspyNativeModule.create();
            case "_socket": return SocketModule.create(interp);
            case "_sre": return dev.gilspy.interp.modules.sre.SreModule.create();
            case "_gilspy_mp": return MultiprocessingModule.create(interp);
            case "_interpreters", "_interpqueues": return InterpretersModule.create(interp, name);
            case "_imp": return ImpModule.create(interp);
            case "_warnings": return WarningsModule.create(interp);
            case "_codecs": return CodecsModule.create();
            case "binascii": return BinasciiModule.create();
            case "zlib": return ZlibModule.create();
            case "unicodedata": return UnicodedataModule.create();
            case "_json": return JsonModule.create();
            case "_pickle": return dev.gilspy.interp.modules.pickle.PickleModule.create();
            case "_hashlib": return dev.gilspy.interp.modules.hash.HashlibModule.create();
            case "_blake2": return dev.gilspy.interp.modules.hash.Blake2Module.create();
            case "_ast": return dev.gilspy.interp.modules.ast.AstModule.create(interp);
            case "_csv": return dev.gilspy.interp.modules.csv.CsvModule.create(interp);
            case "_sqlite3": return dev.gilspy.interp.modules.sqlite.SqliteModule.create(interp);
            case "_datetime": return dev.gilspy.interp.modules.datetime.DatetimeModule.create();
            case "marshal": return MarshalModule.create();
            case "pyexpat": return dev.gilspy.interp.modules.expat.PyexpatModule.create(interp);
            case "_multibytecodec": return dev.gilspy.interp.modules.cjk.MultibytecodecModule.create();
            case "_codecs_jp", "_codecs_cn", "_codecs_kr", "_codecs_tw", "_codecs_hk", "_codecs_iso2022":
                return dev.gilspy.interp.modules.cjk.CjkCodecs.create(name);
            case "_bz2": return Bz2Module.create();
            case "_lzma": return LzmaModule.create();
            case "_lsprof": return LsprofModule.create();
            case "_tracemalloc": return TracemallocModule.create();
            case "__main__": return interp.mainModule;
            default: return CoreModules.create(interp, name);
        }
    }

}
