package dev.gilspy.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code gilspy doctor -- sample.py}: the sample apps recorded for real (short runs) and diagnosed as a
 * person would. The thresholds leave room for a loaded 2-core machine (see {@link Thresholds}).
 */
@Timeout(value = 150, unit = TimeUnit.SECONDS)
class DoctorSamplesIT {

    private static String verdictOf(String... script) throws Exception {
        String[] args = new String[script.length + 3];
        args[0] = "doctor";
        args[1] = "--json";
        args[2] = "--";
        System.arraycopy(script, 0, args, 3, script.length);
        Jar.Result r = Jar.run(140, args);
        assertThat(r.exitCode()).as(r.err()).isZero();
        String json = r.out().strip();
        assertThat(json).startsWith("{").endsWith("}");
        int at = json.indexOf("\"verdict\":\"") + 11;
        return json.substring(at, json.indexOf('"', at));
    }

    @Test
    void countdownPair() throws Exception {
        // 3 s of counting: the main thread holds the GIL while it imports CPython's threading.py first
        assertThat(verdictOf(Jar.sample("countdown_pair.py"), "3")).isEqualTo("CPU-bound threads; use processes or free-threading");
    }

    @Test
    void ioFetch() throws Exception {
        // fetches of 1.5 s: the main thread first holds the GIL while it imports socket and threading
        assertThat(verdictOf(Jar.sample("io_fetch.py"), "1.5")).isEqualTo("I/O-bound; threads are fine");
    }

    @Test
    void nativeRelease() throws Exception {
        assertThat(verdictOf(Jar.sample("native_work.py"), "release")).contains("threads work here");
    }

    @Test
    void convoy() throws Exception {
        assertThat(verdictOf(Jar.sample("convoy.py"), "0.5")).isEqualTo("convoy; shorten the interval or move the CPU work to a process");
    }

    @Test
    void textOutputNamesTheFunctions() throws Exception {
        Jar.Result r = Jar.run(140, "doctor", "-d", "20s", "--", Jar.sample("countdown_pair.py"), "3");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Verdict: CPU-bound threads").contains("functions: countdown (")
                .contains("do: multiprocessing").contains("expect: ");
        assertThat(r.err()).contains("rounds: "); // the script's own output, kept off stdout
    }
}
