package dev.gilspy.agent.targets.graalpy;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.returns;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import dev.gilspy.agent.instrument.ClassAdvice;
import dev.gilspy.agent.instrument.Weaver;
import java.util.ArrayList;
import java.util.List;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;

/**
 * Advice for GraalPy's GIL, read from GraalPy 25.0.1's bytecode:
 * <ul>
 *   <li>{@code PythonContext.tryAcquireGil()}: the fast path, a zero-timeout {@code tryLock} on the
 *       fair {@code GlobalInterpreterLock}; {@code GilNode} calls {@code acquireGil()} when it fails;</li>
 *   <li>{@code PythonContext.acquireGil()}: the blocking {@code lockInterruptibly};</li>
 *   <li>{@code PythonContext.ensureGilAfterFailure()}: {@code lock()} after an interrupted take;</li>
 *   <li>{@code PythonContext.releaseGil()}: {@code unlock()};</li>
 *   <li>{@code AsyncHandler$GilReleaseScheduler$1.perform(Access)}: every 50 ms, if a thread waits,
 *       the scheduler submits this thread-local action to the holder, which calls
 *       {@code GilNode.tryRelease()} then {@code acquire()}: GraalPy's forced switch.</li>
 * </ul>
 * A GraalPy whose {@code PythonContext} lacks these methods gets no advice and one clear line.
 */
public final class GraalPyInstrumentation implements ClassAdvice {
    static final String RELEASE_ACTION_PREFIX = "com.oracle.graal.python.runtime.AsyncHandler$GilReleaseScheduler$";
    private final String contextClass;

    public GraalPyInstrumentation(String contextClass) {
        this.contextClass = contextClass;
    }

    @Override
    public boolean advises(String className) {
        return className.equals(contextClass) || className.startsWith(RELEASE_ACTION_PREFIX);
    }

    /** Release actions load as they are first used, after the context class. */
    @Override
    public boolean isLastClass(String className) {
        return false;
    }

    @Override
    public byte[] advise(ClassLoader loader, String className, byte[] classFile) {
        if (className.startsWith(RELEASE_ACTION_PREFIX)) {
            return Weaver.weave(loader, className, classFile, (type, builder) -> builder
                    .visit(Advice.to(ForcedReleaseAdvice.class).on(named("perform").and(takesArguments(1)))));
        }
        return Weaver.weave(loader, className, classFile, (type, builder) -> {
            String missing = missing(type);
            if (!missing.isEmpty()) {
                throw new IllegalStateException(GraalPyReader.unsupported(implementationVersion(loader), missing));
            }
            return builder
                    .visit(Advice.to(TryTakeAdvice.class).on(named("tryAcquireGil").and(takesArguments(0))
                            .and(returns(boolean.class))))
                    .visit(Advice.to(TakeAdvice.class).on(named("acquireGil").and(takesArguments(0))))
                    .visit(Advice.to(EnsureAdvice.class).on(named("ensureGilAfterFailure").and(takesArguments(0))))
                    .visit(Advice.to(DropAdvice.class).on(named("releaseGil").and(takesArguments(0))));
        });
    }

    private static String missing(TypeDescription type) {
        List<String> missing = new ArrayList<>();
        for (String name : new String[] {"acquireGil", "tryAcquireGil", "releaseGil"}) {
            boolean found = false;
            for (MethodDescription.InDefinedShape m : type.getDeclaredMethods()) {
                found |= m.getName().equals(name) && m.getParameters().isEmpty();
            }
            if (!found) {
                missing.add(name + "()");
            }
        }
        return String.join(", ", missing);
    }

    /** Read without loading a class: this runs while the JVM defines {@code PythonContext}. */
    private static String implementationVersion(ClassLoader loader) {
        Package p = loader == null ? null : loader.getDefinedPackage("com.oracle.graal.python.runtime");
        String v = p == null ? null : p.getImplementationVersion();
        return v == null ? "unknown" : v;
    }

    /** {@code boolean tryAcquireGil()}. */
    static final class TryTakeAdvice {
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static long enter(@Advice.This Object context) {
            return GraalPyHooks.takeBegin(context);
        }

        @Advice.OnMethodExit(suppress = Throwable.class, onThrowable = Throwable.class)
        static void exit(@Advice.This Object context, @Advice.Enter long t0, @Advice.Return boolean acquired) {
            GraalPyHooks.takeEnd(context, t0, acquired);
        }
    }

    /** {@code void acquireGil() throws InterruptedException}. */
    static final class TakeAdvice {
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static long enter(@Advice.This Object context) {
            return GraalPyHooks.takeBegin(context);
        }

        @Advice.OnMethodExit(suppress = Throwable.class, onThrowable = Throwable.class)
        static void exit(@Advice.This Object context, @Advice.Enter long t0, @Advice.Thrown Throwable thrown) {
            GraalPyHooks.takeEnd(context, t0, thrown == null);
        }
    }

    /** {@code void ensureGilAfterFailure()}: takes the lock only when the thread does not own it. */
    static final class EnsureAdvice {
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static long enter(@Advice.This Object context) {
            return GraalPyHooks.ensureBegin(context);
        }

        @Advice.OnMethodExit(suppress = Throwable.class, onThrowable = Throwable.class)
        static void exit(@Advice.This Object context, @Advice.Enter long t0) {
            GraalPyHooks.ensureEnd(context, t0);
        }
    }

    /** {@code void releaseGil()}. */
    static final class DropAdvice {
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.This Object context) {
            GraalPyHooks.dropBegin(context);
        }

        @Advice.OnMethodExit(suppress = Throwable.class, onThrowable = Throwable.class)
        static void exit(@Advice.This Object context) {
            GraalPyHooks.dropEnd(context);
        }
    }

    /** The release scheduler's {@code perform(ThreadLocalAction.Access)} on the holder thread. */
    static final class ForcedReleaseAdvice {
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter() {
            GraalPyHooks.forcedReleaseBegin();
        }

        @Advice.OnMethodExit(suppress = Throwable.class, onThrowable = Throwable.class)
        static void exit() {
            GraalPyHooks.forcedReleaseEnd();
        }
    }
}
