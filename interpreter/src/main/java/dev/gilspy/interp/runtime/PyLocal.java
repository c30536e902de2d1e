package dev.gilspy.interp.runtime;

/**
 * {@code _thread._local}: an object whose attributes are per thread. As CPython's, a subclass's
 * {@code __init__} runs again, with the constructor's arguments, the first time each other thread
 * touches the object; arguments without an {@code __init__} of the subclass's own are a TypeError.
 */
public final class PyLocal extends PyInstance {
    public static final PyType LOCAL = Types.builtin("_local");

    static {
        LOCAL.module = "_thread";
        LOCAL.ctor = (t, cls, a, k) -> {
            Object init = cls.lookup("__init__");
            if (a.length > 0 && (init == Types.OBJECT.lookup("__init__") || init == LOCAL.dict.get("__init__"))) {
                throw Err.type("Initialization arguments are not supported");
            }
            return new PyLocal(cls, t, a, k);
        };
        Methods.def(LOCAL, "__init__", (t, a, k) -> PyNone.NONE);
        LOCAL.finishInit();
    }

    private final ThreadLocal<PyDict> local = new ThreadLocal<>();
    private final Object[] initArgs;
    private final String[] initKw;

    PyLocal(PyType cls, PyThread t, Object[] args, String[] kw) {
        super(cls);
        useDictOnly();
        this.initArgs = args.clone();
        this.initKw = kw;
        local.set(new PyDict()); // the creating thread's __init__ is the constructor call's own
    }

    /** This thread's attributes; the first touch from a thread other than the creator runs __init__. */
    private PyDict attrs() {
        PyDict m = local.get();
        if (m == null) {
            m = new PyDict();
            local.set(m);
            Object init = type().lookup("__init__");
            PyThread t = PyThread.current();
            if (init != null && t != null && init != LOCAL.dict.get("__init__")) {
                Object[] args = new Object[initArgs.length + 1];
                args[0] = this;
                System.arraycopy(initArgs, 0, args, 1, initArgs.length);
                Ops.call(t, init, args, initKw);
            }
        }
        return m;
    }

    /** {@code __dict__}: this thread's attributes, live (localdummy's dict in CPython). */
    @Override
    public PyDict dict() {
        return attrs();
    }

    @Override
    public Object getDictAttr(String name) {
        return attrs().get(name);
    }

    @Override
    public void putDictAttr(String name, Object v) {
        if (name.equals("__dict__")) {
            throw dictReadOnly();
        }
        attrs().put(name, v);
    }

    Object removeLocal(String name) {
        if (name.equals("__dict__")) {
            throw dictReadOnly();
        }
        return attrs().remove(name);
    }

    /** local_setattro's refusal: each thread's dict is the object's, not the program's to swap. */
    private PyException dictReadOnly() {
        return Err.attr("'" + (cls == LOCAL ? "_thread._local" : cls.name) + "' object attribute '__dict__' is read-only");
    }
}
