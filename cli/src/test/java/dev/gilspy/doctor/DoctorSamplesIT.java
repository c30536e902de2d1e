package dev.gilspy.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code gilspy doctor -- sample.py}: the sample apps recorded for real (short runs) and diagnosed as a
 * person would. The thresholds leave room for a loaded 2-core machine (see {@link Thresholds}); on a
 * machine so loaded that the program got well under the core it needed, the doctor says "no verdict"
 * ({@link Diagnosis#starved}), and that answer, and only that one, is accepted instead, and only while
 * the load average shows every CPU busy.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class DoctorSamplesIT {

    static final String NO_VERDICT = "no verdict: the machine was too busy to judge";

    /** The doctor's verdict is {@code expected}, or on a machine with every CPU busy, its "no verdict". */
    private static void assertVerdict(String expected, String... script) throws Exception {
        assertVerdict(expected::equals, script);
    }

    /**
     * A second run when the first gives another verdict: a diagnosis from one short run on a loaded
     * machine can read otherwise, so the first answer is printed with its figures and the second is
     * judged. (2026-12-07, one run in 15 at load 1.6 per CPU: native_work.py release read "CPU-bound
     * in one thread". The cause was the doctor's, since fixed: its sequential native calls were
     * counted as start-up, leaving only the short threaded phase, whose thread starts and exits held
     * the GIL most of the time; DiagnosisTest.nativeCallsBeforeTheThreadsStartAreNotStartUp.)
     */
    private static void assertVerdict(java.util.function.Predicate<String> expected, String... script) throws Exception {
        double before = loadPerCpu();
        String json = doctorJson(script);
        String verdict = verdict(json);
        if (expected.test(verdict)) return;
        System.out.printf("%s: first run's verdict \"%s\" at load %.1f per CPU, run again; its diagnosis: %s%n",
                script[0], verdict, Math.max(before, loadPerCpu()), json);
        before = loadPerCpu();
        json = doctorJson(script);
        verdict = verdict(json);
        if (expected.test(verdict)) return;
        double load = Math.max(before, loadPerCpu());
        assertThat(verdict).as("verdict (load average %.1f per CPU) of %s", load, json).startsWith(NO_VERDICT);
        assertThat(load).as("load average per CPU while the doctor found the machine too busy").isGreaterThanOrEqualTo(1.0);
        System.out.printf("%s: no verdict at load %.1f per CPU (accepted)%n", script[0], load);
    }

    /** The 1-minute load average per CPU, or 0 where the platform has none. */
    static double loadPerCpu() {
        double l = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return l < 0 ? 0 : l / Runtime.getRuntime().availableProcessors();
    }

    private static String verdict(String json) {
        int at = json.indexOf("\"verdict\":\"") + 11;
        return json.substring(at, json.indexOf('"', at));
    }

    private static String doctorJson(String... script) throws Exception {
        String[] args = new String[script.length + 3];
        args[0] = "doctor";
        args[1] = "--json";
        args[2] = "--";
        System.arraycopy(script, 0, args, 3, script.length);
        Jar.Result r = Jar.run(140, args);
        assertThat(r.exitCode()).as(r.err()).isZero();
        String json = r.out().strip();
        assertThat(json).startsWith("{").endsWith("}");
        return json;
    }

    @Test
    void countdownPair() throws Exception {
        // 3 s of counting: the main thread holds the GIL while it imports CPython's threading.py first
        assertVerdict("CPU-bound threads; use processes or free-threading", Jar.sample("countdown_pair.py"), "3");
    }

    @Test
    void ioFetch() throws Exception {
        // fetches of 1.5 s: the main thread first holds the GIL while it imports socket and threading
        assertVerdict("I/O-bound; threads are fine", Jar.sample("io_fetch.py"), "1.5");
    }

    @Test
    void nativeRelease() throws Exception {
        assertVerdict(v -> v.contains("threads work here"), Jar.sample("native_work.py"), "release");
    }

    @Test
    void convoy() throws Exception {
        assertVerdict("convoy; shorten the interval or move the CPU work to a process", Jar.sample("convoy.py"), "0.5");
    }

    @Test
    void textOutputNamesTheFunctions() throws Exception {
        double before = loadPerCpu();
        // -d is a cap the script must end under, or the doctor stops it before it prints its rounds: 20 s was
        // reached at load 43 on 2 cores (the JVM's start, the imports and 3 s of counting), and stderr was empty
        Jar.Result r = Jar.run(240, "doctor", "-d", "180s", "--", Jar.sample("countdown_pair.py"), "3");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("rounds: ");
        if (r.out().contains("Verdict: " + NO_VERDICT)) {
            assertThat(Math.max(before, loadPerCpu())).as("load average per CPU at no verdict: %s", r.out()).isGreaterThanOrEqualTo(1.0);
            assertThat(r.out()).contains("[machine-too-busy]").contains("functions: countdown (");
            return;
        }
        assertThat(r.out()).contains("Verdict: CPU-bound threads").contains("functions: countdown (")
                .contains("do: multiprocessing").contains("expect: ");
        assertThat(r.err()).contains("rounds: "); // the script's own output, kept off stdout
    }
}
