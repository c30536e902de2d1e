package dev.gilspy.agent.targets.gilspy;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.not;
import static net.bytebuddy.matcher.ElementMatchers.returns;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import dev.gilspy.agent.instrument.InstrumentationListener;
import dev.gilspy.agent.runtime.TargetDescriptor;
import java.lang.instrument.Instrumentation;
import java.util.function.Consumer;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.dynamic.scaffold.TypeValidation;
import net.bytebuddy.asm.Advice;

/**
 * Puts advice on one target's GIL class: take, drop, and the drop request. One instrumentation
 * class per instrumented type, static stateless advice, strict name matchers, as OpenTelemetry's
 * instrumentations are written. The advice is inlined into the target, so it calls nothing but
 * {@link GilHooks}.
 */
public final class GilInstrumentation {
    private GilInstrumentation() {}

    /**
     * Installs the advice with retransformation, so classes loaded before the agent are
     * instrumented too.
     *
     * @param onError called with a one-line description when a transformation fails
     */
    public static void install(Instrumentation inst, TargetDescriptor target, Consumer<String> onInstrumented,
                               Consumer<String> onError) {
        new AgentBuilder.Default(new ByteBuddy().with(TypeValidation.DISABLED))
                .disableClassFormatChanges()
                .with(AgentBuilder.RedefinitionStrategy.RETRANSFORMATION)
                .with(AgentBuilder.RedefinitionStrategy.Listener.ErrorEscalating.FAIL_LAST)
                .with(new InstrumentationListener(target.gilClass(), target.gilClass()::equals, onInstrumented, onError))
                // Only the GIL class is of interest: rejecting every other name up front keeps start-up short.
                .ignore(not(named(target.gilClass())))
                .type(named(target.gilClass()))
                .transform((builder, type, loader, module, domain) -> {
                    builder = builder.visit(Advice.to(TakeAdvice.class)
                            .on(named("take").and(takesArguments(1)).and(returns(void.class))));
                    builder = builder.visit(Advice.to(DropAdvice.class)
                            .on(named("drop").and(takesArguments(1)).and(returns(boolean.class))));
                    builder = builder.visit(Advice.to(DropRequestAdvice.class)
                            .on(named("setDropRequest").and(takesArguments(1))));
                    return builder;
                })
                .installOn(inst);
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
