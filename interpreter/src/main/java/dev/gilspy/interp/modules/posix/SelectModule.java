package dev.gilspy.interp.modules.posix;

import dev.gilspy.interp.gil.ThreadState;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.FdTable;
import dev.gilspy.interp.runtime.InterpreterState;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyList;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PySocket;
import dev.gilspy.interp.runtime.SelectableSocket;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyTuple;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code select.select} (Modules/selectmodule.c) over the descriptors of {@link FdTable}: pipes,
 * files, the standard streams, given as ints or objects with {@code fileno()}. A JVM has no
 * select(2) over these, so it polls their readiness every millisecond with the GIL released for the
 * whole wait, as {@code select_select_impl} releases it around select(2). Sockets, whose
 * descriptors {@code _socket} numbers apart, are readable when bytes wait (asyncio's self-pipe);
 * a listening socket is readable when a connection waits. {@code select.poll} is {@link PollObject}.
 */
public final class SelectModule {
    private SelectModule() {}

    public static PyModule create(InterpreterState interp) {
        PyModule m = new PyModule("select");
        m.put("error", dev.gilspy.interp.runtime.Types.OSError);
        FdTable table = FdTable.of(interp);
        PollObject.define(m, interp);
        EpollObject.define(m, interp);
        m.def("select", (t, a, k) -> {
            if (a.length < 3) {
                throw Err.type("select expected at least 3 arguments, got " + a.length);
            }
            Object[] r = Ops.toArray(a[0]);
            Object[] w = Ops.toArray(a[1]);
            Object[] x = Ops.toArray(a[2]);
            long deadline = Long.MAX_VALUE;
            if (a.length > 3 && a[3] != PyNone.NONE) {
                double secs = Ops.toDouble(a[3]);
                if (secs < 0) {
                    throw Err.value("timeout must be non-negative");
                }
                deadline = System.nanoTime() + (long) (secs * 1e9);
            }
            Object[] rf = files(t, table, r);
            Object[] wf = files(t, table, w);
            files(t, table, x);
            List<Object> rr = new ArrayList<>();
            List<Object> wr = new ArrayList<>();
            long end = deadline;
            t.ts.beginAllowThreads(ThreadState.RELEASED_IO);
            try {
                while (true) {
                    for (int i = 0; i < rf.length; i++) {
                        if (ready(rf[i], interp, true)) {
                            rr.add(r[i]);
                        }
                    }
                    for (int i = 0; i < wf.length; i++) {
                        if (ready(wf[i], interp, false)) {
                            wr.add(w[i]);
                        }
                    }
                    if (!rr.isEmpty() || !wr.isEmpty() || System.nanoTime() >= end) {
                        break;
                    }
                    Thread.sleep(1);
                }
            } catch (IOException e) {
                throw OsErrors.of(e, null, null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                t.ts.endAllowThreads();
            }
            return PyTuple.of(new PyList(rr.toArray()), new PyList(wr.toArray()), new PyList(new Object[0]));
        });
        return m;
    }

    private static boolean ready(Object f, InterpreterState interp, boolean read) throws IOException {
        if (f instanceof SelectableSocket s) {
            return read ? s.readReady() : s.writeReady();
        }
        return read ? FdTable.readReady((FdTable.OpenFile) f, interp) : FdTable.writeReady((FdTable.OpenFile) f);
    }

    /** What each descriptor is: a socket ({@link PySocket}, numbered from 1024) or one of {@link FdTable}'s. */
    private static Object[] files(PyThread t, FdTable table, Object[] objs) {
        Object[] out = new Object[objs.length];
        for (int i = 0; i < objs.length; i++) {
            Object o = objs[i];
            if (!Ops.isInt(o)) {
                Object fileno = Ops.getattrOrNull(o, "fileno");
                if (fileno == null) {
                    throw Err.type("argument must be an int, or have a fileno() method.");
                }
                o = Ops.call(t, fileno, new Object[0], null);
            }
            long fd = Ops.toLong(o);
            if (fd < 0) {
                throw Err.value("file descriptor cannot be a negative integer (" + fd + ")");
            }
            SelectableSocket sock = PySocket.byFd(fd);
            out[i] = sock != null ? sock : table.get((int) fd);
        }
        return out;
    }
}
