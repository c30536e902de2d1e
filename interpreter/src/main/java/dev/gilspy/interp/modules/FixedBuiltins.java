package dev.gilspy.interp.modules;

import dev.gilspy.interp.runtime.BuiltinArgs;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.ObjectIds;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBuiltin;
import dev.gilspy.interp.runtime.PyException;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.Types;

/**
 * The builtins a hot call site meets most ({@code len}, {@code isinstance}, {@code id}, {@code getattr}) as classes with
 * entries by arity ({@link PyBuiltin.Fixed}): the call node passes the arguments without an array and
 * C2 can inline the small body instead of the builtins' shared lambda dispatcher.
 */
final class FixedBuiltins {
    private FixedBuiltins() {}

    static final class Len extends PyBuiltin.Fixed {
        @Override
        public Object call(PyThread t, Object[] a, String[] k) {
            BuiltinArgs.check("len", a, k, 1, 1);
            return Ops.len(a[0]);
        }

        @Override
        public Object call1(PyThread t, Object o) {
            return Ops.len(o);
        }
    }

    static final class IsInstance extends PyBuiltin.Fixed {
        @Override
        public Object call(PyThread t, Object[] a, String[] k) {
            BuiltinArgs.check("isinstance", a, k, 2, 2);
            return PyType.isinstance(a[0], a[1]);
        }

        @Override
        public Object call2(PyThread t, Object o, Object cls) {
            return PyType.isinstance(o, cls);
        }
    }

    static final class Id extends PyBuiltin.Fixed {
        @Override
        public Object call(PyThread t, Object[] a, String[] k) {
            return call1(t, a[0]);
        }

        @Override
        public Object call1(PyThread t, Object o) {
            if (o instanceof Long l && l >= -5 && l <= 256) {
                return 0x7f0000L + l * 32;
            }
            return ObjectIds.of(o);
        }
    }

    /** {@code getattr(o, name)} and {@code getattr(o, name, default)} (pickle's save asks the second for each object). */
    static final class GetAttr extends PyBuiltin.Fixed {
        @Override
        public Object call(PyThread t, Object[] a, String[] k) {
            return a.length > 2 ? call3(t, a[0], a[1], a[2]) : call2(t, a[0], a[1]);
        }

        @Override
        public Object call2(PyThread t, Object o, Object name) {
            String n = BuiltinArgs.strOrSub(name, "attribute name");
            Object v = Ops.getattrOrNull(o, n);
            if (v == null) {
                throw Ops.attrError(o, n);
            }
            return v;
        }

        @Override
        public Object call3(PyThread t, Object o, Object name, Object dflt) {
            String n = BuiltinArgs.strOrSub(name, "attribute name");
            Object v;
            try {
                v = Ops.getattrOrNull(o, n);
            } catch (PyException e) {
                if (Err.matches(e, Types.AttributeError)) {
                    return dflt;
                }
                throw e;
            }
            return v == null ? dflt : v;
        }
    }
}
