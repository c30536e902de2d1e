package dev.gilspy.interp.modules;

import dev.gilspy.interp.runtime.BuiltinArgs;
import dev.gilspy.interp.runtime.Compare;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.NativeObj;
import dev.gilspy.interp.runtime.NativeTypes;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBoundMethod;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.Types;

/**
 * {@code _functools} ({@code Modules/_functoolsmodule.c}): {@code reduce}, {@link Partial partial},
 * {@code cmp_to_key} and {@link LruCache _lru_cache_wrapper}. None of them releases the GIL; they
 * run Python code only through the callables they were given.
 */
public final class FunctoolsModule {
    private FunctoolsModule() {}

    /** {@code functools.KeyWrapper}'s product: compares by calling {@code mycmp}. */
    static final class CmpKey extends NativeObj {
        final Object cmp;
        final Object obj;

        CmpKey(Object cmp, Object obj) {
            super(KEY);
            this.cmp = cmp;
            this.obj = obj;
        }

        @Override
        public Object compare(Compare op, Object other) {
            if (!(other instanceof CmpKey o)) {
                throw Err.type("other argument must be K instance");
            }
            Object r = Ops.call(PyThread.current(), cmp, new Object[] {obj, o.obj}, null);
            return op.test(r, 0L);
        }

    }

    static final PyType KEY = NativeTypes.newType("KeyWrapper", "functools", null, null);

    static {
        NativeTypes.getter(KEY, "obj", o -> ((CmpKey) o).obj);
        NativeTypes.put(KEY, "__hash__", PyNone.NONE);
        NativeTypes.ready(KEY);
    }

    static Object reduce(PyThread t, Object[] a, String[] k) {
        ItertoolsModule.noKw("reduce", k);
        ItertoolsModule.nargs("reduce", a, k, 2, 3);
        Object it;
        try {
            it = Ops.iter(a[1]);
        } catch (dev.gilspy.interp.runtime.PyException e) {
            if (Err.matches(e, Types.TypeError)) {
                throw Err.type("reduce() arg 2 must support iteration");
            }
            throw e;
        }
        Object acc = a.length > 2 ? a[2] : null;
        Object v;
        while ((v = Ops.next(t, it)) != null) {
            if (acc == null) {
                acc = v;
            } else {
                acc = Ops.call(t, a[0], new Object[] {acc, v}, null);
            }
        }
        if (acc == null) {
            throw Err.type("reduce() of empty iterable with no initial value");
        }
        return acc;
    }

    static PyModule create() {
        PyModule m = new PyModule("_functools");
        m.def("reduce", FunctoolsModule::reduce);
        m.put("partial", Partial.TYPE);
        m.put("_lru_cache_wrapper", LruCache.TYPE);
        m.def("cmp_to_key", (t, a, k) -> {
            if (a.length > 1) {
                throw Err.type("cmp_to_key() takes at most 1 argument (" + a.length + " given)");
            }
            Object cmp = BuiltinArgs.get(a, k, 0, "mycmp", null);
            if (cmp == null) {
                throw Err.type("cmp_to_key() missing required argument 'mycmp' (pos 1)");
            }
            return new dev.gilspy.interp.runtime.PyBuiltin("K", (th, b, kk) -> {
                if (b.length != 1) {
                    throw Err.type("K() takes exactly 1 argument (" + b.length + " given)");
                }
                return new CmpKey(cmp, b[0]);
            });
        });
        return m;
    }

    static Object bindMethod(Object self, Object obj) {
        return obj == PyNone.NONE || obj == null ? self : PyBoundMethod.of(obj, self);
    }

    static Object[] concat(Object[] x, Object[] y) {
        Object[] r = new Object[x.length + y.length];
        System.arraycopy(x, 0, r, 0, x.length);
        System.arraycopy(y, 0, r, x.length, y.length);
        return r;
    }
}
