package dev.gilspy.interp.modules.posix;

import dev.gilspy.interp.gil.ThreadState;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.FdTable;
import dev.gilspy.interp.runtime.InterpreterState;
import dev.gilspy.interp.runtime.NativeObj;
import dev.gilspy.interp.runtime.NativeTypes;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyException;
import dev.gilspy.interp.runtime.PyList;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PySocket;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.SelectableSocket;
import dev.gilspy.interp.runtime.Types;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code select.poll()} (Modules/selectmodule.c, {@code pollObject}): register/modify/unregister
 * descriptors with an event mask, and {@code poll(timeout_ms)} for the ready ones. As {@code select.select}
 * here, the wait looks at every descriptor's readiness each millisecond with the GIL released for the
 * whole wait, as {@code select_poll_poll_impl} releases it around poll(2). A descriptor that is not
 * open reports POLLNVAL; two threads polling one object at once raise RuntimeError, as in CPython.
 */
final class PollObject extends NativeObj {
    static final long POLLIN = 1;
    static final long POLLPRI = 2;
    static final long POLLOUT = 4;
    static final long POLLERR = 8;
    static final long POLLHUP = 16;
    static final long POLLNVAL = 32;

    static final PyType TYPE = makeType();

    private final InterpreterState interp;
    /** fd to event mask, in registration order (the order poll reports them in). */
    private final Map<Long, Long> fds = new LinkedHashMap<>();
    private boolean polling;

    private PollObject(InterpreterState interp) {
        super(TYPE);
        this.interp = interp;
    }

    static void define(PyModule m, InterpreterState interp) {
        m.put("POLLIN", POLLIN);
        m.put("POLLPRI", POLLPRI);
        m.put("POLLOUT", POLLOUT);
        m.put("POLLERR", POLLERR);
        m.put("POLLHUP", POLLHUP);
        m.put("POLLNVAL", POLLNVAL);
        m.put("POLLRDNORM", 64L);
        m.put("POLLRDBAND", 128L);
        m.put("POLLWRNORM", 256L);
        m.put("POLLWRBAND", 512L);
        m.put("POLLMSG", 1024L);
        m.put("POLLRDHUP", 0x2000L);
        m.def("poll", (t, a, k) -> {
            if (a.length > 0) {
                throw Err.type("poll() takes no arguments (" + a.length + " given)");
            }
            return new PollObject(interp);
        });
    }

    private static PyType makeType() {
        PyType t = NativeTypes.newType("poll", "select", null, (th, cls, a, k) -> {
            throw Err.type("cannot create 'select.poll' instances");
        });
        NativeTypes.def(t, "register", (th, a, k) -> {
            PollObject p = self(a[0]);
            long mask = a.length > 2 ? eventMask(a[2]) : POLLIN | POLLPRI | POLLOUT;
            synchronized (p) {
                p.fds.put(fd(th, a[1]), mask);
            }
            return PyNone.NONE;
        });
        NativeTypes.def(t, "modify", (th, a, k) -> {
            PollObject p = self(a[0]);
            if (a.length < 3) {
                throw Err.type("modify expected 2 arguments, got " + (a.length - 1));
            }
            long fd = fd(th, a[1]);
            long mask = eventMask(a[2]);
            synchronized (p) {
                if (!p.fds.containsKey(fd)) {
                    throw Err.os(Types.get("FileNotFoundError"), 2, "No such file or directory");
                }
                p.fds.put(fd, mask);
            }
            return PyNone.NONE;
        });
        NativeTypes.def(t, "unregister", (th, a, k) -> {
            PollObject p = self(a[0]);
            long fd = fd(th, a[1]);
            synchronized (p) {
                if (p.fds.remove(fd) == null) {
                    throw Err.key(fd);
                }
            }
            return PyNone.NONE;
        });
        NativeTypes.def(t, "poll", (th, a, k) -> self(a[0]).poll(th, a.length > 1 ? a[1] : PyNone.NONE));
        return NativeTypes.ready(t);
    }

    private static PollObject self(Object o) {
        if (!(o instanceof PollObject p)) {
            throw Err.type("descriptor requires a 'select.poll' object");
        }
        return p;
    }

    private static long eventMask(Object o) {
        if (!Ops.isInt(o)) {
            throw Err.type("'" + Ops.typeName(o) + "' object cannot be interpreted as an integer");
        }
        if (dev.gilspy.interp.runtime.Compare.LT.test(o, 0L)) {
            throw Err.value("value must be positive");
        }
        if (dev.gilspy.interp.runtime.Compare.GT.test(o, 0xffffL)) {
            throw Err.overflow("Python int too large for C unsigned short");
        }
        long m = Ops.toLong(o);
        if (m > 0xffff) {
            throw Err.overflow("Python int too large for C unsigned short");
        }
        return m;
    }

