package dev.gilspy.agent.instrument;

import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.lang.instrument.UnmodifiableClassException;
import java.security.ProtectionDomain;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The agent's only transformer: a plain {@link ClassFileTransformer} that compares each class's
 * name with the targets' and returns at once for every other class. ByteBuddy is loaded and run
 * only for a class a target advises, so a JVM that never loads one pays nothing for it, and none
 * of ByteBuddy's type matching or pool scanning runs over the application's classes.
 */
public final class AdviceTransformer implements ClassFileTransformer {
    private static final boolean DEBUG = Boolean.getBoolean("gilspy.agent.debug");
    private final Instrumentation inst;
    private final List<ClassAdvice> advice;
    private final Consumer<String> onInstrumented;
    private final Consumer<String> onError;
    private volatile Optional<WovenCache> cache;

    /**
     * @param onInstrumented called with the name of each class that now carries advice
     * @param onError        called with a one-line description when a class cannot be advised
     */
    public AdviceTransformer(Instrumentation inst, List<ClassAdvice> advice, Consumer<String> onInstrumented,
                             Consumer<String> onError) {
        this.inst = inst;
        this.advice = List.copyOf(advice);
        this.onInstrumented = onInstrumented;
        this.onError = onError;
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
        long t0 = System.nanoTime();
        try {
            WovenCache c = cache();
            byte[] advised = c == null ? null : c.get(className, classFile);
            boolean cached = advised != null;
            if (!cached) {
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
                onInstrumented.accept(className);
            }
            return advised;
        } catch (Throwable t) {
            onError.accept(t instanceof IllegalStateException && t.getMessage() != null ? t.getMessage()
                    : "cannot instrument " + className + ": " + t);
            return null;
        }
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

    /** Advises the target classes that were loaded before the agent (dynamic attach). */
    public void retransformLoaded() {
        List<Class<?>> loaded = new ArrayList<>();
        for (Class<?> c : inst.getAllLoadedClasses()) {
            if (choose(c.getName()) != null && inst.isModifiableClass(c)) {
                loaded.add(c);
            }
        }
        for (Class<?> c : loaded) {
            try {
                inst.retransformClasses(c);
            } catch (UnmodifiableClassException | RuntimeException | LinkageError e) {
                onError.accept("cannot instrument " + c.getName() + ": " + e);
            }
        }
    }
}
