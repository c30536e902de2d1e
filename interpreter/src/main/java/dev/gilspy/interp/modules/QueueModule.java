package dev.gilspy.interp.modules;

import dev.gilspy.interp.gil.GilMode;
import dev.gilspy.interp.gil.ThreadState;
import dev.gilspy.interp.runtime.BuiltinArgs;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.InterpreterState;
import dev.gilspy.interp.runtime.NativeObj;
import dev.gilspy.interp.runtime.NativeTypes;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.Types;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * {@code _queue} ({@code Modules/_queuemodule.c}): {@code SimpleQueue} and {@code Empty}, which
 * CPython's {@code queue.py} takes from here. {@code put} never blocks; {@code get} takes an item
 * without dropping the GIL when there is one, else waits with the GIL released, and a Ctrl-C in
 * the main thread runs the SIGINT handler, as CPython's {@code simplequeue_get} does.
 */
final class QueueModule {
    private QueueModule() {}

    static final PyType EMPTY = emptyType();
    static final PyType SIMPLE_QUEUE = NativeTypes.newType("SimpleQueue", "_queue", null, SimpleQueue::construct);

    private static PyType emptyType() {
        PyType t = new PyType("Empty", new PyType[] {Types.Exception}, PyType.Layout.EXCEPTION, false);
        t.module = "_queue";
        t.finishInit();
        NativeTypes.put(t, "__doc__", "Exception raised by Queue.get(block=0)/get_nowait().");
        return t;
    }

    static PyModule create(InterpreterState interp) {
        PyModule m = new PyModule("_queue");
        m.put("Empty", EMPTY);
        m.put("SimpleQueue", SIMPLE_QUEUE);
        return m;
    }

    /** A SimpleQueue: an unbounded FIFO safe for free-threaded builds too. */
    static final class SimpleQueue extends NativeObj {
        final LinkedBlockingQueue<Object> items = new LinkedBlockingQueue<>();

        SimpleQueue(PyType cls) { super(cls); }

        static Object construct(PyThread t, PyType cls, Object[] a, String[] k) {
            if (cls == SIMPLE_QUEUE && a.length > 0) {
                int kw = k == null ? 0 : k.length;
                throw Err.type(a.length > kw ? "SimpleQueue() takes no positional arguments"
                    : "SimpleQueue() takes no keyword arguments");
            }
            return new SimpleQueue(cls);
        }

        Object get(PyThread t, boolean block, Object timeoutArg) {
            Object item = items.poll();
            if (item != null) {
                return item;
            }
            long nanos;
            if (!block) {
                nanos = 0;
            } else if (timeoutArg == PyNone.NONE) {
                nanos = -1;
            } else {
                double s = Ops.toDouble(timeoutArg);
                if (s < 0) {
                    throw Err.value("'timeout' must be a non-negative number");
                }
                nanos = (long) (s * 1e9);
            }
            if (nanos == 0) {
                throw Err.make(EMPTY, new Object[0]);
            }
            long deadline = nanos < 0 || nanos > 1_000_000_000L * 1_000_000_000L ? Long.MAX_VALUE : System.nanoTime() + nanos;
            boolean mayInterrupt = Thread.currentThread() == t.interp.gil.mainThread() && t.interp.gil.mode() != GilMode.LEGACY;
            while (true) {
                t.ts.beginAllowThreads(ThreadState.RELEASED_IO);
                try {
                    while (item == null) {
                        long left = deadline - System.nanoTime();
                        if (left <= 0) {
                            break;
                        }
                        try {
                            item = items.poll(Math.min(left, 50_000_000L), TimeUnit.NANOSECONDS);
                        } catch (InterruptedException e) {
                            break;
                        }
                        if (mayInterrupt && t.interp.gil.interruptPending()) {
                            break;
                        }
                    }
                } finally {
                    t.ts.endAllowThreads();
                }
                if (item != null) {
                    return item;
                }
                if (System.nanoTime() >= deadline) {
                    throw Err.make(EMPTY, new Object[0]);
                }
                if (t.ts.evalBreaker != 0 && t.interp.gil.mode() != GilMode.LEGACY) {
                    t.checkBreaker(); // the SIGINT handler; the wait goes on when it returns
                }
            }
        }
    }

    private static SimpleQueue self(Object o) {
        return (SimpleQueue) o;
    }

    static {
        PyType T = SIMPLE_QUEUE;
        NativeTypes.put(T, "__doc__", "Simple, unbounded, reentrant FIFO queue.");
        NativeTypes.def(T, "put", (t, a, k) -> {
            Object item = BuiltinArgs.get(a, k, 1, "item", null);
            if (item == null) {
                throw Err.type("SimpleQueue.put() missing required argument 'item' (pos 1)");
            }
            self(a[0]).items.add(item);
            return PyNone.NONE;
        });
        NativeTypes.def(T, "put_nowait", (t, a, k) -> {
            Object item = BuiltinArgs.get(a, k, 1, "item", null);
            if (item == null) {
                throw Err.type("SimpleQueue.put_nowait() missing required argument 'item' (pos 1)");
            }
            self(a[0]).items.add(item);
            return PyNone.NONE;
        });
        NativeTypes.def(T, "get", (t, a, k) -> self(a[0]).get(t,
            Ops.truthy(BuiltinArgs.get(a, k, 1, "block", true)), BuiltinArgs.get(a, k, 2, "timeout", PyNone.NONE)));
        NativeTypes.def(T, "get_nowait", (t, a, k) -> self(a[0]).get(t, false, PyNone.NONE));
        NativeTypes.def(T, "empty", (t, a, k) -> self(a[0]).items.isEmpty());
        NativeTypes.def(T, "qsize", (t, a, k) -> (long) self(a[0]).items.size());
        NativeTypes.classMethod(T, "__class_getitem__", (t, a, k) -> GenericAliases.of(a[0], a[1]));
        NativeTypes.ready(T);
    }
}
