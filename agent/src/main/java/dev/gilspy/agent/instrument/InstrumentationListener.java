package dev.gilspy.agent.instrument;

import java.util.function.Consumer;
import java.util.function.Predicate;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.utility.JavaModule;

/**
 * Reports, for one target, that its GIL class was instrumented, and the errors on the classes the
 * target advises (each becomes the agent's one line; every other class is none of our business).
 */
public final class InstrumentationListener extends AgentBuilder.Listener.Adapter {
    private final String gilClass;
    private final Predicate<String> advised;
    private final Consumer<String> onInstrumented;
    private final Consumer<String> onError;

    public InstrumentationListener(String gilClass, Predicate<String> advised, Consumer<String> onInstrumented,
                            Consumer<String> onError) {
        this.gilClass = gilClass;
        this.advised = advised;
        this.onInstrumented = onInstrumented;
        this.onError = onError;
    }

    @Override
    public void onTransformation(TypeDescription type, ClassLoader loader, JavaModule module, boolean loaded,
                                 DynamicType dynamicType) {
        if (type.getName().equals(gilClass)) {
            onInstrumented.accept(type.getName());
        }
    }

    @Override
    public void onError(String typeName, ClassLoader loader, JavaModule module, boolean loaded, Throwable error) {
        if (advised.test(typeName)) {
            onError.accept("cannot instrument " + typeName + ": " + error);
        }
    }
}
