package dev.gilspy.interp.runtime;

/**
 * A type written in Java by a module outside this package ({@code posix.DirEntry}, the scandir
 * iterator): its methods and read-only attributes go in the type's dict, and each instance is an
 * {@link Obj} carrying the Java state the methods work on, as a C extension type's struct does.
 */
public final class NativeType {
    private NativeType() {}

    /** A new type {@code module.name}; Python cannot create its instances unless {@code ctor} is set. */
    public static PyType create(String module, String name, PyType.Ctor ctor) {
        PyType tp = new PyType(name, new PyType[] {Types.OBJECT}, PyType.Layout.BUILTIN, true);
        tp.module = module;
        tp.ctor = ctor;
        tp.finishInit();
        return tp;
    }

    /** A method: {@code a[0]} is the instance. */
    public static void def(PyType tp, String name, PyCallable body) {
        tp.dict.put(name, new PyBuiltin(name, body));
        tp.finishInit();
    }

    /** A read-only attribute computed by {@code getter} (called with the instance as {@code a[0]}). */
    public static void getter(PyType tp, String name, PyCallable getter) {
        tp.dict.put(name, new PyDescriptors.Property(new PyBuiltin(name, getter), PyNone.NONE, PyNone.NONE));
        tp.finishInit();
    }

    /** An instance of a {@link NativeType}: the state its Java methods work on. */
    public static final class Obj<T> extends PyInstance {
        public final T state;

        public Obj(PyType tp, T state) {
            super(tp);
            this.state = state;
        }
    }

    /** The state of {@code self}, or a TypeError naming the expected type. */
    @SuppressWarnings("unchecked")
    public static <T> T state(Object self, PyType tp) {
        if (self instanceof Obj<?> o && o.cls.isSubtypeOf(tp)) {
            return (T) o.state;
        }
        throw Err.type("descriptor requires a '" + tp.module + "." + tp.name + "' object but received a '" + Ops.typeName(self) + "'");
    }
}