    /** An int, or an object's {@code fileno()}, as {@code PyObject_AsFileDescriptor}. */
    static long fd(PyThread t, Object o) {
        if (!Ops.isInt(o)) {
            Object fileno = Ops.getattrOrNull(o, "fileno");
            if (fileno == null) {
                throw Err.type("argument must be an int, or have a fileno() method.");
            }
            o = Ops.call(t, fileno, new Object[0], null);
            if (!Ops.isInt(o)) {
                throw Err.type("fileno() returned a non-integer");
            }
        }
        long fd = Ops.toLong(o);
        if (fd < 0) {
            throw Err.value("file descriptor cannot be a negative integer (" + fd + ")");
        }
        return fd;
    }

    /** What {@code fd} is now: a socket, one of {@link FdTable}'s, or null when it is not open. */
    static Object resolve(InterpreterState interp, long fd) {
        SelectableSocket sock = PySocket.byFd(fd);
        if (sock != null) {
            return sock;
        }
        FdTable table = FdTable.of(interp);
        return fd <= Integer.MAX_VALUE && table.isOpen((int) fd) ? table.get((int) fd) : null;
    }

    /** The events of {@code mask} that {@code f} (from {@link #resolve}) has now. */
    static long revents(Object f, long mask, InterpreterState interp) {
        if (f == null) {
            return POLLNVAL;
        }
        long r = 0;
        try {
            if ((mask & (POLLIN | POLLPRI | 64)) != 0 && ready(f, interp, true)) {
                r |= mask & (POLLIN | 64);
            }
            if ((mask & (POLLOUT | 256)) != 0 && ready(f, interp, false)) {
                r |= mask & (POLLOUT | 256);
            }
        } catch (IOException e) {
            r |= POLLERR;
        }
        return r;
    }

    private static boolean ready(Object f, InterpreterState interp, boolean read) throws IOException {
        if (f instanceof SelectableSocket s) {
            return read ? s.readReady() : s.writeReady();
        }
        FdTable.OpenFile of = (FdTable.OpenFile) f;
        return read ? FdTable.readReady(of, interp) : FdTable.writeReady(of);
    }

    private Object poll(PyThread t, Object timeoutArg) {
        long deadline = Long.MAX_VALUE;
        if (timeoutArg != PyNone.NONE) {
            if (!Ops.isInt(timeoutArg) && !(timeoutArg instanceof Double)) {
                throw Err.type("'" + Ops.typeName(timeoutArg) + "' object cannot be interpreted as an integer");
            }
            double ms = Ops.toDouble(timeoutArg);
            if (Math.abs(ms) * 1e6 >= 9.223372036854775807e18) {
                throw Err.overflow("timestamp too large to convert to C _PyTime_t");
            }
            if (Math.ceil(ms) > Integer.MAX_VALUE || Math.ceil(ms) < Integer.MIN_VALUE) {
                throw Err.overflow("timeout is too large");
            }
            if (ms >= 0) {
                deadline = System.nanoTime() + (long) Math.ceil(ms * 1e6);
            }
        }
        long[] fdList;
        long[] masks;
        synchronized (this) {
            if (polling) {
                throw Err.make(Types.get("RuntimeError"), "concurrent poll() invocation");
            }
            polling = true;
            fdList = new long[fds.size()];
            masks = new long[fds.size()];
            int i = 0;
            for (Map.Entry<Long, Long> e : fds.entrySet()) {
                fdList[i] = e.getKey();
                masks[i++] = e.getValue();
            }
        }
        List<Object> out = new ArrayList<>();
        t.ts.beginAllowThreads(ThreadState.RELEASED_IO);
        try {
            while (true) {
                for (int i = 0; i < fdList.length; i++) {
                    Object f;
                    try {
                        f = resolve(interp, fdList[i]);
                    } catch (PyException e) {
                        f = null;
                    }
                    long r = revents(f, masks[i], interp);
                    if (r != 0) {
                        out.add(PyTuple.of(fdList[i], r));
                    }
                }
                if (!out.isEmpty() || System.nanoTime() >= deadline) {
                    break;
                }
                Thread.sleep(1);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            t.ts.endAllowThreads();
            synchronized (this) {
                polling = false;
            }
        }
        return new PyList(out.toArray());
    }
}
