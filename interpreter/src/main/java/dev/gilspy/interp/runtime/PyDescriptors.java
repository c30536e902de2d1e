package dev.gilspy.interp.runtime;

/** {@code property}, {@code staticmethod}, {@code classmethod} and {@code super}. */
public final class PyDescriptors {
    private PyDescriptors() {}

    static final class Property extends PyObj {
        final Object fget;
        final Object fset;
        final Object fdel;
        /** {@code __doc__}: the doc argument, else the getter's docstring (null: None). */
        Object doc;
        /** The doc came from the getter, so a copy with a new getter takes the new getter's (property_copy). */
        boolean getterDoc;
        /** What {@code __set_name__} gave (a class statement's attribute name), for the error messages; null until then. */
        Object name;
        Property(Object fget, Object fset, Object fdel) { this.fget = fget; this.fset = fset; this.fdel = fdel; }

        /** property(fget, fset, fdel, doc) as property_init does it. */
        static Property make(Object fget, Object fset, Object fdel, Object doc) {
            Property p = new Property(fget, fset, fdel);
            if ((doc == null || doc == PyNone.NONE) && fget != null && fget != PyNone.NONE) {
                Object d;
                try {
                    d = Ops.getattrOrNull(fget, "__doc__");
                } catch (PyException e) {
                    d = null;
                }
                p.doc = d;
                p.getterDoc = true;
            } else {
                p.doc = doc;
            }
            return p;
        }

        /** getter/setter/deleter: a new property with one accessor replaced. */
        Property copy(Object get, Object set, Object del) {
            Property p = make(get, set, del, getterDoc ? null : doc);
            p.name = name;
            return p;
        }

        /** property_descr_get/set's AttributeError: {@code what} is getter, setter or deleter. */
        PyException missing(String what, Object obj) {
            PyType t = Ops.typeOf(obj);
            String q = StrRepr.repr(!t.builtin && t.qualname != null ? t.qualname : t.name);
            return Err.attr(name != null ? "property " + StrRepr.repr(name) + " of " + q + " object has no " + what
                : "property of " + q + " object has no " + what);
        }
        @Override public PyType type() { return Types.PROPERTY; }
    }

    static final class StaticMethod extends PyObj implements NativeAttrs {
        final Object func;
        private PyDict attrs;
        StaticMethod(Object func) { this.func = func; }
        @Override public PyType type() { return Types.STATICMETHOD; }
        @Override public synchronized PyDict instanceDict() {
            if (attrs == null) {
                attrs = wraps(func);
            }
            return attrs;
        }
    }

    static final class ClassMethod extends PyObj implements NativeAttrs {
        final Object func;
        private PyDict attrs;
        ClassMethod(Object func) { this.func = func; }
        @Override public PyType type() { return Types.CLASSMETHOD; }
        @Override public synchronized PyDict instanceDict() {
            if (attrs == null) {
                attrs = wraps(func);
            }
            return attrs;
        }
    }

    /**
     * The {@code __dict__} of a classmethod or staticmethod: what {@code functools_wraps} in
     * Objects/funcobject.c copies from the callable (made at the first look, not at creation).
     */
    private static PyDict wraps(Object func) {
        PyDict d = new PyDict();
        for (String n : new String[] {"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"}) {
            Object v;
            try {
                v = Ops.getattrOrNull(func, n);
            } catch (PyException e) {
                if (!Err.matches(e, Types.AttributeError)) {
                    throw e;
                }
                v = null;
            }
            if (v != null) {
                d.put(n, v);
            }
        }
        return d;
    }

    public static final class Super extends PyObj {
        final PyType start;
        final Object self;
        /** {@code super} itself, or the Python subclass of super that made this object. */
        PyType cls = Types.SUPER;
        /** The class whose MRO is searched when it is not the object's type: a proxy's {@code __class__} (super_check). */
        PyType objType;
        Super(PyType start, Object self) { this.start = start; this.self = self; }
        @Override public PyType type() { return cls; }

        /** super_descr_get: an unbound super(C) read from a class binds to the instance; a subclass of super makes its own kind. */
        Object bindTo(Object obj) {
            return cls == Types.SUPER ? DescriptorMethods.boundSuper(start, obj) : Ops.call(cls, start, obj);
        }

        /** CPython's super_check: a class that derives from {@code start} is searched itself, anything else through its type. */
        boolean selfIsType() {
            return self instanceof PyType st && st.isSubtypeOf(start);
        }

        Object lookup(String name) {
            if (self == null) {
                return null; // unbound super(C): only its own attributes
            }
            PyType t = objType != null ? objType : selfIsType() ? (PyType) self : Ops.typeOf(self);
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
