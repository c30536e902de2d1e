package dev.gilspy.interp.runtime;

/** {@code obj.method}: a callable bound to its receiver. */
public final class PyBoundMethod extends PyObj {
    public final Object self;
    final Object func;

    PyBoundMethod(Object self, Object func) { this.self = self; this.func = func; }

    /** {@code types.MethodType(func, self)}: what a native descriptor's {@code __get__} returns. */
    public static PyBoundMethod of(Object self, Object func) { return new PyBoundMethod(self, func); }

    @Override public PyType type() { return Types.METHOD; }

    /** The function this method calls with {@link #self} first. */
    public Object func() { return func; }

    Object call(PyThread t, Object[] args, String[] kwnames) {
        Object[] a = new Object[args.length + 1];
        a[0] = self;
        System.arraycopy(args, 0, a, 1, args.length);
        return Ops.call(t, func, a, kwnames);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyBoundMethod m && m.self == self && m.func == func;
    }

    @Override
    public int hashCode() { return System.identityHashCode(self) * 31 + System.identityHashCode(func); }
}
