package dev.gilspy.interp.modules.posix;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The process environment as {@code putenv}/{@code unsetenv} left it. A JVM cannot change its own
 * environment, so the changes are kept here, over {@link System#getenv()}, and given to the
 * children {@code _posixsubprocess.fork_exec} starts with {@code env=None} (CPython's execv
 * passes the C environ, which {@code os.environ[...] = ...} changed through putenv).
 */
public final class ProcessEnv {
    private ProcessEnv() {}

    private static final Map<String, String> CHANGES = new LinkedHashMap<>();

    /**
     * The variable in which the {@code gilspy} launcher keeps a C or POSIX {@code LC_ALL} it replaced with
     * C.UTF-8 for the JVM: with LC_ALL=C the JVM decodes file names as ASCII and refuses non-ASCII paths,
     * where python3 runs in UTF-8 mode (PEP 540) and keeps LC_ALL=C in its environment.
     */
    static final String LAUNCHER_LC_ALL = "GILSPY_LC_ALL";

    private static final Map<String, String> LAUNCHED = launched(System.getenv());

    /** The environment gilspy was started with: {@code env} with the launcher's LC_ALL substitution undone. */
    static Map<String, String> launched(Map<String, String> env) {
        String lcAll = env.get(LAUNCHER_LC_ALL);
        if (lcAll == null) {
            return env;
        }
        Map<String, String> out = new LinkedHashMap<>(env);
        out.remove(LAUNCHER_LC_ALL);
        out.put("LC_ALL", lcAll);
        return java.util.Collections.unmodifiableMap(out);
    }

    /** The environment gilspy was started with, as {@code os.environ} starts. */
    static Map<String, String> initial() {
        return LAUNCHED;
    }

    static synchronized void put(String key, String value) {
        CHANGES.put(key, value);
    }

    static synchronized void unset(String key) {
        CHANGES.put(key, null);
    }

    /** The variable {@code key} as the process environment has it now (time.tzset reads TZ). */
    public static synchronized String get(String key) {
        return CHANGES.containsKey(key) ? CHANGES.get(key) : LAUNCHED.get(key);
    }

    /** The environment a child inherits now. */
    static synchronized Map<String, String> current() {
        Map<String, String> env = new LinkedHashMap<>(LAUNCHED);
        CHANGES.forEach((k, v) -> {
            if (v == null) {
                env.remove(k);
            } else {
                env.put(k, v);
            }
        });
        return env;
    }
}
