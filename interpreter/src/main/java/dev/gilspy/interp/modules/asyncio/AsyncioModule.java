package dev.gilspy.interp.modules.asyncio;

import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.InterpreterState;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBaseException;
import dev.gilspy.interp.runtime.PyDict;
import dev.gilspy.interp.runtime.PyException;
import dev.gilspy.interp.runtime.PyGenerator;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PySet;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.StrRepr;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code _asyncio} ({@code Modules/_asynciomodule.c}): the C {@code Future} and {@code Task} that
 * CPython's {@code asyncio.futures} and {@code asyncio.tasks} take as their {@code Future} and
 * {@code Task}, the per-thread running loop ({@code _get_running_loop}, {@code _set_running_loop},
 * {@code get_running_loop}, {@code get_event_loop}, {@code _get_event_loop}) and the task registry
 * ({@code _register_task}, {@code _unregister_task}, {@code _enter_task}, {@code _leave_task},
 * {@code _all_tasks}, {@code _current_tasks}). Like the C module, nothing here releases the GIL.
 *
 * <p>The Python helpers the C module imports at start-up ({@code asyncio.base_futures},
 * {@code asyncio.base_tasks}, {@code asyncio.exceptions}, {@code asyncio.coroutines},
 * {@code traceback}) are looked up on first use instead: {@code asyncio.events} imports this module
 * while asyncio is half imported.
 */
public final class AsyncioModule {
    private AsyncioModule() {}

    /** Per-interpreter module state (CPython keeps it in C statics, one interpreter per process). */
    static final class State {
        /** Weak: the map of states is keyed by the interpreter, and a value must not keep its key alive. */
        final java.lang.ref.WeakReference<InterpreterState> interp;
        /** The running loop per OS thread ({@code __asyncio_running_event_loop__} in the thread dict). */
        final ThreadLocal<Object> runningLoop = new ThreadLocal<>();
        final PyDict currentTasks = new PyDict();
        Object allTasks;
        /**
         * The C tasks not yet done, weakly: a task leaves when it finishes or is cancelled
         * ({@link FutureObj#scheduleCallbacks}), or when the collector finds it unreachable while
         * pending. A WeakSet of every task, as in 3.11, held each finished task until the JVM's
         * collector cleared its weakref (40,000 after four gathers of 10,000), and its add cost a
         * Python call and a weakref with a callback per task.
         */
        final java.util.HashSet<java.lang.ref.WeakReference<TaskObj>> pendingTasks = new java.util.HashSet<>();
        final java.lang.ref.ReferenceQueue<TaskObj> deadTasks = new java.lang.ref.ReferenceQueue<>();
        long taskNameCounter;
        PyType cancelledError;
        PyType invalidStateError;
        Object futureReprInfo;
        Object futureRepr;
        Object taskReprInfo;
        Object taskRepr;
        Object taskGetStack;
        Object taskPrintStack;
        Object iscoroutine;
        Object extractStack;
        Object getEventLoopPolicy;
        Object copyContext;
        final Set<PyType> coroTypes = ConcurrentHashMap.newKeySet();

        State(InterpreterState interp) { this.interp = new java.lang.ref.WeakReference<>(interp); }

        private static Object attr(PyThread t, String module, String name) {
            return Ops.getattr(t.interp.importModule(t, module), name);
        }

        PyType cancelledError(PyThread t) {
            if (cancelledError == null) {
                cancelledError = (PyType) attr(t, "asyncio.exceptions", "CancelledError");
            }
            return cancelledError;
        }

        PyType invalidStateError(PyThread t) {
            if (invalidStateError == null) {
                invalidStateError = (PyType) attr(t, "asyncio.exceptions", "InvalidStateError");
            }
            return invalidStateError;
        }

        Object futureReprInfo(PyThread t) {
            if (futureReprInfo == null) {
                futureReprInfo = attr(t, "asyncio.base_futures", "_future_repr_info");
            }
            return futureReprInfo;
        }

