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

    static synchronized void put(String key, String value) {
        CHANGES.put(key, value);
    }

    static synchronized void unset(String key) {
        CHANGES.put(key, null);
    }

    /** The variable {@code key} as the process environment has it now (time.tzset reads TZ). */
    public static synchronized String get(String key) {
        return CHANGES.containsKey(key) ? CHANGES.get(key) : System.getenv(key);
    }

    /** The environment a child inherits now. */
    static synchronized Map<String, String> current() {
        Map<String, String> env = new LinkedHashMap<>(System.getenv());
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
