package dev.gilspy.agent.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Workloads whose answer is known, measured by the agent loaded with {@code -javaagent}. */
class MetricsIT {
    /** How far gilknocker's estimate may be from the exact contention on a saturated GIL. */
    static final double KNOCK_TOLERANCE = 0.4;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void twoCpuBoundThreadsContendAllTheTimeAndTheKnockerAgrees() throws Exception {
        ChildJvm.Result r = ChildJvm.run(List.of(ChildJvm.agentArg("quiet")), "CpuPair", "1500");
        assertThat(r.exit()).as(r.toString()).isZero();
        Map<String, Double> v = r.values();
        assertThat(v.get("held")).as(r.toString()).isGreaterThan(0.85).isLessThanOrEqualTo(1.0);
        assertThat(v.get("contention")).as(r.toString()).isGreaterThanOrEqualTo(0.9);
        assertThat(v.get("waiters")).as(r.toString()).isGreaterThan(0.8);
        assertThat(v.get("knock")).as(r.toString()).isCloseTo(v.get("contention"), within(KNOCK_TOLERANCE));
        assertThat(r.stderr()).as(r.toString()).doesNotContain("gilspy-agent:");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void sleepersBesideOneSpinnerWaitLittle() throws Exception {
        ChildJvm.Result r = ChildJvm.run(List.of(ChildJvm.agentArg("quiet,knock=off")), "SleepersAndSpinner", "1500");
        assertThat(r.exit()).as(r.toString()).isZero();
        Map<String, Double> v = r.values();
        assertThat(v.get("thread.spinner.held")).as(r.toString()).isGreaterThan(0.6);
        // The control: how much of its holding time the spinner was on a CPU. On an idle machine
        // about all of it; on a loaded one the holder is often preempted while it holds, and no
        // drop request can reach it until the OS runs it again, so every sleeper waits that long too.
        double onCpuWhileHolding = Math.min(1.0, v.get("python_cpu_per_wall") / v.get("held"));
        for (int i = 1; i <= 3; i++) {
            // A sleeper wakes every 50 ms and waits at most about one 5 ms switch interval of the
            // spinner's running time for it.
            assertThat(v.get("thread.sleeper-" + i + ".wait") * onCpuWhileHolding)
                .as("sleeper-%d's wait, scaled by the holder's time on a CPU (%.2f): %s", i, onCpuWhileHolding, r)
                .isLessThan(0.25);
        }
        assertThat(Double.isNaN(v.get("knock"))).as("knocker off: no knock ratio").isTrue();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void ioOnlyHoldsAlmostNothing() throws Exception {
        ChildJvm.Result r = ChildJvm.run(List.of(ChildJvm.agentArg("quiet,metrics=127.0.0.1:0")), "IoOnly", "1500");
        assertThat(r.exit()).as(r.toString()).isZero();
        Map<String, Double> v = r.values();
        assertThat(v.get("held")).as(r.toString()).isLessThan(0.05);
        assertThat(v.get("contention")).as(r.toString()).isLessThan(0.05);
        assertThat(v.get("knock")).as(r.toString()).isLessThan(0.1);
        // The same counters over OpenMetrics, on loopback.
        assertThat(r.stdout()).as(r.toString())
                .contains("om: content-type application/openmetrics-text; version=1.0.0; charset=utf-8")
                .contains("om: # TYPE gilspy_gil_held_seconds counter")
                .containsPattern("om: gilspy_gil_acquisitions_total\\{interpreter=\"0\"\\} [1-9][0-9]*")
                .containsPattern("om: gilspy_thread_wait_seconds_total\\{interpreter=\"0\",thread=\"io-1\",ident=\"[0-9]+\"\\} ")
                .contains("om: # EOF");
    }
}
