package dev.gilspy.interp.modules;

import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyThread;

/** {@code __class_getitem__} of the native types: {@code types.GenericAlias(cls, item)}. */
final class GenericAliases {
    private GenericAliases() {}

    static Object of(Object cls, Object item) {
        PyThread t = PyThread.current();
        Object alias = Ops.getattrOrNull(t.interp.importModule(t, "types"), "GenericAlias");
        if (alias == null) {
            return cls;
        }
        return Ops.call(t, alias, new Object[] {cls, item}, null);
    }
}
