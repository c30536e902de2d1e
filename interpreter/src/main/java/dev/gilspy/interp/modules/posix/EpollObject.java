package dev.gilspy.interp.modules.posix;

import dev.gilspy.interp.gil.ThreadState;
import dev.gilspy.interp.runtime.BuiltinArgs;
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
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code select.epoll} (Modules/selectmodule.c, {@code pyEpoll_Object}): the interest list of
 * epoll_ctl(2) and the wait of epoll_wait(2), over the same per-millisecond readiness look as
 * {@link PollObject} with the GIL released for the wait. Level-triggered; EPOLLONESHOT disables a
 * descriptor once reported (until modify). Regular files are refused with EPERM, as the kernel does.
 * Its {@code fileno()} is a number of its own (there is no kernel epoll descriptor behind it).
 */
final class EpollObject extends NativeObj {
    private static final long EPOLLONESHOT = 1L << 30;
    private static final long EPOLLET = 1L << 31;
    private static final AtomicLong NEXT_FD = new AtomicLong(1 << 20);

    static PyType TYPE;

    private final InterpreterState interp;
    private final Map<Long, Long> fds = new LinkedHashMap<>();
    private final long fd = NEXT_FD.getAndIncrement();
    private volatile boolean closed;

    private EpollObject(PyType cls, InterpreterState interp) {
        super(cls);
        this.interp = interp;
    }

    static void define(PyModule m, InterpreterState interp) {
        m.put("EPOLLIN", 1L);
        m.put("EPOLLPRI", 2L);
        m.put("EPOLLOUT", 4L);
        m.put("EPOLLERR", 8L);
        m.put("EPOLLHUP", 16L);
        m.put("EPOLLRDNORM", 64L);
        m.put("EPOLLRDBAND", 128L);
        m.put("EPOLLWRNORM", 256L);
        m.put("EPOLLWRBAND", 512L);
        m.put("EPOLLMSG", 1024L);
        m.put("EPOLLRDHUP", 0x2000L);
        m.put("EPOLLEXCLUSIVE", 1L << 28);
        m.put("EPOLLONESHOT", EPOLLONESHOT);
        m.put("EPOLLET", EPOLLET);
        m.put("EPOLL_CLOEXEC", 0x80000L);
        PyType t = NativeTypes.newType("epoll", "select", null, (th, cls, a, k) -> {
            Object sizehint = BuiltinArgs.get(a, k, 0, "sizehint", -1L);
            long size = Ops.toLong(sizehint);
            if (size == 0 || size < -1) {
                throw Err.value("negative sizehint");
            }
            return new EpollObject(cls, interp);
        });
        NativeTypes.def(t, "register", (th, a, k) -> {
            EpollObject e = self(a[0]);
            long fd = PollObject.fd(th, BuiltinArgs.get(a, k, 1, "fd", null));
            long mask = Ops.toLong(BuiltinArgs.get(a, k, 2, "eventmask", 7L));
            e.checkOpen();
            Object f = resolve(e.interp, fd);
            if (f == null) {
                throw Err.os(9, "Bad file descriptor");
            }
            if (f instanceof FdTable.OpenFile of && of.file != null) {
                throw Err.os(Types.get("PermissionError"), 1, "Operation not permitted");
            }
            synchronized (e) {
                if (e.fds.containsKey(fd)) {
                    throw Err.os(Types.get("FileExistsError"), 17, "File exists");
                }
                e.fds.put(fd, mask);
            }
            return PyNone.NONE;
        });
        NativeTypes.def(t, "modify", (th, a, k) -> {
            EpollObject e = self(a[0]);
            long fd = PollObject.fd(th, BuiltinArgs.get(a, k, 1, "fd", null));
            long mask = Ops.toLong(BuiltinArgs.get(a, k, 2, "eventmask", null));
            e.checkOpen();
            synchronized (e) {
                if (!e.fds.containsKey(fd)) {
                    throw Err.os(Types.get("FileNotFoundError"), 2, "No such file or directory");
                }
                e.fds.put(fd, mask);
            }
            return PyNone.NONE;
        });
        NativeTypes.def(t, "unregister", (th, a, k) -> {
            EpollObject e = self(a[0]);
            long fd = PollObject.fd(th, BuiltinArgs.get(a, k, 1, "fd", null));
            e.checkOpen();
            if (resolve(e.interp, fd) == null) {
                throw Err.os(9, "Bad file descriptor");
            }
            synchronized (e) {
                if (e.fds.remove(fd) == null) {
                    throw Err.os(Types.get("FileNotFoundError"), 2, "No such file or directory");
                }
            }
            return PyNone.NONE;
        });
        NativeTypes.def(t, "poll", (th, a, k) -> self(a[0]).poll(th, BuiltinArgs.get(a, k, 1, "timeout", PyNone.NONE),
            Ops.toLong(BuiltinArgs.get(a, k, 2, "maxevents", -1L))));
        NativeTypes.def(t, "close", (th, a, k) -> {
            self(a[0]).closed = true;
            return PyNone.NONE;
        });
        NativeTypes.def(t, "fileno", (th, a, k) -> {
            self(a[0]).checkOpen();
            return self(a[0]).fd;
        });
        NativeTypes.getter(t, "closed", o -> self(o).closed);
        NativeTypes.def(t, "__enter__", (th, a, k) -> {
            self(a[0]).checkOpen();
            return a[0];
        });
        NativeTypes.def(t, "__exit__", (th, a, k) -> {
            self(a[0]).closed = true;
            return PyNone.NONE;
        });
        TYPE = NativeTypes.ready(t);
        m.put("epoll", TYPE);
    }

