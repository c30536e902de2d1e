package dev.gilspy.interp.modules.interpreters;

import dev.gilspy.interp.runtime.BuiltinArgs;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.InterpreterState;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyCallable;
import dev.gilspy.interp.runtime.PyDict;
import dev.gilspy.interp.runtime.PyInstance;
import dev.gilspy.interp.runtime.PyList;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.Types;
import java.util.List;

/**
 * {@code _interpreters} and {@code _interpqueues}: the low-level modules behind PEP 734's
 * {@code interpreters} (a pure-Python module in {@code lib/interpreters.py}). See
 * {@link Subinterpreters} for how an interpreter runs code and {@link SubinterpreterQueue} for queues.
 *
 * <p>{@code _interpreters}, as in CPython 3.13: {@code create()} → id; {@code run_string(id, src)}
 * and its alias {@code exec(id, src)} → {@code None}, or, when the code raised, a snapshot
 * {@code namespace(type=namespace(__name__, __qualname__, __module__), msg, formatted, errdisplay)}
 * (CPython 3.13 returns it rather than raising; {@code interpreters.Interpreter.exec} raises
 * {@code ExecutionFailed} from it); {@code destroy(id)}; {@code list_all()} → [(id, whence)];
 * {@code get_current()}, {@code get_main()} → (id, whence); {@code is_running(id)};
 * {@code is_shareable(obj)}; {@code set___main___attrs(id, dict)}. Errors: {@code InterpreterError},
 * {@code InterpreterNotFoundError}, {@code NotShareableError} (a {@code ValueError}).
 *
 * <p>{@code _interpqueues} (gilspy's own shape): {@code create(maxsize)} → id, {@code destroy(id)},
 * {@code list_all()}, {@code put(id, obj, timeout)}, {@code get(id, timeout)} (timeout {@code None}
 * waits forever, 0 not at all), {@code get_count(id)}, {@code get_maxsize(id)}. Errors:
 * {@code QueueError}, {@code QueueNotFoundError}, {@code QueueEmpty}, {@code QueueFull}.
 */
public final class InterpretersModule {
    private InterpretersModule() {}

    static final PyType InterpreterError = excType("InterpreterError", Types.Exception, "interpreters");
    static final PyType InterpreterNotFoundError = excType("InterpreterNotFoundError", InterpreterError, "interpreters");
    static final PyType NotShareableError = excType("NotShareableError", Types.ValueError, "interpreters");
    static final PyType QueueError = excType("QueueError", Types.RuntimeError, "interpreters");
    static final PyType QueueNotFoundError = excType("QueueNotFoundError", QueueError, "interpreters");
    static final PyType QueueEmpty = excType("QueueEmpty", QueueError, "interpreters");
    static final PyType QueueFull = excType("QueueFull", QueueError, "interpreters");

    private static final PyType NAMESPACE = namespaceType();

    private static PyType excType(String name, PyType base, String module) {
        PyType t = new PyType(name, new PyType[] {base}, PyType.Layout.EXCEPTION, false);
        t.module = module;
        t.finishInit();
        return t;
    }

    private static PyType namespaceType() {
        PyType t = new PyType("SimpleNamespace", new PyType[] {Types.OBJECT}, PyType.Layout.OBJECT, false);
        t.module = "types";
        return t;
    }

    public static PyModule create(InterpreterState interp, String name) {
        return name.equals("_interpreters") ? interpreters(interp) : queues();
    }

    private static PyModule interpreters(InterpreterState interp) {
        PyModule m = new PyModule("_interpreters");
        m.put("InterpreterError", InterpreterError);
        m.put("InterpreterNotFoundError", InterpreterNotFoundError);
        m.put("NotShareableError", NotShareableError);
        m.put("WHENCE_RUNTIME", Subinterpreters.WHENCE_RUNTIME);
        m.put("WHENCE_STDLIB", Subinterpreters.WHENCE_STDLIB);
        m.def("create", (t, a, k) -> (long) Subinterpreters.create(t.interp).interp.id);
        m.def("destroy", (t, a, k) -> {
            BuiltinArgs.check("destroy", a, k, 1, 1);
            Subinterpreters.destroy(t, interpId(a[0]));
            return PyNone.NONE;
        });
        PyCallable run = (t, a, k) -> {
            BuiltinArgs.check("run_string", a, k, 2, 3);
            long id = interpId(a[0]);
            if (!(a[1] instanceof String src)) {
                throw Err.type("_interpreters.run_string() argument 2 must be str, not " + Ops.typeName(a[1]));
            }
            if (a.length > 2 && a[2] != PyNone.NONE) {
                setMainAttrs(t, id, a[2]);
            }
            Subinterpreters.Failure f = Subinterpreters.run(t, id, src);
            return f == null ? PyNone.NONE : excinfo(f);
        };
        m.def("run_string", run);
        m.def("exec", run);
        m.def("list_all", (t, a, k) -> {
            List<Subinterpreters.Entry> all = Subinterpreters.family(t.interp);
            PyList out = new PyList();
            for (Subinterpreters.Entry e : all) {
                out.append(PyTuple.of((long) e.interp.id, e.whence));
            }
            return out;
        });
        m.def("get_current", (t, a, k) -> {
            Subinterpreters.Entry e = Subinterpreters.entryOf(t.interp);
            return PyTuple.of((long) e.interp.id, e.whence);
        });
        m.def("get_main", (t, a, k) -> {
            InterpreterState main = Subinterpreters.entryOf(t.interp).main;
            return PyTuple.of((long) main.id, Subinterpreters.WHENCE_RUNTIME);
        });
        m.def("is_running", (t, a, k) -> {
            BuiltinArgs.check("is_running", a, k, 1, 1);
            return Subinterpreters.lookUp(t.interp, interpId(a[0])).isRunning();
        });
        m.def("is_shareable", (t, a, k) -> {
            BuiltinArgs.check("is_shareable", a, k, 1, 1);
            return Shareable.isShareable(a[0]);
        });
        m.def("set___main___attrs", (t, a, k) -> {
            BuiltinArgs.check("set___main___attrs", a, k, 2, 2);
            setMainAttrs(t, interpId(a[0]), a[1]);
            return PyNone.NONE;
        });
        return m;
    }

