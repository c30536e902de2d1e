package dev.gilspy.interp.modules;

import dev.gilspy.interp.runtime.InterpreterState;
import dev.gilspy.interp.runtime.PyModule;

/**
 * The data-structure core that CPython writes in C and its {@code Lib/} imports by these names:
 * {@code _collections}, {@code itertools}, {@code _functools}, {@code _weakref}, {@code _abc},
 * {@code _random}, {@code _struct}, {@code array}, {@code _string}, {@code _bisect}, {@code _heapq},
 * {@code _contextvars}, {@code _operator}. Like their C originals, none of them releases the GIL.
 */
final class CoreModules {
    private CoreModules() {}

    static PyModule create(InterpreterState interp, String name) {
        switch (name) {
            case "_collections": return CollectionsModule.create();
            case "itertools": return ItertoolsModule.create();
            case "_functools": return FunctoolsModule.create();
            case "_weakref": return WeakrefModule.create();
            case "_abc": return AbcModule.create();
            case "_random": return RandomModule.create();
            case "_struct": return StructModule.create();
            case "array": return ArrayModule.create();
            case "_string": return StringModule.create();
            case "_bisect": return BisectModule.create();
            case "_heapq": return HeapqModule.create();
            case "_contextvars": return ContextvarsModule.create();
            case "_operator": return OperatorModule.create();
            default: return null;
        }
    }
}
