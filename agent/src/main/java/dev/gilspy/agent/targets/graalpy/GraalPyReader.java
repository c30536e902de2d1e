package dev.gilspy.agent.targets.graalpy;

import dev.gilspy.agent.runtime.TargetReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads GraalPy ({@code com.oracle.graal.python.runtime.PythonContext}) for the recorder. GraalPy's
 * GIL is a fair {@code ReentrantLock} per context, with no thread state readable from outside, so
 * this reader serves what the GraalPy hooks record on each thread at its takes and drops: the
 * holder, each thread's status, and the stack captured on that thread (Truffle frames can only be
 * walked by their own thread). The sampler therefore sees each thread's stack as of its last take
 * or drop.
 *
 * <p>One interpreter per {@code PythonContext}, numbered in the order the agent first sees them.
 * The knocker is off for this target: see {@link #knockerUnavailableReason()}.
 */
public final class GraalPyReader implements TargetReader {
    /** GraalPy versions whose GIL code was read and tested against this reader. */
    public static final Set<String> TESTED_VERSIONS = Set.of("25.0.1");
    private static final String[] REQUIRED = {"acquireGil", "tryAcquireGil", "releaseGil"};

    private final String version;
    private final TruffleStacks stacks;
    /** The release interval as read from this GraalPy; each context measures its own copy when it cannot be read. */
    private final ReleaseInterval interval;
    private final Map<Object, Interpreter> interpreters = new ConcurrentHashMap<>();
    private final AtomicInteger nextId = new AtomicInteger();
    private final ThreadLocal<GraalPyThread> current = new ThreadLocal<>();

    /** One GraalPy context: its GIL's id and the threads seen using it. */
    static final class Interpreter {
        final int id;
        final Map<Thread, GraalPyThread> threads = new ConcurrentHashMap<>();
        final ReleaseInterval interval;
        volatile GraalPyThread holder;

        Interpreter(int id, ReleaseInterval interval) {
            this.id = id;
            this.interval = interval;
        }
    }

    private GraalPyReader(String version, TruffleStacks stacks, ReleaseInterval interval) {
        this.version = version;
        this.stacks = stacks;
        this.interval = interval;
    }

    /**
     * Binds to a loaded {@code PythonContext} class.
     *
     * @throws IllegalStateException with a one-line message when this GraalPy has no GIL methods we know
     */
    static TargetReader bind(Class<?> context) {
        String version = versionOf(context);
        String missing = missingMethods(context);
        if (!missing.isEmpty()) {
            throw new IllegalStateException(unsupported(version, missing));
        }
        GraalPyReader reader = new GraalPyReader(version, TruffleStacks.resolve(context.getClassLoader()),
                ReleaseInterval.resolve(context.getClassLoader()));
        System.setProperty("gilspy.graalpy.version", version); // for gilspy list
        if (!reader.tested()) {
            System.err.println("gilspy-agent: GraalPy " + version + " is untested (tested: "
                    + String.join(", ", TESTED_VERSIONS) + "); measuring it anyway");
        }
        if (!reader.stackNote().isEmpty()) {
            System.err.println("gilspy-agent: GraalPy stacks are Java stacks, marked " + TruffleStacks.JAVA_MARKER
                    + ": " + reader.stackNote());
        }
        return reader;
    }

    static String versionOf(Class<?> context) {
        Package p = context.getPackage();
        String v = p == null ? null : p.getImplementationVersion();
        return v == null ? "unknown" : v;
    }

    /** The GIL methods that class lacks, comma-separated, or empty. */
    static String missingMethods(Class<?> context) {
        List<String> missing = new ArrayList<>();
        for (String name : REQUIRED) {
            boolean found = false;
            for (java.lang.reflect.Method m : context.getDeclaredMethods()) {
                found |= m.getName().equals(name) && m.getParameterCount() == 0;
            }
            if (!found) {
                missing.add(name + "()");
            }
        }
        return String.join(", ", missing);
    }

    /** The one line the agent prints for a GraalPy it cannot measure. */
    public static String unsupported(String version, String missing) {
        return "GraalPy " + version + " is not supported (PythonContext has no " + missing + "; tested: "
                + String.join(", ", TESTED_VERSIONS) + "): the application runs unmeasured";
    }

    public String version() { return version; }
    public boolean tested() { return TESTED_VERSIONS.contains(version); }
    /** Empty when Python stacks are captured, else why Java stacks are recorded instead. */
    public String stackNote() { return stacks.unavailable; }

    // ------------------------------------------------------------------ for the GraalPy hooks

    /** The calling thread's record for this context, created on first use. */
    public GraalPyThread currentThread(Object context) {
        GraalPyThread t = current.get();
        if (t != null && t.context == context) {
            return t;
        }
        Interpreter in = interpreters.computeIfAbsent(context, k -> new Interpreter(nextId.getAndIncrement(), interval.forContext()));
        Thread me = Thread.currentThread();
        t = in.threads.computeIfAbsent(me, k -> new GraalPyThread(k, context, in));
        current.set(t);
        return t;
    }

    /** The calling thread's most recent record, or null: for code that runs without the context at hand. */
    public GraalPyThread lastThread() {
        return current.get();
    }

    public void taken(GraalPyThread t) {
        t.status = STATUS_HOLDING;
        t.interpreter.holder = t;
    }

    public void waiting(GraalPyThread t) {
        t.status = STATUS_WAITING;
    }

    /** A drop, or a take that failed: a forced drop goes straight back to waiting, any other is released. */
    public void released(GraalPyThread t, boolean forced) {
        t.status = forced ? STATUS_WAITING : STATUS_RELEASED_IO;
        if (t.interpreter.holder == t) {
            t.interpreter.holder = null;
        }
    }

    /** GraalPy's release scheduler delivered its action to {@code t}, the holder: one tick that found a waiter. */
    public void releaseAction(GraalPyThread t, long nanos) {
        t.interpreter.interval.releaseAction(nanos);
    }

    /** Captures this thread's stack if the last capture is older than {@code minNanos}. */
    public void capture(GraalPyThread t, long now, long minNanos) {
        if (now - t.lastCaptureNanos >= minNanos) {
            t.lastCaptureNanos = now;
            t.stack = stacks.capture();
        }
    }

    // ------------------------------------------------------------------ TargetReader

    @Override public List<Object> gils() { return new ArrayList<>(interpreters.keySet()); }
    @Override public int interpreterId(Object gil) {
        Interpreter in = interpreters.get(gil);
        return in == null ? -1 : in.id;
    }
    @Override public String mode(Object gil) { return "on"; }
    @Override public long switchIntervalMicros(Object gil) {
        Interpreter in = interpreters.get(gil);
        return in == null ? interval.micros() : in.interval.micros();
    }
    @Override public String switchIntervalSource(Object gil) {
        Interpreter in = interpreters.get(gil);
        return in == null ? interval.source() : in.interval.source();
    }
    @Override public Object holder(Object gil) {
        Interpreter in = interpreters.get(gil);
        return in == null ? null : in.holder;
    }

    @Override public List<Object> threadStates() {
        List<Object> out = new ArrayList<>();
        for (Interpreter in : interpreters.values()) {
            in.threads.values().removeIf(t -> !t.thread.isAlive() && in.holder != t);
            out.addAll(in.threads.values());
        }
        return out;
    }
    @SuppressWarnings("deprecation") // Thread.threadId() is Java 19+; the agent targets 17
    @Override public long ident(Object ts) { return ((GraalPyThread) ts).thread.getId(); }
    @Override public String name(Object ts) { return ((GraalPyThread) ts).thread.getName(); }
    @Override public Thread thread(Object ts) { return ((GraalPyThread) ts).thread; }
    @Override public int threadInterpreterId(Object ts) { return ((GraalPyThread) ts).interpreter.id; }
    @Override public int status(Object ts) { return ((GraalPyThread) ts).status; }
    @Override public boolean dropRequested(Object ts) { return ((GraalPyThread) ts).forcedPending; }
    @Override public Object frame(Object ts) { return ((GraalPyThread) ts).stack; }

    @Override public Object back(Object f) { return ((GraalPyFrame) f).back; }
    @Override public Object code(Object f) { return ((GraalPyFrame) f).code; }
    @Override public String codeName(Object f) { return ((GraalPyFrame) f).name; }
    @Override public String fileName(Object f) { return ((GraalPyFrame) f).file; }
    @Override public int line(Object f) { return ((GraalPyFrame) f).line; }

    @Override public boolean canKnock() { return false; }
    @Override public String knockerUnavailableReason() {
        return "GraalPy's GIL can only be taken by a thread entered in the polyglot context; an agent thread "
                + "entering it would become a Python thread of the application, so the knock ratio is not measured";
    }
    @Override public Object knockAttach(Object gil, String n) { throw new UnsupportedOperationException(knockerUnavailableReason()); }
    @Override public void knockTake(Object ts) { throw new UnsupportedOperationException(knockerUnavailableReason()); }
    @Override public void knockDrop(Object ts) { throw new UnsupportedOperationException(knockerUnavailableReason()); }
    @Override public void knockDetach(Object ts) { throw new UnsupportedOperationException(knockerUnavailableReason()); }
}
