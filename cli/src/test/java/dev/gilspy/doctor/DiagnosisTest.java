package dev.gilspy.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The classifier on exact synthetic event sets: each sample app's shape gets a person's diagnosis. */
// A guard against a hang only, per test: the slowest case of this class, DiagnosisTest and GraalPyDiagnosisTest
// took 2.3 s at load 22 on 2 cores (a JIT-cold first case).
@Timeout(60)
class DiagnosisTest {

    private static List<String> ids(Diagnosis d) { return d.findings.stream().map(Finding::id).toList(); }

    @Test
    void countdownPairIsCpuBoundThreads() {
        Diagnosis d = SyntheticRun.cpuPair(2, 5).diagnose();
        assertThat(d.verdict()).isEqualTo("CPU-bound threads; use processes or free-threading");
        Finding f = d.findings.get(0);
        assertThat(f.evidence()).anyMatch(e -> e.startsWith("contention 100%"));
        assertThat(f.evidence()).anyMatch(e -> e.startsWith("forced drops 200/s = 1.00 x 1/interval"));
        assertThat(f.functions()).anyMatch(fn -> fn.startsWith("countdown (countdown_pair.py:17)"));
        assertThat(f.recommendation()).contains("multiprocessing").contains("free-threading");
        assertThat(ids(d)).contains("hot-function").doesNotContain("io-bound", "convoy", "native-hold");
        assertThat(d.profile.busyThreads()).isEqualTo(2);
    }

    @Test
    void ioFetchIsIoBound() {
        Diagnosis d = SyntheticRun.ioFetch(1).diagnose();
        assertThat(d.verdict()).isEqualTo("I/O-bound; threads are fine");
        assertThat(d.findings.get(0).functions()).containsExactly("recv (<frozen socket>:216)");
        assertThat(d.findings.get(0).recommendation()).contains("threading").contains("asyncio");
        assertThat(ids(d)).containsExactly("io-bound");
    }

    @Test
    void nativeReleaseSaysThreadsWork() {
        Diagnosis d = SyntheticRun.nativeRelease(1).diagnose();
        assertThat(d.verdict()).contains("threads work here");
        assertThat(d.findings.get(0).functions()).containsExactly("compute (<native>:0)");
    }

    @Test
    void nativeHoldIsFoundByIgnoredDropRequests() {
        Diagnosis d = SyntheticRun.nativeHold(8).diagnose();
        assertThat(ids(d).get(0)).isEqualTo("native-hold");
        assertThat(d.profile.longHolds.count()).isEqualTo(8);
        assertThat(d.profile.longHolds.ignoredNanos()).isEqualTo(8 * 95_000_000L);
        assertThat(d.findings.get(0).functions()).containsExactly("work (native_work.py:20)");
        assertThat(d.findings.get(0).recommendation()).contains("releases the GIL");
    }

    @Test
    void longHoldsNobodyAskedToEndAreNotNativeHolds() {
        // the same long holds, but the only requests come from the agent's knocker probe
        SyntheticRun r = new SyntheticRun().interval(5, "on");
        for (int c = 0; c < 8; c++) {
            r.hold("MainThread", c * 100, c * 100 + 100, "work (native_work.py:20)", true);
            r.dropRequest("gilspy-knocker", c * 100 + 5, "MainThread");
        }
        Diagnosis d = r.diagnose();
        assertThat(d.profile.longHolds.count()).isZero();
        assertThat(ids(d)).doesNotContain("native-hold");
    }

    @Test
    void convoyIsTheVerdictOverTheSpinnerFight() {
        Diagnosis d = SyntheticRun.convoy(60).diagnose();
        assertThat(d.verdict()).isEqualTo("convoy; shorten the interval or move the CPU work to a process");
        Finding f = d.findings.get(0);
        assertThat(f.evidence()).anyMatch(e -> e.contains("thread MainThread is an I/O thread"));
        assertThat(f.evidence()).anyMatch(e -> e.startsWith("60 of its waits"));
        assertThat(f.evidence()).anyMatch(e -> e.contains("waits behind spinner-0"));
        assertThat(f.functions()).contains("round_trips (convoy.py:47)", "spin (convoy.py:21)");
    }

    @Test
    void joinIsNotIo() {
        // a main thread blocked in join() is sampled as IO by the interpreter; it must not look like an I/O thread
        SyntheticRun r = SyntheticRun.cpuPair(2, 5);
        for (int i = 0; i < 40; i++) {
            r.sample("MainThread", i * 10, "IO", "join (<frozen threading>:676)");
            r.waitFor("MainThread", i * 10, i * 10 + 5, "join (<frozen threading>:676)", "counter-0");
        }
        Diagnosis d = r.diagnose();
        assertThat(d.verdict()).isEqualTo("CPU-bound threads; use processes or free-threading");
        assertThat(ids(d)).doesNotContain("convoy");
    }