        Object futureRepr(PyThread t) {
            if (futureRepr == null) {
                futureRepr = attr(t, "asyncio.base_futures", "_future_repr");
            }
            return futureRepr;
        }

        Object taskReprInfo(PyThread t) {
            if (taskReprInfo == null) {
                taskReprInfo = attr(t, "asyncio.base_tasks", "_task_repr_info");
            }
            return taskReprInfo;
        }

        Object taskRepr(PyThread t) {
            if (taskRepr == null) {
                taskRepr = attr(t, "asyncio.base_tasks", "_task_repr");
            }
            return taskRepr;
        }

        Object taskGetStack(PyThread t) {
            if (taskGetStack == null) {
                taskGetStack = attr(t, "asyncio.base_tasks", "_task_get_stack");
            }
            return taskGetStack;
        }

        Object taskPrintStack(PyThread t) {
            if (taskPrintStack == null) {
                taskPrintStack = attr(t, "asyncio.base_tasks", "_task_print_stack");
            }
            return taskPrintStack;
        }

        Object extractStack(PyThread t) {
            if (extractStack == null) {
                extractStack = attr(t, "traceback", "extract_stack");
            }
            return extractStack;
        }

        Object copyContext(PyThread t) {
            if (copyContext == null) {
                copyContext = attr(t, "_contextvars", "copy_context");
            }
            return Ops.call(t, copyContext, new Object[0], null);
        }

        Object allTasks(PyThread t) {
            if (allTasks == null) {
                allTasks = Ops.call(t, attr(t, "weakref", "WeakSet"), new Object[0], null);
            }
            return allTasks;
        }

        /** CPython's {@code is_coroutine}: a native coroutine, else {@code asyncio.iscoroutine} with a type cache. */
        boolean isCoroutine(PyThread t, Object coro) {
            if (coro instanceof PyGenerator g && g.kind == PyGenerator.Kind.COROUTINE) {
                return true;
            }
            PyType type = Ops.typeOf(coro);
            if (coroTypes.contains(type)) {
                return true;
            }
            if (iscoroutine == null) {
                iscoroutine = attr(t, "asyncio.coroutines", "iscoroutine");
            }
            boolean yes = Ops.truthy(Ops.call(t, iscoroutine, new Object[] {coro}, null));
            if (yes && coroTypes.size() < 100) {
                coroTypes.add(type);
            }
            return yes;
        }

        Object runningLoop() {
            Object l = runningLoop.get();
            return l == null ? PyNone.NONE : l;
        }

        Object getEventLoop(PyThread t) {
            Object loop = runningLoop.get();
            if (loop != null && loop != PyNone.NONE) {
                return loop;
            }
            if (getEventLoopPolicy == null) {
                getEventLoopPolicy = attr(t, "asyncio.events", "get_event_loop_policy");
            }
            Object policy = Ops.call(t, getEventLoopPolicy, new Object[0], null);
            return Ops.call(t, Ops.getattr(policy, "get_event_loop"), new Object[0], null);
        }

        /**
         * {@code all_tasks(loop)}: the registry's live tasks of {@code loop} that are not done, as
         * CPython 3.14's {@code _asyncio.all_tasks} computes it in C (3.11's Python version, over
         * the same WeakSet, gives the same set). It matters more here than in CPython: a finished
         * task leaves the WeakSet when the JVM's collector clears its weakref, not when its last
         * reference goes, so the set holds every task since the last old-generation collection
         * (40,000 after four gathers of 10,000), and 3.11's Python loop over it took ~50 ms per call
         * ({@code asyncio.run} calls it once as it closes).
         */
        Object allTasksOf(PyThread t, Object loopArg) {
            Object loop = loopArg;
            if (loop == PyNone.NONE) {
                loop = runningLoop();
                if (loop == PyNone.NONE) {
                    throw Err.runtime("no running event loop");
                }
            }
            PySet out = new PySet(false);
            Object[] none = new Object[0];
            // snapshots first: the Python fallbacks below may run code that changes the sets
            for (Object ref : pendingSnapshot()) {
                Object task = ((java.lang.ref.WeakReference<?>) ref).get();
                if (task != null) {
                    addIfPending(t, out, task, loop, none);
                }
            }
            Object all = allTasks(t);
            Object data = Ops.getattr(all, "data");
            Object[] refs = Ops.toArray(data instanceof PySet ? data : all);
            for (Object ref : refs) {
                Object task = data instanceof PySet ? Ops.call(t, ref, none, null) : ref;
                if (task == PyNone.NONE || task == null) {
                    continue; // a dead weakref the WeakSet has not removed yet
                }
                addIfPending(t, out, task, loop, none);
            }
            return out;
        }

