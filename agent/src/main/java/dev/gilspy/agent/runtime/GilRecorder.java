package dev.gilspy.agent.runtime;

import dev.gilspy.agent.jfr.GilDropRequestEvent;
import dev.gilspy.agent.jfr.GilHoldEvent;
import dev.gilspy.agent.jfr.GilWaitEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Turns the hook calls of one bound target into exact per-GIL and per-thread accounting
 * ({@link GilStats}) and, when a recording enables them, {@code gilspy.*} JFR events.
 *
 * <p>The hot path (a take or a drop with no recording) is: one thread-local lookup, one monitor
 * enter and a few field updates; no allocation, no strings. JFR events are allocated only when
 * their type is enabled, and a Python stack is interned only when an event will be committed.
 */
public final class GilRecorder {

    final TargetReader reader;
    final String targetName;
    final StackInterner stacks;
    private final Consumer<GilStats> onNewGil;
    private volatile GilStats[] gils = new GilStats[0];
    private final ThreadLocal<ThreadRecord> last = new ThreadLocal<>();
    private final Set<Object> agentStates = Collections.newSetFromMap(new ConcurrentHashMap<>());

    GilRecorder(TargetReader reader, String targetName, Consumer<GilStats> onNewGil) {
        this.reader = reader;
        this.targetName = targetName;
        this.stacks = new StackInterner(reader);
        this.onNewGil = onNewGil;
    }

    public TargetReader reader() { return reader; }
    public String targetName() { return targetName; }
    public StackInterner stacks() { return stacks; }

    // ------------------------------------------------------------------ hooks (from each target's hooks)

    public void takeBegin(Object gil, Object ts, long t) {
        ThreadRecord r = record(gil, ts);
        r.gil.takeBegin(r, t);
        if (JfrProbes.waitEnabled()) {
            GilWaitEvent e = new GilWaitEvent();
            e.begin();
            ThreadRecord holder = r.gil.lastHolder();
            e.holderThread = holder == null || holder == r ? "" : reader.name(holder.ts);
            r.pendingWait = e;
        }
    }

    public void takeEnd(Object gil, Object ts, long t0, long t1, boolean acquired) {
        ThreadRecord r = record(gil, ts);
        r.gil.takeEnd(r, t0, t1, acquired);
        GilWaitEvent e = r.pendingWait;
        if (e != null) {
            r.pendingWait = null;
            e.end();
            if (acquired && e.shouldCommit()) {
                e.interpreterId = r.gil.interpreterId;
                e.pythonThread = reader.name(ts);
                e.pythonStack = stacks.intern(reader.frame(ts)).text;
                e.commit();
            }
        }
        if (acquired && JfrProbes.holdEnabled()) {
            GilHoldEvent h = new GilHoldEvent();
            h.begin();
            r.pendingHold = h;
        }
    }

    public void dropBegin(Object gil, Object ts, long t0) {
        ThreadRecord r = record(gil, ts);
        r.gil.dropBegin(r, t0, reader.dropRequested(ts));
        GilHoldEvent h = r.pendingHold;
        if (h != null) {
            h.end();
            if (h.shouldCommit()) {
                // The stack where it dropped, read while this thread still holds the GIL.
                h.interpreterId = r.gil.interpreterId;
                h.pythonThread = reader.name(ts);
                h.pythonStack = stacks.intern(reader.frame(ts)).text;
            } else {
                r.pendingHold = null;
            }
        }
    }

    public void dropEnd(Object gil, Object ts, boolean forced) {
        ThreadRecord r = record(gil, ts);
        r.gil.dropEnd(r, forced);
        GilHoldEvent h = r.pendingHold;
        if (h != null) {
            r.pendingHold = null;
            h.forced = forced;
            h.commit();
        }
    }

    /** A waiter set the drop request on {@code holderTs}; the requester is the calling thread. */
    public void dropRequest(Object gil, Object holderTs) {
        dropRequest(gil, holderTs, null);
    }

    /**
     * A drop request on {@code holderTs}, made by {@code requester} (a label), or by the calling
     * thread when it is {@code null}.
     */
    public void dropRequest(Object gil, Object holderTs, String requester) {
        GilStats s = stats(gil);
        ThreadRecord holder = holderTs == null ? null : s.threads.get(holderTs);
        if (AgentThread.isCurrent()) {
            s.probeRequested(holder);
            return;
        }
        s.dropRequested(holder);
        if (!JfrProbes.dropRequestEnabled()) {
            return;
        }
        GilDropRequestEvent e = new GilDropRequestEvent();
        if (e.shouldCommit()) {
            ThreadRecord mine = last.get();
            e.interpreterId = s.interpreterId;
            e.requesterThread = requester != null ? requester
                    : mine != null && mine.gil == s ? reader.name(mine.ts) : Thread.currentThread().getName();
            e.holderThread = holderTs == null ? "" : reader.name(holderTs);
            e.holderStack = holderTs == null ? "" : stacks.intern(reader.frame(holderTs)).text;
            e.commit();
        }
    }

    // ------------------------------------------------------------------ warm-up

    /** Rounds of {@link #warmUp}: past C1's invocation threshold (200) with its compile queue's feedback. */
    static final int WARM_UP_ROUNDS = 600;

    private volatile boolean warmedUp;

