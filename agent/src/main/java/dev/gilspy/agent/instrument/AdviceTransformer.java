package dev.gilspy.agent.instrument;

import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.lang.instrument.UnmodifiableClassException;
import java.security.ProtectionDomain;
import java.util.ArrayList;
import java.util.List;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The agent's only transformer: a plain {@link ClassFileTransformer} that compares each class's
 * name with the targets' and returns at once for every other class. ByteBuddy is loaded and run
 * only for a class a target advises, so a JVM that never loads one pays nothing for it, and none
 * of ByteBuddy's type matching or pool scanning runs over the application's classes.
 *
 * <p>Until {@link #weaveOnMiss(boolean) weaveOnMiss} is on, a class is advised at load time only
 * from the {@link WovenCache} (no ByteBuddy, and nothing compiled yet, so nothing is deoptimized);
 * a miss loads the class unchanged and {@link #retransformLoaded()} weaves it later. A class
 * advised at load is never retransformed.
 */
public final class AdviceTransformer implements ClassFileTransformer {
    private static final boolean DEBUG = Boolean.getBoolean("gilspy.agent.debug");
    private final Instrumentation inst;
    private final List<ClassAdvice> advice;
    private final Listener listener;
    private volatile Optional<WovenCache> cache;
    private volatile boolean weaveOnMiss = true;
    private volatile boolean standAsideAfterFirst;
    private volatile boolean sawLastClass;
    private boolean installed;
    /** Classes (by loader, then name) already carrying the advice, which a retransformation would only recompile. */
    private final Map<Object, Set<String>> carrying = Collections.synchronizedMap(new WeakHashMap<>());
    /**
     * The class files of classes loaded unchanged on a cache miss, as they were loaded: a
     * retransformation is handed bytes the JVM rebuilt from the loaded class (for a class from
     * the CDS archive, say), which differ, so the cache entry made then would never match the
     * next run's class load. The weave later starts from these instead.
     */
    private final Map<Object, Map<String, byte[]>> loadedUnchanged = Collections.synchronizedMap(new WeakHashMap<>());
    private static final Object BOOT = new Object();

    /** What the transformer tells the agent. */
    public interface Listener {
        /** {@code className} now carries advice. */
        void instrumented(String className);

        /** A class cannot be advised: a one-line description. */
        void failed(String message);
    }

    public AdviceTransformer(Instrumentation inst, List<ClassAdvice> advice, Listener listener) {
        this.inst = inst;
        this.advice = List.copyOf(advice);
        this.listener = listener;
    }

    /** Adds this transformer (retransformation capable), unless it is already there. */
    public synchronized void install() {
        if (!installed) {
            installed = true;
            inst.addTransformer(this, true);
        }
    }

    /** Removes this transformer, unless it is already gone. */
    public synchronized void uninstall() {
        if (installed) {
            installed = false;
            inst.removeTransformer(this);
        }
    }

    /**
     * Whether this transformer removes itself once it has seen a target's last class, until
     * {@link #install()} adds it again. While any transformer is registered the JVM hands every
     * class it loads to the agent, and must first read each class from the CDS archive back from
     * its jar to do so: a cost on every class load that a program whose GIL class is already
     * loaded should not keep paying.
     */
    public void standAsideAfterFirst(boolean on) {
        standAsideAfterFirst = on;
    }

    /**
     * Whether a class missing from the woven-class cache is woven with ByteBuddy when it loads
     * (on, the default) or loads unchanged until {@link #retransformLoaded()} (off: the
     * {@code -javaagent} default, which keeps ByteBuddy off the application's start-up).
     */
    public void weaveOnMiss(boolean on) {
        weaveOnMiss = on;
    }

    @Override
    public byte[] transform(Module module, ClassLoader loader, String internalName, Class<?> redefined,
                            ProtectionDomain domain, byte[] classFile) {
        if (internalName == null) {
            return null;
        }
        String className = internalName.replace('/', '.');
        ClassAdvice chosen = choose(className);
        if (chosen == null) {
            return null;
        }
        if (chosen.isLastClass(className)) {
            sawLastClass = true;
        }
        if (standAsideAfterFirst && redefined == null && sawLastClass) {
            standAsideAfterFirst = false;
            try {
                return adviseOne(module, loader, className, chosen, null, classFile);
            } finally {
                uninstall();
            }
        }
        return adviseOne(module, loader, className, chosen, redefined, classFile);
    }

    private byte[] adviseOne(Module module, ClassLoader loader, String className, ClassAdvice chosen, Class<?> redefined,
                             byte[] classFile) {
        long t0 = System.nanoTime();
        Object loaderKey = loader == null ? BOOT : loader;
        try {
            if (redefined != null) {
                Map<String, byte[]> unchanged = loadedUnchanged.get(loaderKey);
                byte[] asLoaded = unchanged == null ? null : unchanged.remove(className);
                if (asLoaded != null) {
                    classFile = asLoaded;
                }
            }
            WovenCache c = cache();
            byte[] advised = c == null ? null : c.get(className, classFile);
            boolean cached = advised != null;
            if (!cached) {
                if (!weaveOnMiss && redefined == null) {
                    unchangedIn(loaderKey).put(className, classFile);
                    return null;
                }
                advised = chosen.advise(loader, className, classFile);
                if (advised != null && c != null) {
                    c.put(className, classFile, advised);
                }
            }
            if (DEBUG) {
                System.err.printf("gilspy-agent: advised %s in %.1f ms on %s%s%n", className,
                        (System.nanoTime() - t0) / 1e6, Thread.currentThread().getName(), cached ? " (cached)" : "");
            }
            if (advised != null) {
                readEdge(module);
                carrying(loaderKey).add(className);
                listener.instrumented(className);
            }
            return advised;
        } catch (Throwable t) {
            listener.failed(t instanceof IllegalStateException && t.getMessage() != null ? t.getMessage()
                    : "cannot instrument " + className + ": " + t);
            return null;
        }
    }

    /**
     * The class files loaded unchanged in this loader. No lambda (computeIfAbsent's): a cache miss
     * lands here in the premain, and that lambda was spun there: its class, BoundMethodHandle's
     * species and a LambdaForm, none of them in the launcher's archive (59 ms of wall time from the
     * lambda's class to the GIL class's load in one run at load 28).
     */
    private Map<String, byte[]> unchangedIn(Object loaderKey) {
        Map<String, byte[]> files = loadedUnchanged.get(loaderKey);
        if (files == null) {
            Map<String, byte[]> fresh = new ConcurrentHashMap<>();
            files = loadedUnchanged.putIfAbsent(loaderKey, fresh);
            if (files == null) {
                files = fresh;
            }
        }
        return files;
    }

    /** The names advised in this loader; no lambda (computeIfAbsent's), since this runs in the premain. */
    private Set<String> carrying(Object loaderKey) {
        Set<String> names = carrying.get(loaderKey);
        if (names == null) {
            Set<String> fresh = ConcurrentHashMap.newKeySet();
            names = carrying.putIfAbsent(loaderKey, fresh);
            if (names == null) {
                names = fresh;
            }
        }
        return names;
    }

    private WovenCache cache() {
        Optional<WovenCache> c = cache;
        if (c == null) {
            c = Boolean.getBoolean("gilspy.agent.noCache") ? Optional.empty() : WovenCache.open(WovenCache.defaultDir());
            cache = c;
        }
        return c.orElse(null);
    }

    private ClassAdvice choose(String className) {
        for (ClassAdvice a : advice) {
            if (a.advises(className)) {
                return a;
            }
        }
        return null;
    }

    /** A target on the module path must read the agent's module to call the hooks. */
    private void readEdge(Module module) {
        Module agent = AdviceTransformer.class.getModule();
        if (module != null && module.isNamed() && !module.canRead(agent)) {
            inst.redefineModule(module, Set.of(agent), Map.of(), Map.of(), Set.of(), Map.of());
        }
    }

    /**
     * Whether a class that ends its target's list ({@link ClassAdvice#isLastClass}) was seen and
     * now carries the advice: then no transformer is needed any more.
     */
    public boolean done() {
        return sawLastClass && !carrying.isEmpty();
    }

    /** Whether a target class was loaded unchanged and waits for {@link #retransformLoaded()}. */
    public boolean awaitsWeave() {
        // a loop, not a stream with a lambda: this runs on every agent start-up, where each lambda is spun
        synchronized (loadedUnchanged) {
            for (Map<String, byte[]> m : loadedUnchanged.values()) {
                if (!m.isEmpty()) {
                    return true;
                }
            }
            return false;
        }
    }

    private boolean isAdvised(Class<?> c) {
        Set<String> names = carrying.get(c.getClassLoader() == null ? BOOT : c.getClassLoader());
        return names != null && names.contains(c.getName());
    }

    /**
     * Advises the target classes that are loaded and do not carry the advice yet: those loaded
     * before the agent (dynamic attach) or loaded unchanged on a cache miss.
     */
    public void retransformLoaded() {
        List<Class<?>> loaded = new ArrayList<>();
        for (Class<?> c : inst.getAllLoadedClasses()) {
            if (choose(c.getName()) != null && inst.isModifiableClass(c) && !isAdvised(c)) {
                loaded.add(c);
            }
        }
        for (Class<?> c : loaded) {
            try {
                inst.retransformClasses(c);
            } catch (UnmodifiableClassException | RuntimeException | LinkageError e) {
                listener.failed("cannot instrument " + c.getName() + ": " + e);
            }
        }
    }
}