    @Test
    void tinyIntervalWithManySwitches() {
        Diagnosis d = SyntheticRun.cpuPair(1, 0.1).diagnose();
        assertThat(ids(d).get(0)).isEqualTo("interval-too-small");
        assertThat(d.findings.get(0).evidence()).anyMatch(e -> e.startsWith("switch interval 0.10 ms"));
        assertThat(d.profile.switchesPerSecond()).isGreaterThan(9000);
        assertThat(ids(d)).contains("cpu-bound-threads");
    }

    @Test
    void oneBusyThreadIsNotContention() {
        SyntheticRun r = new SyntheticRun().interval(5, "on");
        for (int i = 0; i < 100; i++) r.hold("MainThread", i * 10, i * 10 + 10, "crunch (app.py:3)", false);
        Diagnosis d = r.diagnose();
        assertThat(ids(d)).containsExactly("single-thread-cpu", "hot-function");
    }

    @Test
    void freeThreadedRunHasNothingToFightOver() {
        Diagnosis d = new SyntheticRun().interval(5, "off").hold("t", 0, 10, "f (a.py:1)", false).diagnose();
        assertThat(ids(d)).containsExactly("free-threaded");
    }

    @Test
    void withoutStatsTheDefaultIntervalIsAssumed() {
        SyntheticRun r = new SyntheticRun();
        r.hold("a", 0, 5, "f (a.py:1)", true).waitFor("b", 0, 5, "f (a.py:1)", "a");
        GilProfile p = GilProfile.of(r.measured());
        assertThat(p.intervalKnown).isFalse();
        assertThat(p.intervalNanos).isEqualTo(Thresholds.DEFAULT_INTERVAL_NANOS);
    }

    @Test
    void jsonCarriesVerdictMetricsAndFindings() {
        String json = DiagnosisPrinter.json(SyntheticRun.cpuPair(1, 5).diagnose());
        assertThat(json).startsWith("{\"source\":\"synthetic\",\"verdict\":\"CPU-bound threads; use processes or free-threading\"")
                .contains("\"contention\":1,").contains("\"forcedDropsPerSecond\":200")
                .contains("\"id\":\"cpu-bound-threads\"").endsWith("]}");
    }

    @Test
    void jsonEscapesHostileNames() {
        StringBuilder b = DiagnosisPrinter.quote(new StringBuilder(), "a\"b\\c\nd\u0001");
        assertThat(b.toString()).isEqualTo("\"a\\\"b\\\\c\\nd\\u0001\"");
    }

    /** {@code m} with {@code jdk.CPULoad} points at 1 s and 2 s: the JVM's and the machine's share of 2 CPUs. */
    private static Measured withCpu(Measured m, double jvm, double machine) {
        long t0 = m.events().get(0).start();
        return new Measured(m.source(), m.events(), m.forcedHolds(), m.stats(),
                List.of(new Measured.CpuPoint(t0 + 1_000_000_000L, jvm, machine), new Measured.CpuPoint(t0 + 2_000_000_000L, jvm, machine)), 2);
    }

    @Test
    void aStarvedCpuPairGetsNoVerdict() {
        // held ~100% while the JVM got 0.2 of a core on a saturated machine: the holds measure the scheduler
        Diagnosis d = Diagnosis.of(withCpu(SyntheticRun.cpuPair(2, 5).measured(), 0.10, 1.0));
        assertThat(d.verdict()).startsWith("no verdict: the machine was too busy to judge");
        assertThat(d.findings.get(0).evidence().get(0)).contains("got 0.20 cores");
        assertThat(ids(d)).containsExactly("machine-too-busy", "cpu-bound-threads", "hot-function");
        assertThat(DiagnosisPrinter.json(d)).contains("\"cpuCores\":0.200000,\"machineBusy\":1}");
    }

    @Test
    void aFedOrBlockedHolderKeepsItsVerdict() {
        String cpuBound = "CPU-bound threads; use processes or free-threading";
        // one whole core: the machine is busy, the program is not starved
        assertThat(Diagnosis.of(withCpu(SyntheticRun.cpuPair(2, 5).measured(), 0.5, 1.0)).verdict()).isEqualTo(cpuBound);
        // little CPU but idle CPUs: the holder was blocked holding the GIL, a finding about the program
        assertThat(Diagnosis.of(withCpu(SyntheticRun.cpuPair(2, 5).measured(), 0.10, 0.3)).verdict()).isEqualTo(cpuBound);
        // no CPU points (an attached recording): judged as before
        assertThat(SyntheticRun.cpuPair(2, 5).diagnose().profile.cpuCores).isNaN();
    }

