package dev.gilspy.report;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.gilspy.agent.jfr.GilDropRequestEvent;
import dev.gilspy.agent.jfr.GilHoldEvent;
import dev.gilspy.agent.jfr.GilSampleEvent;
import dev.gilspy.agent.jfr.GilWaitEvent;
import jdk.jfr.Event;
import jdk.jfr.Recording;

/**
 * Writes REAL .jfr files with the agent's own event classes, at times the test chooses.
 *
 * <p>JFR has no public way to set an event's start, so this sets the {@code startTime} and
 * {@code duration} fields that JFR's instrumentation adds to every event class, in JFR ticks,
 * calibrated against {@link System#nanoTime()} once.
 */
final class JfrFixture {
    private static final double TICKS_PER_NANO;
    private static final long TICK_BASE;
    private static final long NANO_BASE;

    static {
        try (Recording probe = new Recording()) {
            probe.enable(GilDropRequestEvent.class);
            probe.start();
            for (int i = 0; i < 3; i++) commitNow(); // the first commits load and link classes
            long n0 = System.nanoTime();
            long t0 = commitNow();
            Thread.sleep(20);
            long n1 = System.nanoTime();
            long t1 = commitNow();
            double ratio = (double) (t1 - t0) / (n1 - n0);
            // Linux JDKs count ticks in nanoseconds: use exact 1.0 then, so test numbers are exact.
            TICKS_PER_NANO = Math.abs(ratio - 1) < 0.05 ? 1.0 : ratio;
            TICK_BASE = t1;
            NANO_BASE = n1;
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static long commitNow() throws ReflectiveOperationException {
        GilDropRequestEvent e = new GilDropRequestEvent();
        e.commit();
        return field(GilDropRequestEvent.class, "startTime").getLong(e);
    }

    private final List<Runnable> commits = new ArrayList<>();
    /** Which Java thread commits the events added next (0: the test's own): threads may share a Python name. */
    private final List<Integer> javaThreadOf = new ArrayList<>();
    private int javaThread;

    /** The events added after this are committed by Java thread {@code n} (a thread of its own per n). */
    JfrFixture onJavaThread(int n) {
        javaThread = n;
        return this;
    }
    /** Event times are milliseconds after this point, which is a little before {@link #write}. */
    private final long base = TICK_BASE + (long) ((System.nanoTime() - NANO_BASE) * TICKS_PER_NANO);

    JfrFixture waitEvent(String thread, double fromMs, double toMs, String stack, String holder) {
        javaThreadOf.add(javaThread);
        commits.add(() -> {
            GilWaitEvent e = new GilWaitEvent();
            e.pythonThread = thread;
            e.pythonStack = stack;
            e.holderThread = holder;
            commitAt(e, fromMs, toMs);
        });
        return this;
    }

    JfrFixture hold(String thread, double fromMs, double toMs, String stack) {
        javaThreadOf.add(javaThread);
        commits.add(() -> {
            GilHoldEvent e = new GilHoldEvent();
            e.pythonThread = thread;
            e.pythonStack = stack;
            e.forced = true;
            commitAt(e, fromMs, toMs);
        });
        return this;
    }

    JfrFixture sample(String thread, double atMs, String state, String stack) {
        javaThreadOf.add(javaThread);
        commits.add(() -> {
            GilSampleEvent e = new GilSampleEvent();
            e.sampledThread = Thread.currentThread();
            e.pythonThread = thread;
            e.state = state;
            e.pythonStack = stack;
            commitAt(e, atMs, atMs);
        });
        return this;
    }

    JfrFixture dropRequest(String requester, double atMs, String holder, String holderStack) {
        javaThreadOf.add(javaThread);
        commits.add(() -> {
            GilDropRequestEvent e = new GilDropRequestEvent();
            e.requesterThread = requester;
            e.holderThread = holder;
            e.holderStack = holderStack;
            commitAt(e, atMs, atMs);
        });
        return this;
    }

    /** Commits everything into a fresh recording of the gilspy events only, and dumps it. */
    Path write(Path file) throws Exception {
        try (Recording r = new Recording()) {
            for (Class<? extends Event> c : List.of(GilWaitEvent.class, GilHoldEvent.class, GilSampleEvent.class,
                    GilDropRequestEvent.class)) {
                r.enable(c).withThreshold(Duration.ZERO);
            }
            r.start();
            java.util.TreeMap<Integer, List<Runnable>> byThread = new java.util.TreeMap<>();
            for (int i = 0; i < commits.size(); i++) {
                byThread.computeIfAbsent(javaThreadOf.get(i), k -> new ArrayList<>()).add(commits.get(i));
            }
            for (var group : byThread.entrySet()) {
                if (group.getKey() == 0) {
                    group.getValue().forEach(Runnable::run);
                } else {
                    Thread t = new Thread(() -> group.getValue().forEach(Runnable::run), "java-" + group.getKey());
                    t.start();
                    t.join();
                }
            }
            r.stop();
            r.dump(file);
        }
        return file;
    }

    private void commitAt(Event e, double fromMs, double toMs) {
        try {
            Class<?> c = e.getClass();
            field(c, "startTime").setLong(e, base + (long) (fromMs * 1e6 * TICKS_PER_NANO));
            // A zero duration would be recomputed by commit(): give instant events one tick.
            field(c, "duration").setLong(e, Math.max(1, (long) ((toMs - fromMs) * 1e6 * TICKS_PER_NANO)));
            e.commit();
        } catch (ReflectiveOperationException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static Field field(Class<?> c, String name) throws NoSuchFieldException {
        Field f = c.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }
}