    /**
     * {@link #warmUp} once the program runs two or more Python threads, the first time this sees
     * them; the binding thread asks once and the ticker every second after. A program with one thread
     * has no contention: its takes and drops come only from blocking calls, rarely enough that the
     * JIT's own thresholds serve them, so the 600 rounds and the ~25 C1 compiles of the warm-up are
     * saved (countdown_2s.py: the agent's whole measuring start-up). Called on agent threads only.
     *
     * @return whether the warm-up ran now
     */
    boolean warmUpIfThreaded() {
        if (warmedUp) {
            return false;
        }
        int threads;
        try {
            threads = reader.threadStates().size();
        } catch (RuntimeException e) {
            threads = 2; // cannot tell: warm up as if threaded
        }
        if (threads < 2) {
            return false;
        }
        warmedUp = true;
        warmUp();
        return true;
    }

    /** Whether {@link #warmUpIfThreaded} has warmed the accounting up. */
    boolean warmedUp() {
        return warmedUp;
    }

    /**
     * Runs the accounting that every take and drop runs ({@link GilStats}'s transitions, the
     * histograms, the drop-request read) {@link #WARM_UP_ROUNDS} times on the calling agent thread,
     * on a GIL and a thread record of its own that nothing else sees, so that the JIT compiles it
     * before the application's threads need it. Without this, the first several hundred events after
     * measuring starts ran interpreted on the application's threads, most of them while holding the
     * GIL: 30-120 ms of their CPU on bench/agent/threads_countdown_2s.py (async-profiler, 9 runs),
     * the largest part of what the agent cost that script. No JFR event is begun here.
     */
    void warmUp() {
        try {
            warmUpRounds();
        } catch (RuntimeException | LinkageError e) {
            // only a speed-up: measuring goes on without it
        }
    }

    private void warmUpRounds() {
        Object someTs = null;
        List<Object> live = List.of();
        try {
            List<Object> states = reader.threadStates();
            someTs = states.isEmpty() ? null : states.get(0);
            live = reader.gils();
        } catch (RuntimeException e) {
            // no state to read a drop request from: the rest still warms
        }
        if (!live.isEmpty()) {
            reader.warmUpHooks(live.get(0), WARM_UP_ROUNDS);
        }
        GilStats s = new GilStats(new Object(), -1, System.nanoTime());
        ThreadRecord r = s.record(new Object());
        boolean seen = false;
        for (int i = 0; i < WARM_UP_ROUNDS; i++) {
            boolean forced = (i & 1) == 0;
            long t = System.nanoTime();
            s.takeBegin(r, t);
            s.takeEnd(r, t, t + 1000, true);
            if (forced) {
                s.dropRequested(r);
            }
            if (someTs != null) {
                seen |= reader.dropRequested(someTs); // a racy read of a real state: nothing is written
            }
            s.dropBegin(r, t + 2000, forced);
            s.dropEnd(r, forced);
            seen |= JfrProbes.waitEnabled() || JfrProbes.holdEnabled() || JfrProbes.dropRequestEnabled();
        }
    }

    // ------------------------------------------------------------------ lookup

    private ThreadRecord record(Object gil, Object ts) {
        ThreadRecord r = last.get();
        if (r != null && r.ts == ts && r.gil.gil == gil) {
            return r;
        }
        ThreadRecord found = stats(gil).record(ts);
        last.set(found);
        return found;
    }

    GilStats stats(Object gil) {
        for (GilStats s : gils) {
            if (s.gil == gil) {
                return s;
            }
        }
        return addGil(gil);
    }

    private synchronized GilStats addGil(Object gil) {
        for (GilStats s : gils) {
            if (s.gil == gil) {
                return s;
            }
        }
        long now = System.nanoTime();
        GilStats s = new GilStats(gil, reader.interpreterId(gil), now);
        Object holder = reader.holder(gil);
        if (holder != null && !agentStates.contains(holder)) {
            s.seedHolder(s.record(holder), now);
        }
        GilStats[] grown = Arrays.copyOf(gils, gils.length + 1);
        grown[gils.length] = s;
        gils = grown;
        onNewGil.accept(s);
        return s;
    }

    /** Makes sure every live GIL has its statistics; called by the ticker. */
    void discover() {
        for (Object gil : reader.gils()) {
            stats(gil);
        }
    }

    List<GilStats> all() {
        return List.of(gils);
    }

    synchronized void forget(GilStats s) {
        List<GilStats> kept = new ArrayList<>(List.of(gils));
        kept.remove(s);
        gils = kept.toArray(new GilStats[0]);
    }

    /** Drops the records of thread states that are gone and idle; their time stays in the GIL totals. */
    void prune(List<Object> liveStates) {
        Set<Object> live = Collections.newSetFromMap(new IdentityHashMap<>());
        live.addAll(liveStates);
        for (GilStats s : gils) {
            // not removeIf with a lambda: it would be spun on the ticker at its tenth tick
            for (var it = s.threads.values().iterator(); it.hasNext(); ) {
                ThreadRecord r = it.next();
                if (!live.contains(r.ts) && !r.holding && !r.waiting) {
                    it.remove();
                }
            }
        }
    }

    /** Registers a thread state the agent itself attached (the knocker's): never an application thread. */
    void addAgentState(Object ts) { agentStates.add(ts); }
    void removeAgentState(Object ts) { agentStates.remove(ts); }
    public boolean isAgentState(Object ts) { return agentStates.contains(ts); }
}
