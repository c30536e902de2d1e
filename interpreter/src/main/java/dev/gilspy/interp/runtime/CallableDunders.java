package dev.gilspy.interp.runtime;

import java.util.Arrays;

/**
 * The slot wrappers CPython's types carry in their dicts and that code finds by scanning
 * {@code __dict__}s of the MRO rather than by calling: {@code collections.abc.Callable}'s and
 * typing's protocol checks ({@code _check_methods(C, "__call__")}, {@code SupportsBytes}) look for
 * {@code function.__call__}, {@code method.__call__}, {@code bytes.__bytes__}.
 */
final class CallableDunders {
    private CallableDunders() {}

    static void install() {
        for (PyType t : new PyType[] {Types.FUNCTION, Types.BUILTIN_FUNCTION, Types.METHOD}) {
            Methods.def(t, "__call__", (th, a, k) -> Ops.call(th, a[0], Arrays.copyOfRange(a, 1, a.length), k));
        }
        Methods.def(Types.BYTES, "__bytes__", (th, a, k) -> {
            Object v = PyValueSub.unwrap(a[0]);
            if (!(v instanceof PyBytes b)) {
                throw Err.type("descriptor '__bytes__' requires a 'bytes' object but received a '" + Ops.typeName(a[0]) + "'");
            }
            return b.type() == Types.BYTES ? b : new PyBytes(b.data().clone()); // a subclass's is exact bytes, as bytes___bytes___impl
        });
    }
}
