package dev.gilspy.agent.targets.gilspy;

import dev.gilspy.agent.runtime.TargetReader;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Reads gilspy's own interpreter through method handles resolved against the loader of the
 * instrumented {@code Gil} class. Every handle is adapted to {@code Object} arguments so the agent
 * needs none of the interpreter's types.
 *
 * <p>Binding resolves every method (a missing one fails the bind, as it should), but adapts a
 * handle to {@code Object} only when it is first used: each {@code asType} spins a LambdaForm class,
 * and most handles (names, frames, the knocker's) serve readers that a run may never have. The
 * three the hooks and the first GIL need are adapted at once, on the binding thread, so an
 * application thread never spins them. No lambdas here either: each would be spun at its first
 * call, on the thread that makes it (the ticker's first tick, an application thread's first hook).
 */
final class GilspyReader implements TargetReader {
    private static final String PKG = "dev.gilspy.interp.gil.";

    private final Adapted allGils, interpreterId, mode, switchInterval, holder;
    private final Adapted allThreads, ident, name, thread, tsInterpreterId, status, frame;
    private final MethodHandle dropRequested;
    private final Adapted back, code, codeName, fileName, line;
    private final Adapted attach, takeGil, dropGil, detach;

    private GilspyReader(Class<?> gil) throws ReflectiveOperationException {
        ClassLoader loader = gil.getClassLoader();
        Class<?> ts = Class.forName(PKG + "ThreadState", false, loader);
        Class<?> fi = Class.forName(PKG + "FrameInfo", false, loader);
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        allGils = new Adapted(lookup.findStatic(gil, "all", MethodType.methodType(List.class)),
                MethodType.methodType(List.class));
        interpreterId = virtual(lookup, gil, "interpreterId", int.class);
        mode = virtual(lookup, gil, "mode", Class.forName(PKG + "GilMode", false, loader));
        switchInterval = virtual(lookup, gil, "switchIntervalMicros", long.class);
        holder = virtual(lookup, gil, "holder", ts);
        allThreads = new Adapted(lookup.findStatic(ts, "all", MethodType.methodType(Collection.class)),
                MethodType.methodType(Collection.class));
        ident = virtual(lookup, ts, "ident", long.class);
        name = virtual(lookup, ts, "name", String.class);
        thread = virtual(lookup, ts, "thread", Thread.class);
        tsInterpreterId = virtual(lookup, ts, "interpreterId", int.class);
        status = virtual(lookup, ts, "status", int.class);
        frame = virtual(lookup, ts, "frame", fi);
        dropRequested = virtual(lookup, ts, "dropRequested", boolean.class).get();
        back = virtual(lookup, fi, "back", fi);
        code = virtual(lookup, fi, "code", Object.class);
        codeName = virtual(lookup, fi, "codeName", String.class);
        fileName = virtual(lookup, fi, "fileName", String.class);
        line = virtual(lookup, fi, "line", int.class);
        attach = new Adapted(lookup.findStatic(ts, "attach", MethodType.methodType(ts, gil, String.class)),
                MethodType.methodType(Object.class, Object.class, String.class));
        takeGil = virtual(lookup, ts, "takeGil", void.class);
        dropGil = virtual(lookup, ts, "dropGil", void.class);
        detach = virtual(lookup, ts, "detach", void.class);
        // what the first hook call reads (GilRecorder.addGil, every drop): adapted here, not on an application thread
        interpreterId.get();
        holder.get();
    }

    static TargetReader bind(Class<?> gil) {
        try {
            return new GilspyReader(gil);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot bind to " + gil.getName() + ": " + e, e);
        }
    }

    private static Adapted virtual(MethodHandles.Lookup lookup, Class<?> owner, String method, Class<?> returns)
            throws ReflectiveOperationException {
        MethodHandle mh = lookup.findVirtual(owner, method, MethodType.methodType(returns));
        Class<?> erased = returns.isPrimitive() ? returns : Object.class;
        return new Adapted(mh, MethodType.methodType(erased, Object.class));
    }

    /** A resolved handle and the erased type it is adapted to on first use (racy: asType is idempotent). */
    private static final class Adapted {
        private final MethodHandle exact;
        private final MethodType erased;
        private volatile MethodHandle adapted;

        Adapted(MethodHandle exact, MethodType erased) {
            this.exact = exact;
            this.erased = erased;
        }

        MethodHandle get() {
            MethodHandle h = adapted;
            if (h == null) {
                h = exact.asType(erased);
                adapted = h;
            }
            return h;
        }
    }

    @Override @SuppressWarnings("unchecked")
    public List<Object> gils() {
        try { return (List<Object>) allGils.get().invokeExact(); } catch (Throwable t) { throw rethrow(t); }
    }
    @Override public int interpreterId(Object gil) {
        try { return (int) interpreterId.get().invokeExact(gil); } catch (Throwable t) { throw rethrow(t); }
    }
    @Override public String mode(Object gil) {
        Object m;
        try { m = (Object) mode.get().invokeExact(gil); } catch (Throwable t) { throw rethrow(t); }
        return String.valueOf(m).toLowerCase(java.util.Locale.ROOT);
    }
    @Override public long switchIntervalMicros(Object gil) {
        try { return (long) switchInterval.get().invokeExact(gil); } catch (Throwable t) { throw rethrow(t); }
    }
    @Override public Object holder(Object gil) {
        try { return (Object) holder.get().invokeExact(gil); } catch (Throwable t) { throw rethrow(t); }
    }

    @Override public List<Object> threadStates() {
        Collection<?> all;
        try { all = (Collection<?>) allThreads.get().invokeExact(); } catch (Throwable t) { throw rethrow(t); }
        return new ArrayList<>(all);
    }
    @Override public long ident(Object ts) {
        try { return (long) ident.get().invokeExact(ts); } catch (Throwable t) { throw rethrow(t); }
    }
    @Override public String name(Object ts) {
        try { return (String) (Object) name.get().invokeExact(ts); } catch (Throwable t) { throw rethrow(t); }
    }
    @Override public Thread thread(Object ts) {
        try { return (Thread) (Object) thread.get().invokeExact(ts); } catch (Throwable t) { throw rethrow(t); }
    }
    @Override public int threadInterpreterId(Object ts) {
        try { return (int) tsInterpreterId.get().invokeExact(ts); } catch (Throwable t) { throw rethrow(t); }
    }
    @Override public int status(Object ts) {
        try { return (int) status.get().invokeExact(ts); } catch (Throwable t) { throw rethrow(t); }
    }
    @Override public boolean dropRequested(Object ts) {
        try { return (boolean) dropRequested.invokeExact(ts); } catch (Throwable t) { throw rethrow(t); }
    }
    @Override public Object frame(Object ts) {
        try { return (Object) frame.get().invokeExact(ts); } catch (Throwable t) { throw rethrow(t); }
    }

    @Override public Object back(Object f) {
        try { return (Object) back.get().invokeExact(f); } catch (Throwable t) { throw rethrow(t); }
    }
    @Override public Object code(Object f) {
        try { return (Object) code.get().invokeExact(f); } catch (Throwable t) { throw rethrow(t); }
    }
    @Override public String codeName(Object f) {
        try { return (String) (Object) codeName.get().invokeExact(f); } catch (Throwable t) { throw rethrow(t); }
    }
    @Override public String fileName(Object f) {
        try { return (String) (Object) fileName.get().invokeExact(f); } catch (Throwable t) { throw rethrow(t); }
    }
    @Override public int line(Object f) {
        try { return (int) line.get().invokeExact(f); } catch (Throwable t) { throw rethrow(t); }
    }

    @Override public void warmUpHooks(Object gil, int rounds) {
        for (int i = 0; i < rounds; i++) {
            long t = System.nanoTime();
            GilHooks.takeBegin(gil, null, t);
            GilHooks.takeEnd(gil, null, t, true);
            GilHooks.dropBegin(gil, null, t);
            GilHooks.dropEnd(gil, null, false);
            GilHooks.dropRequest(gil, null); // no holder: the recorder counts nothing for it
        }
    }

    @Override public boolean canKnock() { return true; }
    @Override public Object knockAttach(Object gil, String n) {
        try { return (Object) attach.get().invokeExact(gil, n); } catch (Throwable t) { throw rethrow(t); }
    }
    @Override public void knockTake(Object ts) {
        try { takeGil.get().invokeExact(ts); } catch (Throwable t) { throw rethrow(t); }
    }
    @Override public void knockDrop(Object ts) {
        try { dropGil.get().invokeExact(ts); } catch (Throwable t) { throw rethrow(t); }
    }
    @Override public void knockDetach(Object ts) {
        try { detach.get().invokeExact(ts); } catch (Throwable t) { throw rethrow(t); }
    }

    /** Unchecked throwables as they are; a checked one (the handles declare Throwable) wrapped. */
    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException(t);
    }
}