        private static void addIfPending(PyThread t, PySet out, Object task, Object loop, Object[] none) {
            if (task instanceof FutureObj f && (f.type() == TaskObj.TYPE || f.type() == FutureObj.TYPE)) {
                if (f.loop == loop && f.state == FutureObj.PENDING) {
                    out.add(task);
                }
            } else if (loopOf(t, task) == loop && !Ops.truthy(Ops.call(t, Ops.getattr(task, "done"), none, null))) {
                out.add(task);
            }
        }

        /** {@code asyncio.futures._get_loop}: {@code get_loop()} if the object has one, else {@code _loop}. */
        private static Object loopOf(PyThread t, Object task) {
            Object getLoop;
            try {
                getLoop = Ops.getattr(task, "get_loop");
            } catch (PyException e) {
                if (!Err.matches(e, dev.gilspy.interp.runtime.Types.AttributeError)) {
                    throw e;
                }
                return Ops.getattr(task, "_loop");
            }
            return Ops.call(t, getLoop, new Object[0], null);
        }

        /**
         * {@code _register_task}. A C task goes to {@link #pendingTasks} while it is not done (CPython
         * 3.14 keeps its C tasks in a list of its own too, outside the WeakSet); any other task-like
         * object to the {@code _all_tasks} WeakSet, as in 3.11.
         */
        void registerTask(PyThread t, Object task) {
            if (task instanceof TaskObj tk) {
                listPending(tk);
                return;
            }
            Ops.call(t, Ops.getattr(allTasks(t), "add"), new Object[] {task}, null);
        }

        void unregisterTask(PyThread t, Object task) {
            if (task instanceof TaskObj tk) {
                unlistPending(tk);
            }
            Ops.call(t, Ops.getattr(allTasks(t), "discard"), new Object[] {task}, null);
        }

        void listPending(TaskObj task) {
            if (task.state != FutureObj.PENDING || task.pendingRef != null) {
                return; // all_tasks leaves a done task out in any case
            }
            synchronized (pendingTasks) {
                purgeDeadTasks();
                task.pendingRef = new java.lang.ref.WeakReference<>(task, deadTasks);
                pendingTasks.add(task.pendingRef);
            }
        }

        void unlistPending(TaskObj task) {
            java.lang.ref.WeakReference<TaskObj> r = task.pendingRef;
            if (r != null) {
                task.pendingRef = null;
                synchronized (pendingTasks) {
                    pendingTasks.remove(r);
                }
            }
        }

        private void purgeDeadTasks() {
            java.lang.ref.Reference<? extends TaskObj> r;
            while ((r = deadTasks.poll()) != null) {
                pendingTasks.remove(r);
            }
        }

        private Object[] pendingSnapshot() {
            synchronized (pendingTasks) {
                purgeDeadTasks();
                return pendingTasks.toArray();
            }
        }

        void enterTask(Object loop, Object task) {
            Object cur = currentTasks.get(loop);
            if (cur != null) {
                throw Err.runtime("Cannot enter into task " + StrRepr.repr(task) + " while another task "
                    + StrRepr.repr(cur) + " is being executed.");
            }
            currentTasks.put(loop, task);
        }

