package dev.gilspy.agent.instrument;

import java.util.function.BiFunction;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.dynamic.VisibilityBridgeStrategy;
import net.bytebuddy.dynamic.scaffold.InstrumentedType;
import net.bytebuddy.dynamic.scaffold.MethodGraph;
import net.bytebuddy.dynamic.scaffold.TypeValidation;
import net.bytebuddy.implementation.Implementation;
import net.bytebuddy.pool.TypePool;

/**
 * Weaves advice into one class file with ByteBuddy, changing no member and no class format, so
 * the same bytes serve a class being loaded and a class being retransformed (dynamic attach).
 * The type pool reads only this class file and, lazily, what the advice needs of its loader.
 */
public final class Weaver {
    private Weaver() {}

    private static final class Holder {
        static final ByteBuddy BYTE_BUDDY = new ByteBuddy()
                .with(TypeValidation.DISABLED)
                .with(Implementation.Context.Disabled.Factory.INSTANCE)
                .with(InstrumentedType.Factory.Default.FROZEN)
                .with(VisibilityBridgeStrategy.Default.NEVER)
                .with(MethodGraph.Compiler.ForDeclaredMethods.INSTANCE);
    }

    /** The class file with {@code advice} applied to the builder of its type. */
    public static byte[] weave(ClassLoader loader, String className, byte[] classFile,
                               BiFunction<TypeDescription, DynamicType.Builder<?>, DynamicType.Builder<?>> advice) {
        ClassFileLocator locator = new ClassFileLocator.Compound(ClassFileLocator.Simple.of(className, classFile),
                loader == null ? ClassFileLocator.ForClassLoader.ofBootLoader() : ClassFileLocator.ForClassLoader.of(loader));
        TypeDescription type = TypePool.Default.WithLazyResolution.of(locator).describe(className).resolve();
        return advice.apply(type, Holder.BYTE_BUDDY.redefine(type, locator)).make().getBytes();
    }
}
