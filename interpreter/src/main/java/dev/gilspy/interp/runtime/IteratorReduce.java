package dev.gilspy.interp.runtime;

import static dev.gilspy.interp.runtime.Methods.def;

/**
 * {@code __length_hint__}, {@code __reduce__} and {@code __setstate__} of the built-in iterators
 * (CPython's listiter/tupleiter/unicodeiter/setiter/dictiter reduce): a sequence iterator pickles as
 * {@code (iter, (seq,), index)}, a set or dict iterator as {@code (iter, (list_of_the_rest,))}.
 * Each {@link PyIter} kind says what it can ({@link PyIter#reduce}); the others cannot be pickled.
 */
final class IteratorReduce {
    private IteratorReduce() {}

    static void install() {
        for (PyType type : new PyType[] {Types.ITERATOR, Types.REVERSED}) {
            def(type, "__length_hint__", (t, a, k) -> {
                long n = a[0] instanceof PyIter it ? it.lengthHint() : -1;
                return n < 0 ? Types.NOT_IMPLEMENTED : (Object) n;
            });
            def(type, "__reduce__", (t, a, k) -> {
                Object r = a[0] instanceof PyIter it ? it.reduce(t) : null;
                if (r == null) {
                    throw Err.type("cannot pickle '" + Ops.typeName(a[0]) + "' object");
                }
                return r;
            });
            def(type, "__setstate__", (t, a, k) -> {
                if (!(a[0] instanceof PyIter it) || !it.setState(a[1])) {
                    throw Err.type("'" + Ops.typeName(a[0]) + "' object has no state to set");
                }
                return PyNone.NONE;
            });
        }
    }
}
