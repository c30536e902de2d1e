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
 */
final class GilspyReader implements TargetReader {
    private static final String PKG = "dev.gilspy.interp.gil.";

    private final MethodHandle allGils, interpreterId, mode, switchInterval, holder;
    private final MethodHandle allThreads, ident, name, thread, tsInterpreterId, status, frame, dropRequested;
    private final MethodHandle back, code, codeName, fileName, line;
    private final MethodHandle attach, takeGil, dropGil, detach;

    private GilspyReader(Class<?> gil) throws ReflectiveOperationException {
        ClassLoader loader = gil.getClassLoader();
        Class<?> ts = Class.forName(PKG + "ThreadState", false, loader);
        Class<?> fi = Class.forName(PKG + "FrameInfo", false, loader);
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        allGils = lookup.findStatic(gil, "all", MethodType.methodType(List.class));
        interpreterId = virtual(lookup, gil, "interpreterId", int.class);
        mode = virtual(lookup, gil, "mode", Class.forName(PKG + "GilMode", false, loader));
        switchInterval = virtual(lookup, gil, "switchIntervalMicros", long.class);
        holder = virtual(lookup, gil, "holder", ts);
        allThreads = lookup.findStatic(ts, "all", MethodType.methodType(Collection.class));
        ident = virtual(lookup, ts, "ident", long.class);
        name = virtual(lookup, ts, "name", String.class);
        thread = virtual(lookup, ts, "thread", Thread.class);
        tsInterpreterId = virtual(lookup, ts, "interpreterId", int.class);
        status = virtual(lookup, ts, "status", int.class);
        frame = virtual(lookup, ts, "frame", fi);
        dropRequested = virtual(lookup, ts, "dropRequested", boolean.class);
        back = virtual(lookup, fi, "back", fi);
        code = virtual(lookup, fi, "code", Object.class);
        codeName = virtual(lookup, fi, "codeName", String.class);
        fileName = virtual(lookup, fi, "fileName", String.class);
        line = virtual(lookup, fi, "line", int.class);
        attach = lookup.findStatic(ts, "attach", MethodType.methodType(ts, gil, String.class))
                .asType(MethodType.methodType(Object.class, Object.class, String.class));
        takeGil = virtual(lookup, ts, "takeGil", void.class);
        dropGil = virtual(lookup, ts, "dropGil", void.class);
        detach = virtual(lookup, ts, "detach", void.class);
    }

    static TargetReader bind(Class<?> gil) {
        try {
            return new GilspyReader(gil);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot bind to " + gil.getName() + ": " + e, e);
        }
    }

    private static MethodHandle virtual(MethodHandles.Lookup lookup, Class<?> owner, String method, Class<?> returns)
            throws ReflectiveOperationException {
        MethodHandle mh = lookup.findVirtual(owner, method, MethodType.methodType(returns));
        Class<?> erased = returns.isPrimitive() ? returns : Object.class;
        return mh.asType(MethodType.methodType(erased, Object.class));
    }

    @Override @SuppressWarnings("unchecked")
    public List<Object> gils() { return (List<Object>) call(() -> (List<Object>) allGils.invokeExact()); }
    @Override public int interpreterId(Object gil) { return callInt(() -> (int) interpreterId.invokeExact(gil)); }
    @Override public String mode(Object gil) { return String.valueOf(call(() -> (Object) mode.invokeExact(gil))).toLowerCase(java.util.Locale.ROOT); }
    @Override public long switchIntervalMicros(Object gil) { return callLong(() -> (long) switchInterval.invokeExact(gil)); }
    @Override public Object holder(Object gil) { return call(() -> (Object) holder.invokeExact(gil)); }

    @Override public List<Object> threadStates() {
        Collection<?> all = (Collection<?>) call(() -> (Collection<?>) allThreads.invokeExact());
        return new ArrayList<>(all);
    }
    @Override public long ident(Object ts) { return callLong(() -> (long) ident.invokeExact(ts)); }
    @Override public String name(Object ts) { return (String) call(() -> (Object) name.invokeExact(ts)); }
    @Override public Thread thread(Object ts) { return (Thread) call(() -> (Object) thread.invokeExact(ts)); }
    @Override public int threadInterpreterId(Object ts) { return callInt(() -> (int) tsInterpreterId.invokeExact(ts)); }
    @Override public int status(Object ts) { return callInt(() -> (int) status.invokeExact(ts)); }
    @Override public boolean dropRequested(Object ts) {
        try { return (boolean) dropRequested.invokeExact(ts); } catch (Throwable t) { throw new IllegalStateException(t); }
    }
    @Override public Object frame(Object ts) { return call(() -> (Object) frame.invokeExact(ts)); }

    @Override public Object back(Object f) { return call(() -> (Object) back.invokeExact(f)); }
    @Override public Object code(Object f) { return call(() -> (Object) code.invokeExact(f)); }
    @Override public String codeName(Object f) { return (String) call(() -> (Object) codeName.invokeExact(f)); }
    @Override public String fileName(Object f) { return (String) call(() -> (Object) fileName.invokeExact(f)); }
    @Override public int line(Object f) { return callInt(() -> (int) line.invokeExact(f)); }

    @Override public boolean canKnock() { return true; }
    @Override public Object knockAttach(Object gil, String n) { return call(() -> (Object) attach.invokeExact(gil, n)); }
    @Override public void knockTake(Object ts) { call(() -> { takeGil.invokeExact(ts); return null; }); }
    @Override public void knockDrop(Object ts) { call(() -> { dropGil.invokeExact(ts); return null; }); }
    @Override public void knockDetach(Object ts) { call(() -> { detach.invokeExact(ts); return null; }); }

    @FunctionalInterface private interface Call { Object run() throws Throwable; }
    @FunctionalInterface private interface IntCall { int run() throws Throwable; }
    @FunctionalInterface private interface LongCall { long run() throws Throwable; }

    private static Object call(Call c) {
        try { return c.run(); } catch (RuntimeException | Error e) { throw e; } catch (Throwable t) { throw new IllegalStateException(t); }
    }
    private static int callInt(IntCall c) {
        try { return c.run(); } catch (RuntimeException | Error e) { throw e; } catch (Throwable t) { throw new IllegalStateException(t); }
    }
    private static long callLong(LongCall c) {
        try { return c.run(); } catch (RuntimeException | Error e) { throw e; } catch (Throwable t) { throw new IllegalStateException(t); }
    }
}
