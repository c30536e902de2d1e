package dev.gilspy.interp.modules.interpreters;

import dev.gilspy.interp.gil.ThreadState;
import dev.gilspy.interp.runtime.CompileError;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.FdTable;
import dev.gilspy.interp.runtime.InterpreterState;
import dev.gilspy.interp.runtime.PyBaseException;
import dev.gilspy.interp.runtime.PyException;
import dev.gilspy.interp.runtime.PyList;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.Traceback;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Subinterpreters with their own GIL (PEP 684): the JVM-wide table of interpreters, the analogue
 * of CPython's {@code _PyRuntime.interpreters}, and the cross-interpreter call.
 *
 * <p>Each subinterpreter is a separate {@link Interpreter}: its own modules, {@code sys}, {@code __main__}
 * and {@link dev.gilspy.interp.gil.Gil} (registered in {@code Gil.all()} under its own id, so profilers see it).
 * A main interpreter (the one {@link Main} runs) joins the table lazily, the first time it imports
 * {@code _interpreters}; its subinterpreters form its family, and {@code list_all} shows only that family.
 *
 * <p>{@link #run} executes source in the target's {@code __main__} on the calling Java thread, as
 * CPython does: the caller drops its own GIL ({@code Py_BEGIN_ALLOW_THREADS}), attaches a thread
 * state to the target and takes the target's GIL, runs, drops it, and takes its own GIL back. Two
 * threads driving two subinterpreters therefore run CPU-bound code in parallel.
 */
public final class Subinterpreters {
    /** {@code _interpreters.WHENCE_RUNTIME}: the main interpreter. */
    static final long WHENCE_RUNTIME = 1;
    /** {@code _interpreters.WHENCE_STDLIB}: created by {@code _interpreters.create()}. */
    static final long WHENCE_STDLIB = 5;

    private static final Map<Integer, Entry> TABLE = new ConcurrentHashMap<>();
    /** Ids of every subinterpreter ever created, so a destroyed one is never mistaken for a main one. */
    private static final Set<Integer> SUB_IDS = ConcurrentHashMap.newKeySet();

    private Subinterpreters() {}

    /** One registered interpreter. {@code running} is CPython's "is running main": one run at a time. */
    static final class Entry {
        final InterpreterState interp;
        final InterpreterState main;
        final long whence;
        final AtomicBoolean running = new AtomicBoolean();
        volatile boolean destroyed;

        Entry(InterpreterState interp, InterpreterState main, long whence) {
            this.interp = interp;
            this.main = main;
            this.whence = whence;
        }

        boolean isMain() { return interp == main; }

        /** A main interpreter runs its script for as long as it exists. */
        boolean isRunning() { return isMain() || running.get(); }
    }

    /** What a failed run raised, as plain strings so it can cross to the caller's interpreter. */
    record Failure(String typeName, String qualname, String module, String msg, String formatted, String errdisplay) {}

    /** The entry of {@code interp}, registering it as a main interpreter if it is not known yet. */
    static Entry entryOf(InterpreterState interp) {
        Entry e = TABLE.get(interp.id);
        if (e != null) {
            return e;
        }
        if (SUB_IDS.contains(interp.id)) {
            // A thread left running in a subinterpreter that finalization destroyed.
            throw Err.make(InterpretersModule.InterpreterNotFoundError, "unrecognized interpreter ID " + interp.id);
        }
        return TABLE.computeIfAbsent(interp.id, id -> new Entry(interp, interp, WHENCE_RUNTIME));
    }

    /** The live entry with this id in the caller's family. */
    static Entry lookUp(InterpreterState caller, long id) {
        Entry e = id >= 0 && id <= Integer.MAX_VALUE ? TABLE.get((int) id) : null;
        if (e == null || e.destroyed || e.main != entryOf(caller).main) {
            throw Err.make(InterpretersModule.InterpreterNotFoundError, "unrecognized interpreter ID " + id);
        }
        return e;
    }

    /** {@code _interpreters.create()}: a fresh interpreter in the caller's family, in the same GIL mode. */
    static Entry create(InterpreterState parent) {
        InterpreterState main = entryOf(parent).main;
        InterpreterState sub = parent.host.newInterpreter(parent);
        // Only the main interpreter's main thread handles signals, as in CPython.
        sub.gil.setMainThread(null);
        PyModule mainModule = new PyModule("__main__");
        mainModule.put("__builtins__", sub.builtins);
        mainModule.put("__doc__", PyNone.NONE);
        sub.mainModule = mainModule;
        sub.modules.put("__main__", mainModule);
        ((PyList) sub.sys.get("argv")).append("");
        PyList path = (PyList) sub.sys.get("path");
        for (Object p : ((PyList) parent.sys.get("path")).toArray()) {
            if (p instanceof String s) {
                path.append(s);
            }
        }
        Entry e = new Entry(sub, main, WHENCE_STDLIB);
        SUB_IDS.add(sub.id);
        TABLE.put(sub.id, e);
        return e;
    }

    /** The live interpreters of the caller's family, main first. */
    static List<Entry> family(InterpreterState caller) {
        InterpreterState main = entryOf(caller).main;
        List<Entry> out = new ArrayList<>();
        for (Entry e : TABLE.values()) {
            if (e.main == main && !e.destroyed) {
                out.add(e);
            }
        }
        out.sort(Comparator.comparingInt(e -> e.interp.id));
        return out;
    }

    /** {@code _interpreters.destroy(id)}, with CPython 3.13's checks in CPython's order. */
    static void destroy(PyThread t, long id) {
        Entry e = lookUp(t.interp, id);
        if (e.interp == t.interp) {
            throw Err.make(InterpretersModule.InterpreterError, "cannot destroy the current interpreter");
        }
        if (e.isMain() || !e.running.compareAndSet(false, true)) {
            throw Err.make(InterpretersModule.InterpreterError, "interpreter running");
        }
        // running stays set: a run that looked the entry up just before this sees "destroyed".
        FdTable.flushAll(e.interp, t); // Py_EndInterpreter finalizes the files it left open
        finish(e);
    }

    private static void finish(Entry e) {
        e.destroyed = true;
        TABLE.remove(e.interp.id);
        e.interp.close();
    }

    /** Finalization of a main interpreter: the files its live subinterpreters left open are flushed, as their own finalization does. */
    public static void flushChildren(InterpreterState interp, PyThread t) {
        for (Entry e : TABLE.values()) {
            if (e.main == interp && e.interp != interp && !e.destroyed) {
                FdTable.flushAll(e.interp, t);
            }
        }
    }

    /**
     * Finalization: when a main interpreter ends, its subinterpreters go too (their GILs leave
     * {@code Gil.all()}). As in CPython, destroying a subinterpreter leaves the ones it created alone.
     */
    public static void closeChildren(InterpreterState interp) {
        Entry self = TABLE.get(interp.id);
        if (self == null) {
            return;
        }
        if (self.isMain()) {
            TABLE.remove(interp.id);
            for (Entry e : TABLE.values()) {
                if (e.main == interp && !e.destroyed) {
                    e.destroyed = true;
                    TABLE.remove(e.interp.id);
                    e.interp.gil.close();
                }
            }
        }
    }

    /**
     * {@code _interpreters.run_string(id, source)}: runs {@code source} in the target's
     * {@code __main__} on this thread. Returns {@code null} on success, or what the code raised
     * (CPython 3.13 returns an exception snapshot rather than raising).
     */
    static Failure run(PyThread t, long id, String source) {
        Entry e = lookUp(t.interp, id);
        if (e.isMain() || !e.running.compareAndSet(false, true)) {
            throw Err.make(InterpretersModule.InterpreterError, "interpreter already running");
        }
        if (e.destroyed) {
            throw Err.make(InterpretersModule.InterpreterNotFoundError, "unrecognized interpreter ID " + id);
        }
        InterpreterState target = e.interp;
        // Flush first so output of the two interpreters, which share the process streams, stays in order.
        t.interp.stdout.flushQuietly(t);
        t.ts.beginAllowThreads(ThreadState.RELEASED_NATIVE);
        try {
            return runAttached(t, target, source);
        } finally {
            t.ts.endAllowThreads();
            e.running.set(false);
        }
    }

    /** The part of {@link #run} that holds the target's GIL, with the caller's GIL released. */
    private static Failure runAttached(PyThread caller, InterpreterState target, String source) {
        ThreadState ts = ThreadState.attach(target.gil, caller.ts.name());
        PyThread t = PyThread.create(target, ts);
        ts.takeGil();
        try {
            target.run(t, source, "<string>", target.mainModule);
            return null;
        } catch (CompileError se) {
            String msg = se.msg + " (" + se.file + ", line " + se.line + ")";
            return new Failure(se.typeName, se.typeName, "builtins", msg, se.typeName + ": " + msg,
                se.typeName + ": " + msg);
        } catch (PyException pe) {
            return failure(target, pe.exc);
        } catch (StackOverflowError so) {
            return new Failure("RecursionError", "RecursionError", "builtins", "maximum recursion depth exceeded",
                "RecursionError: maximum recursion depth exceeded", "RecursionError: maximum recursion depth exceeded");
        } finally {
            target.stdout.flushQuietly(t);
            target.stderr.flushQuietly(t);
            ts.dropGil();
            ts.detach();
            PyThread.setCurrent(caller);
        }
    }

    /** Snapshot of an exception, taken in its own interpreter (its {@code __str__} may run Python code). */
    private static Failure failure(InterpreterState interp, PyBaseException exc) {
        PyType type = exc.type();
        String msg;
        try {
            msg = exc.messageText();
        } catch (PyException | StackOverflowError inner) {
            msg = "<exception str() failed>";
        }
        String qualified = "builtins".equals(type.module) || "__main__".equals(type.module) ? type.name : type.module + "." + type.name;
        String formatted = msg.isEmpty() ? qualified : qualified + ": " + msg;
        String display = Traceback.format(interp, exc).stripTrailing();
        return new Failure(type.name, type.name, type.module, msg, formatted, display);
    }
}
