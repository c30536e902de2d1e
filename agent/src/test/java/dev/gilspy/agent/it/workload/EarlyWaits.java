package dev.gilspy.agent.it.workload;

import dev.gilspy.interp.gil.Gil;
import dev.gilspy.interp.gil.GilMode;
import dev.gilspy.interp.gil.ThreadState;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;

/**
 * GIL waits at the very start of the JVM, all over before the agent's default start-up delay
 * (1 s) would start measuring: {@code N} times, thread "holder" takes the free GIL and keeps it
 * {@code HOLD_MS} while thread "waiter" waits for it. Only the waiter ever waits. Prints
 * {@code waits=N}. Args: [N].
 */
public final class EarlyWaits {
    static final long HOLD_MS = 60;

    public static void main(String[] args) throws Exception {
        int n = (int) Workload.arg(args, 0, 5);
        Gil gil = new Gil(0, GilMode.ON);
        Semaphore held = new Semaphore(0);
        Semaphore waiting = new Semaphore(0);
        Semaphore done = new Semaphore(0);
        CountDownLatch finished = new CountDownLatch(2);
        Thread holder = new Thread(() -> {
            ThreadState ts = ThreadState.attach(gil, "holder");
            ts.setFrame(Workload.MAIN);
            try {
                for (int i = 0; i < n; i++) {
                    ts.takeGil();                 // free: the waiter dropped it and is blocked on held
                    held.release();
                    waiting.acquireUninterruptibly();
                    Thread.sleep(HOLD_MS);        // the waiter is in take by now, or about to be
                    ts.dropGil();
                    done.acquireUninterruptibly(); // the waiter took and dropped it
                }
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            } finally {
                ts.detach();
                finished.countDown();
            }
        }, "holder");
        Thread waiter = new Thread(() -> {
            ThreadState ts = ThreadState.attach(gil, "waiter");
            ts.setFrame(Workload.MAIN);
            try {
                for (int i = 0; i < n; i++) {
                    held.acquireUninterruptibly();
                    waiting.release();
                    ts.takeGil();
                    ts.dropGil();
                    done.release();
                }
            } finally {
                ts.detach();
                finished.countDown();
            }
        }, "waiter");
        holder.start();
        waiter.start();
        finished.await();
        System.out.println("waits=" + n);
    }
}
