package dev.gilspy.cli.top;

import dev.gilspy.cli.attach.TargetConnection;
import dev.gilspy.cli.testapp.SampledGilStats;
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
 * Decoding through the real MXBean open-type mapping (CompositeData for {@code ThreadGilStats}), on
 * this JVM's platform MBean server: the same bytes top gets over JMX, without a child JVM.
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
    void readsEveryAttributeAndEachThreadsStack() throws Exception {
        Gil gil = new Gil(7, GilMode.ON);
        JmxGilSource source = new JmxGilSource(new ThisJvm(), 7);
        assertThat(source.sample()).as("no MXBean yet").isEmpty();

        SampledGilStats.register(gil);
        CountDownLatch holding = new CountDownLatch(1);
        Thread holder = new Thread(() -> {
            ThreadState ts = ThreadState.attach(gil, "worker");
            ts.setFrame(new Frame(new Frame(null, "<module>", "w.py", 3), "spin", "w.py", 1));
            ts.takeGil();
            holding.countDown();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                ts.dropGil();
                ts.detach();
            }
        }, "worker");
        holder.setDaemon(true);
        holder.start();
        holding.await();
        Thread.sleep(100); // let the sampler see it
        try {
            GilSample s = source.sample().orElseThrow();
            assertThat(s.interpreterId()).isEqualTo(7);
            assertThat(s.mode()).isEqualTo("on");
            assertThat(s.switchIntervalSeconds()).isEqualTo(0.005);
            assertThat(s.knockRatio()).isNaN();
            assertThat(s.holderThread()).isEqualTo("worker");
            assertThat(s.holderFunction()).isEqualTo("spin (w.py:1)");
            assertThat(s.heldSecondsTotal()).isPositive();
            assertThat(s.contendedSecondsTotal()).as("not published by this bean").isNaN();
            ThreadSample t = s.threads().stream().filter(x -> x.name().equals("worker")).findFirst().orElseThrow();
            assertThat(t.status()).isEqualTo(ThreadStatus.HOLD);
            assertThat(t.stack()).containsExactly("spin (w.py:1)", "<module> (w.py:3)");
            assertThat(t.function()).isEqualTo("spin (w.py:1)");
            assertThat(t.acquisitionsTotal()).isEqualTo(1);
            source.resetWindows();
        } finally {
            holder.interrupt();
            holder.join(5000);
            gil.close();
        }
    }
}
