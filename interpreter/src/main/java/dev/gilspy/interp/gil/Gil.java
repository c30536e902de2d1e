package dev.gilspy.interp.gil;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The Global Interpreter Lock of one interpreter.
 *
 * <h2>Notes about the implementation</h2>
 * This follows CPython 3.2+'s {@code Python/ceval_gil.c}:
 * <ul>
 *   <li>{@code locked}, {@code lastHolder} and {@code switchNumber} are guarded by {@code mutex}
 *       and signalled through {@code cond}.</li>
 *   <li>A thread that wants the GIL waits on {@code cond} for one switch interval. If it timed out,
 *       the GIL is still locked and no switch happened meanwhile, it sets a drop request on the
 *       holder, which sees it at its next check site through the eval breaker.</li>
 *   <li>A holder that drops because of a drop request (a forced switch) waits on
 *       {@code switchCond} until another thread has taken the GIL, so it cannot take it straight
 *       back. A voluntary drop never blocks.</li>
 * </ul>
 *
 * <p>Profilers instrument {@link #take(ThreadState)}, {@link #drop(ThreadState)} (which returns
 * whether the drop was forced) and {@link #setDropRequest(ThreadState)} by name.
 */
public final class Gil {
    private static final List<Gil> ALL = new CopyOnWriteArrayList<>();

    private final int interpreterId;
    private final GilMode mode;

    private final ReentrantLock mutex = new ReentrantLock();
    private final Condition cond = mutex.newCondition();
    private final ReentrantLock switchMutex = new ReentrantLock();
    private final Condition switchCond = switchMutex.newCondition();

    private volatile boolean locked;
    private volatile ThreadState lastHolder;
    private volatile ThreadState holder;
    private volatile long switchNumber;
    private volatile long intervalMicros = 5000;
    private volatile int checkInterval = 100;
    private volatile Thread mainThread;

    public Gil(int interpreterId, GilMode mode) {
        this.interpreterId = interpreterId;
        this.mode = mode;
        ALL.add(this);
    }

    /** Every live GIL in this JVM, one per interpreter. */
    public static List<Gil> all() { return List.copyOf(ALL); }

    /** Forgets this GIL when its interpreter is destroyed. */
    public void close() { ALL.remove(this); }

    public int interpreterId() { return interpreterId; }
    public GilMode mode() { return mode; }
    public boolean isEnabled() { return mode != GilMode.OFF; }
    public ThreadState holder() { return holder; }
    public long switchNumber() { return switchNumber; }
    public Thread mainThread() { return mainThread; }
    public void setMainThread(Thread t) { this.mainThread = t; }

    /** {@code sys.getswitchinterval()} in whole microseconds. */
    public long switchIntervalMicros() { return intervalMicros; }

    /** {@code sys.setswitchinterval()}: the caller has already rejected values {@code <= 0}. */
    public void setSwitchIntervalMicros(long micros) { this.intervalMicros = Math.max(1, micros); }

    /** {@code sys.getcheckinterval()}: ticks between releases in the legacy mode. */
    public int checkInterval() { return checkInterval; }
    public void setCheckInterval(int ticks) { this.checkInterval = Math.max(1, ticks); }

    /** {@code take_gil}: blocks until the calling thread holds the GIL. */
    public void take(ThreadState ts) {
        if (mode == GilMode.OFF) {
            ts.status = ThreadState.HOLDING;
            return;
        }
        mutex.lock();
        try {
            if (locked) {
                ts.status = ThreadState.WAITING;
                boolean interrupted = false;
                while (locked) {
                    long saved = switchNumber;
                    boolean timedOut;
                    try {
                        timedOut = !cond.await(intervalMicros, TimeUnit.MICROSECONDS);
                    } catch (InterruptedException e) {
                        interrupted = true;
                        timedOut = false;
                    }
                    if (timedOut && locked && switchNumber == saved && mode == GilMode.ON) {
                        ThreadState h = holder;
                        if (h != null) {
                            setDropRequest(h);
                        }
                    }
                }
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
            switchMutex.lock();
            try {
                locked = true;
                holder = ts;
                if (lastHolder != ts) {
                    lastHolder = ts;
                    switchNumber++;
                }
                switchCond.signal();
            } finally {
                switchMutex.unlock();
            }
            ts.status = ThreadState.HOLDING;
            if (ts.dropRequest) {
                ts.dropRequest = false;
                ts.recomputeEvalBreaker();
            }
        } finally {
            mutex.unlock();
        }
    }

    /**
     * {@code drop_gil}: releases the GIL held by {@code ts}.
     *
     * @return true when this was a forced switch (a drop request was pending)
     */
    public boolean drop(ThreadState ts) {
        if (mode == GilMode.OFF) {
            ts.status = ThreadState.IDLE;
            return false;
        }
        boolean forced;
        mutex.lock();
        try {
            lastHolder = ts;
            holder = null;
            locked = false;
            ts.status = ThreadState.IDLE;
            cond.signal();
            forced = ts.dropRequest;
        } finally {
            mutex.unlock();
        }
        if (forced) {
            switchMutex.lock();
            try {
                if (lastHolder == ts) {
                    ts.dropRequest = false;
                    ts.recomputeEvalBreaker();
                    boolean interrupted = false;
                    while (lastHolder == ts) {
                        try {
                            switchCond.await();
                        } catch (InterruptedException e) {
                            interrupted = true;
                        }
                    }
                    if (interrupted) {
                        Thread.currentThread().interrupt();
                    }
                }
            } finally {
                switchMutex.unlock();
            }
        }
        return forced;
    }

    /** {@code SET_GIL_DROP_REQUEST}: asks the holder to drop at its next check site. */
    public void setDropRequest(ThreadState holder) {
        holder.dropRequest = true;
        holder.evalBreaker = 1;
    }
}
