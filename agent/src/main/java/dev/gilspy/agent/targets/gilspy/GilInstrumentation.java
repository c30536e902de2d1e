package dev.gilspy.agent.targets.gilspy;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.returns;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import dev.gilspy.agent.instrument.ClassAdvice;
import dev.gilspy.agent.instrument.Weaver;
import net.bytebuddy.asm.Advice;

/**
 * Puts advice on gilspy's GIL class: take, drop, and the drop request. One instrumentation
 * class per instrumented type, static stateless advice, strict name matchers, as OpenTelemetry's
 * instrumentations are written. The advice is inlined into the target, so it calls nothing but
 * {@link GilHooks}.
 */
public final class GilInstrumentation implements ClassAdvice {
    private final String gilClass;

    public GilInstrumentation(String gilClass) {
        this.gilClass = gilClass;
    }

    @Override
    public boolean advises(String className) {
        return className.equals(gilClass);
    }

    @Override
    public byte[] advise(ClassLoader loader, String className, byte[] classFile) {
        return Weaver.weave(loader, className, classFile, (type, builder) -> builder
                .visit(Advice.to(TakeAdvice.class)
                        .on(named("take").and(takesArguments(1)).and(returns(void.class))))
                .visit(Advice.to(DropAdvice.class)
                        .on(named("drop").and(takesArguments(1)).and(returns(boolean.class))))
                .visit(Advice.to(DropRequestAdvice.class)
                        .on(named("setDropRequest").and(takesArguments(1)))));
    }

    /** {@code void take(ThreadState)}: a wait from entry to exit, then a hold begins. */
    static final class TakeAdvice {
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static long enter(@Advice.This Object gil, @Advice.Argument(0) Object ts) {
            long t = System.nanoTime();
            GilHooks.takeBegin(gil, ts, t);
            return t;
        }

        @Advice.OnMethodExit(suppress = Throwable.class, onThrowable = Throwable.class)
        static void exit(@Advice.This Object gil, @Advice.Argument(0) Object ts, @Advice.Enter long t0,
                         @Advice.Thrown Throwable thrown) {
            GilHooks.takeEnd(gil, ts, t0, thrown == null);
        }
    }

    /** {@code boolean drop(ThreadState)}: the hold ends on entry; the result says whether it was forced. */
    static final class DropAdvice {
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static long enter(@Advice.This Object gil, @Advice.Argument(0) Object ts) {
            long t = System.nanoTime();
            GilHooks.dropBegin(gil, ts, t);
            return t;
        }

        @Advice.OnMethodExit(suppress = Throwable.class)
        static void exit(@Advice.This Object gil, @Advice.Argument(0) Object ts, @Advice.Return boolean forced) {
            GilHooks.dropEnd(gil, ts, forced);
        }
    }

    /** {@code void setDropRequest(ThreadState holder)}, called by a waiter after a quiet interval. */
    static final class DropRequestAdvice {
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.This Object gil, @Advice.Argument(0) Object holder) {
            GilHooks.dropRequest(gil, holder);
        }
    }
}
