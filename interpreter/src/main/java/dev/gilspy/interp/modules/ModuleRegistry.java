package dev.gilspy.interp.modules;

import dev.gilspy.interp.modules.interpreters.InterpretersModule;
import dev.gilspy.interp.modules.mp.MultiprocessingModule;
import dev.gilspy.interp.modules.posix.ErrnoModule;
import dev.gilspy.interp.modules.posix.IoModule;
import dev.gilspy.interp.modules.posix.LocaleModule;
import dev.gilspy.interp.modules.posix.PosixModule;
import dev.gilspy.interp.modules.posix.SelectModule;
import dev.gilspy.interp.modules.posix.SignalModule;
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
 *   <li>{@code math}: constants and the usual functions.</li>
 *   <li>{@code posix}, {@code errno}: see {@link PosixModule}; {@code os} is CPython's {@code os.py}
 *       over them (see {@link OsModule}), {@code os.path} CPython's {@code posixpath.py}.
 *       {@code _io} ({@link IoModule}), {@code _signal} ({@link SignalModule}), {@code _locale}
 *       ({@link LocaleModule}), {@code select} ({@link SelectModule}).</li>
 *   <li>{@code _thread}: see {@link ThreadModule}. {@code _socket}: see {@link SocketModule}.</li>
 *   <li>{@code gc}: collect/enable/disable/isenabled. {@code _gilspy_native}: compute, hold.</li>
 * </ul>
 */
public final class ModuleRegistry {
    private ModuleRegistry() {}

    /** {@code sys.builtin_module_names}: the modules {@link #create} makes, sorted (os.py looks for 'posix' here). */
    public static dev.gilspy.interp.runtime.PyTuple builtinModuleNames() {
        return dev.gilspy.interp.runtime.PyTuple.of((Object[]) new String[] {
            "_gilspy_mp", "_gilspy_native", "_interpqueues", "_interpreters", "_io", "_locale", "_signal", "_socket",
            "_thread", "builtins", "errno", "gc", "math", "posix", "select", "sys", "time"});
    }

    /** The module written in Java under this name, new for {@code interp}; null when there is none. */
    public static PyModule create(InterpreterState interp, String name) {
        switch (name) {
            case "builtins": return Builtins.create(interp);
            case "sys": return SysModule.sys(interp);
            case "time": return TimeModule.time(interp);
            case "math": return MathModule.create();
            case "_thread": return ThreadModule.create(interp);
            case "os": return OsModule.os(interp);
            case "posix": return PosixModule.create(interp);
            case "errno": return ErrnoModule.create();
            case "_io": return IoModule.create(interp);
            case "_signal": return SignalModule.create(interp);
            case "_locale": return LocaleModule.create();
            case "select": return SelectModule.create(interp);
            case "os.path": {
                PyModule os = interp.importModule(PyThread.current(), "os");
                return (PyModule) os.get("path");
            }
            case "gc": return GcModule.create();
            case "_gilspy_native": return GilspyNativeModule.create();
            case "_socket": return SocketModule.create(interp);
            case "_gilspy_mp": return MultiprocessingModule.create(interp);
            case "_interpreters", "_interpqueues": return InterpretersModule.create(interp, name);
            case "__main__": return interp.mainModule;
            default: return null;
        }
    }

}