    private static long interpId(Object o) {
        if (o instanceof Long l) {
            return l;
        }
        throw Err.type("interpreter ID must be an int, got " + Ops.typeName(o));
    }

    /** Binds shareable copies into the target's {@code __main__}, as {@code Interpreter.prepare_main} does. */
    private static void setMainAttrs(PyThread t, long id, Object ns) {
        if (!(ns instanceof PyDict d)) {
            throw Err.type("expected a dict of names to values, got " + Ops.typeName(ns));
        }
        Subinterpreters.Entry e = Subinterpreters.lookUp(t.interp, id);
        if (e.isRunning()) {
            throw Err.make(InterpreterError, "interpreter running");
        }
        Object[] keys = d.keysArray();
        Object[] values = new Object[keys.length];
        for (int i = 0; i < keys.length; i++) {
            if (!(keys[i] instanceof String)) {
                throw Err.type("names must be str, not " + Ops.typeName(keys[i]));
            }
            values[i] = Shareable.copy(d.get(keys[i]));
        }
        for (int i = 0; i < keys.length; i++) {
            e.interp.mainModule.put((String) keys[i], values[i]);
        }
    }

    private static PyInstance excinfo(Subinterpreters.Failure f) {
        PyInstance type = new PyInstance(NAMESPACE);
        type.putDictAttr("__name__", f.typeName());
        type.putDictAttr("__qualname__", f.qualname());
        type.putDictAttr("__module__", f.module());
        PyInstance info = new PyInstance(NAMESPACE);
        info.putDictAttr("type", type);
        info.putDictAttr("msg", f.msg());
        info.putDictAttr("formatted", f.formatted());
        info.putDictAttr("errdisplay", f.errdisplay());
        return info;
    }

    // ---------------------------------------------------------------- _interpqueues

    private static PyModule queues() {
        PyModule m = new PyModule("_interpqueues");
        m.put("QueueError", QueueError);
        m.put("QueueNotFoundError", QueueNotFoundError);
        m.put("QueueEmpty", QueueEmpty);
        m.put("QueueFull", QueueFull);
        m.def("create", (t, a, k) -> {
            long maxsize = Ops.toLong(BuiltinArgs.get(a, k, 0, "maxsize", 0L));
            return SubinterpreterQueue.create(maxsize).id;
        });
        m.def("destroy", (t, a, k) -> {
            SubinterpreterQueue.destroy(queueId(a, k));
            return PyNone.NONE;
        });
        m.def("list_all", (t, a, k) -> {
            PyList out = new PyList();
            for (long id : SubinterpreterQueue.ids()) {
                out.append(id);
            }
            return out;
        });
        m.def("put", (t, a, k) -> {
            BuiltinArgs.check("put", a, k, 2, 3);
            SubinterpreterQueue.lookUp(queueId(a, k)).put(t, a[1], timeout(BuiltinArgs.get(a, k, 2, "timeout", PyNone.NONE)));
            return PyNone.NONE;
        });
        m.def("get", (t, a, k) -> {
            BuiltinArgs.check("get", a, k, 1, 2);
            return SubinterpreterQueue.lookUp(queueId(a, k)).get(t, timeout(BuiltinArgs.get(a, k, 1, "timeout", PyNone.NONE)));
        });
        m.def("get_count", (t, a, k) -> (long) SubinterpreterQueue.lookUp(queueId(a, k)).size());
        m.def("get_maxsize", (t, a, k) -> (long) SubinterpreterQueue.lookUp(queueId(a, k)).maxsize);
        return m;
    }

    private static long queueId(Object[] a, String[] k) {
        Object o = BuiltinArgs.get(a, k, 0, "qid", null);
        if (o instanceof Long l) {
            return l;
        }
        throw Err.type("queue ID must be an int, got " + (o == null ? "nothing" : Ops.typeName(o)));
    }

    /** Seconds to wait: {@code None} is -1 (forever); a negative number is an error, as in {@code queue.Queue}. */
    private static double timeout(Object o) {
        if (o == PyNone.NONE) {
            return -1;
        }
        double s = Ops.toDouble(o);
        if (s < 0) {
            throw Err.value("'timeout' must be a non-negative number");
        }
        return s;
    }
}
