package dev.gilspy.interp.modules.interpreters;

import dev.gilspy.interp.gil.ThreadState;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.PyThread;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A queue that every interpreter of the JVM can open by id ({@code interpreters.create_queue()},
 * {@code interpreters.Queue(id)}). It holds {@link Shareable} copies only, so the interpreters
 * never share an object. Blocking puts and gets drop the caller's GIL while they wait.
 */
final class SubinterpreterQueue {
    private static final Map<Long, SubinterpreterQueue> QUEUES = new ConcurrentHashMap<>();
    private static final AtomicLong NEXT_ID = new AtomicLong(1);
    /** How often a blocked wait wakes to see a Ctrl-C for the main thread. */
    private static final long SLICE_NANOS = 50_000_000L;

    final long id;
    final int maxsize;
    private final LinkedBlockingQueue<Object> items;

    private SubinterpreterQueue(long id, int maxsize) {
        this.id = id;
        this.maxsize = maxsize;
        this.items = new LinkedBlockingQueue<>(maxsize <= 0 ? Integer.MAX_VALUE : maxsize);
    }

    static SubinterpreterQueue create(long maxsize) {
        long id = NEXT_ID.getAndIncrement();
        SubinterpreterQueue q = new SubinterpreterQueue(id, (int) Math.max(0, Math.min(Integer.MAX_VALUE, maxsize)));
        QUEUES.put(id, q);
        return q;
    }

    static SubinterpreterQueue lookUp(long id) {
        SubinterpreterQueue q = QUEUES.get(id);
        if (q == null) {
            throw Err.make(InterpretersModule.QueueNotFoundError, "queue " + id + " not found");
        }
        return q;
    }

    static void destroy(long id) {
        if (QUEUES.remove(id) == null) {
            throw Err.make(InterpretersModule.QueueNotFoundError, "queue " + id + " not found");
        }
    }

    static long[] ids() {
        return QUEUES.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
    }

    int size() { return items.size(); }

    /**
     * Adds a copy of {@code obj}; waits while full, at most {@code timeoutSeconds} ({@code < 0}: forever,
     * {@code 0}: not at all), then raises {@code QueueFull}.
     */
    void put(PyThread t, Object obj, double timeoutSeconds) {
        Object copy = Shareable.copy(obj);
        if (items.offer(copy)) {
            return;
        }
        if (timeoutSeconds == 0 || !waitWithGilReleased(t, timeoutSeconds, slice -> items.offer(copy, slice, TimeUnit.NANOSECONDS) ? copy : null)) {
            throw Err.make(InterpretersModule.QueueFull, "queue is full");
        }
    }

    /** Takes the oldest item, waiting as {@link #put} does, then raises {@code QueueEmpty}. */
    Object get(PyThread t, double timeoutSeconds) {
        Object v = items.poll();
        if (v == null && timeoutSeconds != 0) {
            Object[] got = new Object[1];
            if (waitWithGilReleased(t, timeoutSeconds, slice -> got[0] = items.poll(slice, TimeUnit.NANOSECONDS))) {
                v = got[0];
            }
        }
        if (v == null) {
            throw Err.make(InterpretersModule.QueueEmpty, "queue is empty");
        }
        return Shareable.copy(v);
    }

    private interface Attempt {
        Object tryFor(long nanos) throws InterruptedException;
    }

    /** Retries {@code attempt} in slices with the GIL dropped; true once it succeeded. */
    private static boolean waitWithGilReleased(PyThread t, double timeoutSeconds, Attempt attempt) {
        long deadline = timeoutSeconds < 0 ? Long.MAX_VALUE : System.nanoTime() + (long) (timeoutSeconds * 1e9);
        boolean done = false;
        t.ts.beginAllowThreads(ThreadState.RELEASED_IO);
        try {
            while (!done) {
                long left = deadline == Long.MAX_VALUE ? SLICE_NANOS : deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                try {
                    done = attempt.tryFor(Math.min(left, SLICE_NANOS)) != null;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
                if (!done && t.ts.thread() == t.interp.gil.mainThread() && t.interp.gil.interruptPending()) {
                    break;
                }
            }
        } finally {
            t.ts.endAllowThreads();
        }
        t.checkBreaker();
        return done;
    }
}
