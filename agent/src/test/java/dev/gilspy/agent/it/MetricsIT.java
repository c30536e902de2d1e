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
    void twoCpuBoundThreadsContendAllTheTime() throws Exception {
        ChildJvm.Result r = ChildJvm.run(List.of(ChildJvm.agentArg("quiet,delay=0")), "CpuPair", "1500");
        assertThat(r.exit()).as(r.toString()).isZero();
        Map<String, Double> v = r.values();
        assertThat(v.get("held")).as(r.toString()).isGreaterThan(0.85).isLessThanOrEqualTo(1.0);
        assertThat(v.get("contention")).as(r.toString()).isGreaterThanOrEqualTo(0.9);
        assertThat(v.get("waiters")).as(r.toString()).isGreaterThan(0.8);
        assertThat(r.stderr()).as(r.toString()).doesNotContain("gilspy-agent:");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void theKnockerAgreesOnASaturatedGil() throws Exception {
        ChildJvm.Result r = ChildJvm.run(List.of(ChildJvm.agentArg("quiet,delay=0,knock=1ms")), "CpuPair", "1500");
        assertThat(r.exit()).as(r.toString()).isZero();
        Map<String, Double> v = r.values();
        assertThat(v.get("contention")).as(r.toString()).isGreaterThanOrEqualTo(0.75);
        assertThat(v.get("knock")).as(r.toString()).isCloseTo(v.get("contention"), within(KNOCK_TOLERANCE));
        assertThat(r.stderr()).as(r.toString()).doesNotContain("gilspy-agent:");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void sleepersBesideOneSpinnerWaitLittle() throws Exception {
        ChildJvm.Result r = ChildJvm.run(List.of(ChildJvm.agentArg("quiet,delay=0,knock=off")), "SleepersAndSpinner", "1500");
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
        assertThat(v.get("knock_ratio_attribute")).as("KnockRatio when off: -1, never NaN").isEqualTo(-1.0);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void ioOnlyHoldsAlmostNothing() throws Exception {
        ChildJvm.Result r = ChildJvm.run(List.of(ChildJvm.agentArg("quiet,delay=0,metrics=127.0.0.1:0")), "IoOnly", "1500");
        assertThat(r.exit()).as(r.toString()).isZero();
        Map<String, Double> v = r.values();
        assertThat(v.get("held")).as(r.toString()).isLessThan(0.05);
        assertThat(v.get("contention")).as(r.toString()).isLessThan(0.05);
        assertThat(v.get("knock_ratio_attribute")).as("the knocker is off by default").isEqualTo(-1.0);
        // The same counters over OpenMetrics, on loopback.
        assertThat(r.stdout()).as(r.toString())
                .contains("om: content-type application/openmetrics-text; version=1.0.0; charset=utf-8")
                .contains("om: # TYPE gilspy_gil_held_seconds counter")
                .containsPattern("om: gilspy_gil_acquisitions_total\\{interpreter=\"0\"\\} [1-9][0-9]*")
                .containsPattern("om: gilspy_thread_wait_seconds_total\\{ident=\"[0-9]+\",interpreter=\"0\",thread=\"io-1\"\\} ")
                .containsPattern("om: gilspy_gil_wait_duration_seconds_count\\{interpreter=\"0\"\\} [1-9][0-9]*")
                .contains("om: # UNIT gilspy_gil_held_seconds seconds")
                .contains("om: # EOF");
        assertThat(r.stdout().lines().filter(l -> l.startsWith("om: ")))
                .noneMatch(l -> l.contains("knock_ratio") || l.contains("NaN"));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void theKnockersDropRequestsAreNotTheProgramsAndItsWaitsAreNotThreads() throws Exception {
        // One CPU-bound thread alone: no program thread ever waits or asks it to drop, whatever the probe does.
        ChildJvm.Result r = ChildJvm.run(List.of(ChildJvm.agentArg("quiet,delay=0,knock=1ms")), "CpuOne", "1500");
        assertThat(r.exit()).as(r.toString()).isZero();
        Map<String, Double> v = r.values();
        assertThat(v.get("knock_seconds")).as("the probe knocked").isGreaterThan(0.5);
        assertThat(v.get("knock")).as("the probe waited for the holder").isGreaterThan(0.1);
        assertThat(v.get("drop_requests")).as(r.toString()).isZero();
        assertThat(v.get("forced_drops")).as(r.toString()).isZero();
        assertThat(v.get("contention")).as(r.toString()).isLessThan(0.05);
        assertThat(v.keySet()).as("no row for the probe").noneMatch(k -> k.contains("knocker"));
        assertThat(v.get("knock_ratio_attribute")).isBetween(0.0, 1.0);
    }
}