    private static EpollObject self(Object o) {
        if (!(o instanceof EpollObject e)) {
            throw Err.type("descriptor requires a 'select.epoll' object");
        }
        return e;
    }

    private static Object resolve(InterpreterState interp, long fd) {
        try {
            return PollObject.resolve(interp, fd);
        } catch (PyException e) {
            return null;
        }
    }

    private void checkOpen() {
        if (closed) {
            throw Err.value("I/O operation on closed epoll object");
        }
    }

    private Object poll(PyThread t, Object timeoutArg, long maxevents) {
        checkOpen();
        long deadline = Long.MAX_VALUE;
        if (timeoutArg != PyNone.NONE) {
            double secs = Ops.toDouble(timeoutArg);
            if (secs * 1e3 > Integer.MAX_VALUE) {
                throw Err.overflow("timeout is too large");
            }
            if (secs >= 0) { // a negative one waits without a limit, as epoll_wait's -1
                deadline = System.nanoTime() + (long) Math.ceil(secs * 1e9);
            }
        }
        if (maxevents == -1) {
            maxevents = Integer.MAX_VALUE;
        } else if (maxevents < 1) {
            throw Err.value("maxevents must be greater than 0, got " + maxevents);
        }
        List<Object> out = new ArrayList<>();
        t.ts.beginAllowThreads(ThreadState.RELEASED_IO);
        try {
            while (true) {
                long[][] snapshot;
                synchronized (this) {
                    snapshot = new long[fds.size()][];
                    int i = 0;
                    for (Map.Entry<Long, Long> e : fds.entrySet()) {
                        snapshot[i++] = new long[] {e.getKey(), e.getValue()};
                    }
                }
                for (long[] entry : snapshot) {
                    Object f = resolve(interp, entry[0]);
                    if (f == null) {
                        continue; // a closed descriptor leaves the kernel's interest list
                    }
                    long r = PollObject.revents(f, entry[1] & 0xffff, interp) & ~PollObject.POLLNVAL;
                    if (r != 0 && out.size() < maxevents) {
                        out.add(PyTuple.of(entry[0], r));
                        if ((entry[1] & EPOLLONESHOT) != 0) {
                            synchronized (this) {
                                fds.computeIfPresent(entry[0], (key, v) -> 0L);
                            }
                        }
                    }
                }
                if (!out.isEmpty() || System.nanoTime() >= deadline || closed) {
                    break;
                }
                Thread.sleep(1);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            t.ts.endAllowThreads();
        }
        return new PyList(out.toArray());
    }
}
