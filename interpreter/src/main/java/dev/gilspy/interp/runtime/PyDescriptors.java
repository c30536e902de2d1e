package dev.gilspy.interp.runtime;

/** {@code property}, {@code staticmethod}, {@code classmethod} and {@code super}. */
public final class PyDescriptors {
    private PyDescriptors() {}

    static final class Property extends PyObj {
        final Object fget;
        final Object fset;
        final Object fdel;
        Property(Object fget, Object fset, Object fdel) { this.fget = fget; this.fset = fset; this.fdel = fdel; }
        @Override public PyType type() { return Types.PROPERTY; }
    }

    static final class StaticMethod extends PyObj {
        final Object func;
        StaticMethod(Object func) { this.func = func; }
        @Override public PyType type() { return Types.STATICMETHOD; }
    }

    static final class ClassMethod extends PyObj {
        final Object func;
        ClassMethod(Object func) { this.func = func; }
        @Override public PyType type() { return Types.CLASSMETHOD; }
    }

    public static final class Super extends PyObj {
        final PyType start;
        final Object self;
        Super(PyType start, Object self) { this.start = start; this.self = self; }
        @Override public PyType type() { return Types.SUPER; }

        /** CPython's super_check: a class that derives from {@code start} is searched itself, anything else through its type. */
        boolean selfIsType() {
            return self instanceof PyType st && st.isSubtypeOf(start);
        }

        Object lookup(String name) {
            PyType t = selfIsType() ? (PyType) self : Ops.typeOf(self);
            PyType[] mro = t.mro;
            int i = 0;
            while (i < mro.length && mro[i] != start) {
                i++;
            }
            for (i++; i < mro.length; i++) {
                Object v = mro[i].dict.get(name);
                if (v != null) {
                    return v;
                }
            }
            return null;
        }
    }
}
