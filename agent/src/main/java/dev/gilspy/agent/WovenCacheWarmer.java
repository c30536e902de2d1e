package dev.gilspy.agent;

import dev.gilspy.agent.instrument.WovenCache;
import java.io.InputStream;
import java.util.Optional;

/**
 * Weaves gilspy's GIL class into the woven-class cache ({@link WovenCache}) in a JVM of its own,
 * so that the first run with the agent after a new jar finds it there. The {@code gilspy} launcher
 * runs this once per jar, right after its class-data training:
 * {@code java -cp gilspy.jar dev.gilspy.agent.WovenCacheWarmer}.
 *
 * <p>Why: on a cache miss the {@code -javaagent} defaults load the GIL class unchanged and
 * retransform it after the start-up delay. An agent started as the jar's Launcher-Agent-Class (the
 * launcher's path) took its JVMTI capabilities in the live phase, so the JIT had not recorded the
 * dependencies a redefinition needs, and JDK 17 then throws away all compiled code at the first
 * retransformation: 1,095 methods made not entrant in threads_countdown_2s.py against 46 without
 * the agent (62 with a warm cache), on top of ByteBuddy's 0.7-1.4 s of CPU. A run shorter than the
 * delay never weaves, so a short script left the cache cold for every later run too.
 *
 * <p>Prints nothing; exit status 0 when the cache holds the class afterwards, else 1. It never
 * loads the GIL class (ByteBuddy reads its class file), and writes only the user's own cache folder.
 */
public final class WovenCacheWarmer {
    private WovenCacheWarmer() {}

    public static void main(String[] args) {
        System.exit(warm(ClassLoader.getSystemClassLoader()) ? 0 : 1);
    }

    /** Whether the cache holds the GIL class woven after this call (it was there, or it is now). */
    static boolean warm(ClassLoader loader) {
        String name = Targets.GILSPY.gilClass();
        try (InputStream in = loader.getResourceAsStream(name.replace('.', '/') + ".class")) {
            if (in == null) {
                return false; // not gilspy's jar: nothing of ours to weave
            }
            byte[] original = in.readAllBytes();
            Optional<WovenCache> cache = Boolean.getBoolean("gilspy.agent.noCache") ? Optional.empty()
                    : WovenCache.open(WovenCache.defaultDir());
            if (cache.isEmpty()) {
                return false;
            }
            if (cache.get().get(name, original) != null) {
                return true;
            }
            byte[] woven = Targets.advice(Targets.GILSPY).advise(loader, name, original);
            if (woven == null) {
                return false;
            }
            cache.get().put(name, original, woven);
            return cache.get().get(name, original) != null;
        } catch (Exception | LinkageError e) {
            return false;
        }
    }
}
