package dev.gilspy.attach;

import dev.gilspy.attach.TargetConnection;
import dev.gilspy.cli.testapp.AgentInThisJvm;
import dev.gilspy.interp.gil.FrameInfo;
import dev.gilspy.interp.gil.Gil;
import dev.gilspy.interp.gil.GilMode;
import dev.gilspy.interp.gil.ThreadState;
import dev.gilspy.ui.model.GilSample;
import dev.gilspy.ui.model.ThreadSample;
import dev.gilspy.ui.model.ThreadStatus;
import org.junit.jupiter.api.Test;

import javax.management.MBeanServerConnection;
import java.lang.management.ManagementFactory;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Decoding the real agent's MXBean through the real open-type mapping (CompositeData for
 * {@code ThreadGilStats}): the agent is loaded into this JVM and measures a real {@link Gil} that one
 * thread holds while another waits. The same bytes top gets over JMX, without a child JVM.
 */
class JmxGilSourceTest {
    record Frame(FrameInfo back, String codeName, String fileName, int line) implements FrameInfo {
        @Override public Object code() { return this; }
    }

    static final class ThisJvm implements TargetConnection {
        @Override public long pid() { return ProcessHandle.current().pid(); }
        @Override public String mainClass() { return "surefire"; }
        @Override public String jvmVersion() { return System.getProperty("java.version"); }
        @Override public MBeanServerConnection mbeans() { return ManagementFactory.getPlatformMBeanServer(); }
        @Override public boolean isAlive() { return true; }
        @Override public void close() {}
    }

    @Test
    void readsEveryAttributeAndEachThreadsStackFromTheRealAgent() throws Exception {
        AgentInThisJvm.load("quiet,sample=off,knock=off");
        JmxGilSource source = new JmxGilSource(new ThisJvm(), 7);
        assertThat(source.sample()).as("no GIL 7 yet").isEmpty();

        Gil gil = new Gil(7, GilMode.ON);
        CountDownLatch holding = new CountDownLatch(1);
        Thread holder = thread("worker", () -> {
            ThreadState ts = ThreadState.attach(gil, "worker");
            ts.setFrame(new Frame(new Frame(null, "<module>", "w.py", 3), "spin", "w.py", 1));
            ts.takeGil();
            holding.countDown();
            try {
                Thread.sleep(60_000); // holds the GIL and never polls the eval breaker: the waiter waits
            } catch (InterruptedException e) {
                ts.dropGil();
                ts.detach();
            }
        });
        holding.await();
        Thread waiter = thread("waiter", () -> {
            ThreadState ts = ThreadState.attach(gil, "waiter");
            ts.setFrame(new Frame(null, "fetch", "r.py", 5));
            ts.takeGil();
            ts.dropGil();
            ts.detach();
        });
        // from the moment the waiter waits, not from its start: at load 40 a new thread can take a
        // good part of a second to run, and the waits asserted below would then fall short
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (gil.waiters() < 1 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        Thread.sleep(2300); // two of the agent's one-second windows
        try {
            GilSample s = source.sample().orElseThrow();
            assertThat(s.interpreterId()).isEqualTo(7);
            assertThat(s.mode()).isEqualTo("on");
            assertThat(s.switchIntervalSeconds()).isEqualTo(0.005);
            assertThat(s.knockRatio()).as("knock=off").isNaN();
            assertThat(s.holderThread()).isEqualTo("worker");
            assertThat(s.holderFunction()).isEqualTo("spin (w.py:1)");
            assertThat(s.held()).isGreaterThan(0.99);
            assertThat(s.contention()).isGreaterThan(0.99);
            assertThat(s.heldSecondsTotal()).isGreaterThan(2.0);
            assertThat(s.waitSecondsTotal()).isGreaterThan(1.5);
            assertThat(s.contendedSecondsTotal()).isGreaterThan(1.5);
            assertThat(s.wallSecondsTotal()).isGreaterThanOrEqualTo(s.heldSecondsTotal());
            assertThat(s.acquisitionsTotal()).isEqualTo(1);
            ThreadSample w = find(s, "worker");
            assertThat(w.status()).isEqualTo(ThreadStatus.HOLD);
            assertThat(w.stack()).containsExactly("spin (w.py:1)", "<module> (w.py:3)");
            assertThat(w.function()).isEqualTo("spin (w.py:1)");
            assertThat(w.acquisitionsTotal()).isEqualTo(1);
            assertThat(w.held()).isGreaterThan(0.99);
            assertThat(w.waitHistogram().exact()).as("the agent's per-wait counts came through the open types").isTrue();
            assertThat(w.waitHistogram().total()).isEqualTo(1);
            assertThat(w.waitHistogram().buckets()).isGreaterThan(10); // the agent's buckets, not top's coarse ones
            ThreadSample r = find(s, "waiter");
            assertThat(r.status()).isEqualTo(ThreadStatus.WAIT);
            assertThat(r.stack()).containsExactly("fetch (r.py:5)");
            assertThat(r.waiting()).isGreaterThan(0.99);
            assertThat(r.acquisitionsTotal()).isZero();
            assertThat(r.waitHistogram().exact()).isTrue();
            assertThat(r.waitHistogram().total()).as("a wait still in flight is not counted yet").isZero();
            source.resetWindows();
        } finally {
            holder.interrupt();
            holder.join(5000);
            waiter.join(5000);
            gil.close();
        }
    }

    private static ThreadSample find(GilSample s, String name) {
        return s.threads().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
    }

    private static Thread thread(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        t.start();
        return t;
    }
}