    /**
     * native_work.py release as a loaded machine records it: the imports hold the GIL 1.5 s, the
     * warm-up and four sequential native calls release it 0.3 s each, then four threads make the same
     * calls while the thread starts, the threads' exits and the interpreter's shutdown hold it 0.5 s.
     * Leaving out everything before the first worker's take as start-up left 0.76 s to be judged:
     * held 63%, nobody waiting, "CPU-bound in one thread" (DoctorSamplesIT, once at load 1.6 per CPU;
     * recordings at load 30 with calls of a tenth the size: held 52-56% in 0.7 s). The lone thread's
     * native calls are not start-up: it ends after the imports, since the lone thread held the GIL
     * under half the time from there to the first worker's take.
     */
    @Test
    void nativeCallsBeforeTheThreadsStartAreNotStartUp() {
        SyntheticRun r = new SyntheticRun().interval(5, "on");
        r.hold("MainThread", 0, 1500, "<module> (native_work.py:30)", false);
        for (double at = 10; at < 1500; at += 20) r.sample("MainThread", at, "HOLD", "<module> (native_work.py:30)");
        double at = 1500;
        for (int call = 0; call < 5; call++, at += 300.1) {
            for (double s = at + 10; s < at + 300; s += 20) r.sample("MainThread", s, "NATIVE", "work (native_work.py:19)");
            r.hold("MainThread", at + 300, at + 300.1, "work (native_work.py:19)", false);
        }
        double threads = at;
        for (int i = 0; i < 4; i++) {
            String th = "native-" + i;
            double started = threads + 41 * i;
            r.hold("MainThread", started, started + 40, "start (<frozen threading>:969)", false);
            r.hold(th, started + 40, started + 41, "work (native_work.py:19)", false);
            for (double s = started + 50; s < started + 340; s += 20) r.sample(th, s, "NATIVE", "work (native_work.py:19)");
            r.hold(th, started + 340, started + 345, "worker (native_work.py:42)", false);
        }
        r.hold("MainThread", threads + 468, threads + 800, "<module> (native_work.py:55)", false);
        for (double s = threads + 470; s < threads + 800; s += 20) r.sample("MainThread", s, "HOLD", "<module> (native_work.py:55)");

        Diagnosis d = r.diagnose();
        assertThat(d.verdict()).isEqualTo("native code releases the GIL; threads work here");
        assertThat(d.startup).as("the imports alone are start-up").isNotNull();
        assertThat(d.startup.nanos()).isEqualTo(1_500_000_000L);
        assertThat(d.profile.held).isLessThan(0.3);

        // the threaded phase alone, as the doctor judged it before: the figures that misled it
        GilProfile threaded = GilProfile.of(r.measured().from(SyntheticRun.time(threads + 40)));
        assertThat(threaded.held).isGreaterThan(0.6);
        assertThat(Diagnosis.of(threaded).verdict()).startsWith("CPU-bound in one thread");
    }

    @Test
    void aReleaseFollowedByMoreImportsDoesNotEndTheStartUp() {
        SyntheticRun r = new SyntheticRun().interval(5, "on");
        r.hold("MainThread", 0, 1000, "<module> (countdown_pair.py:1)", false);
        r.hold("MainThread", 1300, 3300, "<module> (countdown_pair.py:1)", false); // a slow read, then 2 s more imports
        Diagnosis d = SyntheticRun.cpuPair(r, 3300, 3.3, 5).diagnose();
        assertThat(d.startup.nanos()).isEqualTo(3_300_000_000L);
        assertThat(d.startup.holds()).isEqualTo(2);
        assertThat(d.verdict()).isEqualTo("CPU-bound threads; use processes or free-threading");

        // the same imports, then 2 s asleep but for a 0.9 s hold: held 45% of the time after the imports
        SyntheticRun slept = new SyntheticRun().interval(5, "on");
        slept.hold("MainThread", 0, 1000, "<module> (countdown_pair.py:1)", false);
        slept.hold("MainThread", 2000, 2900, "<module> (countdown_pair.py:1)", false);
        GilProfile.Startup s = SyntheticRun.cpuPair(slept, 3000, 3.3, 5).diagnose().startup;
        assertThat(s.nanos()).isEqualTo(1_000_000_000L);
        assertThat(s.holds()).isEqualTo(1);
    }
}