        void leaveTask(Object loop, Object task) {
            Object cur = currentTasks.get(loop);
            if (cur != task) {
                throw Err.runtime("Leaving task " + StrRepr.repr(task) + " does not match the current task "
                    + StrRepr.repr(cur == null ? PyNone.NONE : cur) + ".");
            }
            currentTasks.remove(loop);
        }
    }

    private static final Map<InterpreterState, State> STATES = new WeakHashMap<>();
    private static volatile State last;

    static State state(PyThread t) {
        State s = last;
        if (s != null && s.interp.get() == t.interp) {
            return s;
        }
        synchronized (STATES) {
            s = STATES.computeIfAbsent(t.interp, State::new);
        }
        last = s;
        return s;
    }

    /** An exception object as a Java throwable. */
    static PyException raise(Object exc) {
        return new PyException((PyBaseException) exc);
    }

    public static PyModule create(InterpreterState interp) {
        PyModule m = new PyModule("_asyncio");
        State st;
        synchronized (STATES) {
            st = STATES.computeIfAbsent(interp, State::new);
        }
        State s = st;
        m.put("__doc__", "Accelerator module for asyncio");
        m.put("Future", FutureObj.TYPE);
        m.put("Task", TaskObj.TYPE);
        m.put("_current_tasks", s.currentTasks);
        m.def("_get_running_loop", (t, a, k) -> s.runningLoop());
        m.def("_set_running_loop", (t, a, k) -> {
            if (a.length != 1) {
                throw Err.type("_set_running_loop() takes exactly one argument (" + a.length + " given)");
            }
            s.runningLoop.set(a[0]);
            return PyNone.NONE;
        });
        m.def("get_running_loop", (t, a, k) -> {
            Object loop = s.runningLoop();
            if (loop == PyNone.NONE) {
                throw Err.runtime("no running event loop");
            }
            return loop;
        });
        m.def("get_event_loop", (t, a, k) -> s.getEventLoop(t));
        m.def("_get_event_loop", (t, a, k) -> s.getEventLoop(t));
        m.def("all_tasks", (t, a, k) -> s.allTasksOf(t, dev.gilspy.interp.runtime.BuiltinArgs.get(a, k, 0, "loop", PyNone.NONE)));
        m.def("_register_task", (t, a, k) -> {
            s.registerTask(t, one(a, k, "task", "_register_task"));
            return PyNone.NONE;
        });
        m.def("_unregister_task", (t, a, k) -> {
            s.unregisterTask(t, one(a, k, "task", "_unregister_task"));
            return PyNone.NONE;
        });
        m.def("_enter_task", (t, a, k) -> {
            s.enterTask(arg(a, k, 0, "loop", "_enter_task"), arg(a, k, 1, "task", "_enter_task"));
            return PyNone.NONE;
        });
        m.def("_leave_task", (t, a, k) -> {
            s.leaveTask(arg(a, k, 0, "loop", "_leave_task"), arg(a, k, 1, "task", "_leave_task"));
            return PyNone.NONE;
        });
        // _all_tasks is a weakref.WeakSet, made when asyncio.tasks imports it
        m.put("__getattr__", new dev.gilspy.interp.runtime.PyBuiltin("__getattr__", (t, a, k) -> {
            if ("_all_tasks".equals(a[0])) {
                Object all = s.allTasks(t);
                m.put("_all_tasks", all);
                return all;
            }
            throw Err.attr("module '_asyncio' has no attribute '" + StrRepr.str(a[0]) + "'");
        }));
        return m;
    }

    private static Object one(Object[] a, String[] k, String name, String fn) {
        return arg(a, k, 0, name, fn);
    }

    private static Object arg(Object[] a, String[] k, int i, String name, String fn) {
        Object v = dev.gilspy.interp.runtime.BuiltinArgs.get(a, k, i, name, null);
        if (v == null) {
            throw Err.type(fn + "() missing required argument '" + name + "' (pos " + (i + 1) + ")");
        }
        return v;
    }
}
