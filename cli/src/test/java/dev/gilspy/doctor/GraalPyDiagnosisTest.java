package dev.gilspy.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The doctor on GraalPy recordings: GraalPy's remedies, its interval's source, start-up told apart. */
// A guard against a hang only, per test: the slowest case of this class, DiagnosisTest and GraalPyDiagnosisTest
// took 2.3 s at load 22 on 2 cores (a JIT-cold first case).
@Timeout(60)
class GraalPyDiagnosisTest {

    private static List<String> ids(Diagnosis d) { return d.findings.stream().map(Finding::id).toList(); }

    /** Two Java workers running CPU-bound Python in one context, switching every 50 ms. */
    private static SyntheticRun graalPyPair(SyntheticRun r, double fromMs, double seconds) {
        String[] t = {"pool-1-thread-1", "pool-1-thread-2"};
        int turn = 0;
        for (double at = fromMs; at + 50 <= fromMs + seconds * 1000; at += 50, turn++) {
            String holder = t[turn % 2];
            String other = t[(turn + 1) % 2];
            r.hold(holder, at, at + 50, "checksum (workload.py:8)", true);
            r.waitFor(other, at, at + 50, "cpu_job (workload.py:15)", holder);
            r.dropRequest(other, at + 49, holder);
        }
        return r;
    }

    @Test
    void cpuBoundThreadsInOneContextGetContextsNotCPythonsRemedies() {
        Diagnosis d = graalPyPair(new SyntheticRun().graalPy(50), 0, 3).diagnose();
        assertThat(d.profile.graalPy()).isTrue();
        assertThat(d.verdict()).isEqualTo("CPU-bound threads share one GraalPy context; give each its own Context");
        Finding f = d.findings.get(0);
        assertThat(f.recommendation()).contains("own polyglot Context").contains("Engine").contains("Java")
                .contains("processes").doesNotContain("python3.13t", "--gil=off", "subinterpreter", "multiprocessing");
        assertThat(f.evidence()).anyMatch(e -> e.contains("at 50 ms"));
        for (Finding any : d.findings) {
            assertThat(any.recommendation()).doesNotContain("python3.13t", "gil=off", "subinterpreters", "setswitchinterval(");
        }
    }

    @Test
    void theSameShapeOnGilspyKeepsCPythonsRemedies() {
        Diagnosis d = SyntheticRun.cpuPair(2, 5).diagnose();
        assertThat(d.profile.graalPy()).isFalse();
        assertThat(d.findings.get(0).recommendation()).contains("python3.13t").doesNotContain("Context");
    }

    @Test
    void aConvoyOnGraalPyIsNotToldToShortenTheInterval() {
        SyntheticRun r = new SyntheticRun().graalPy(50);
        double at = 0;
        for (int i = 0; i < 20; i++) {
            r.sample("io-0", at + 0.5, "IO", "recv (socket.py:1)");
            r.hold("cpu-0", at, at + 50, "spin (app.py:3)", true);
            r.waitFor("io-0", at + 1, at + 50, "handle (app.py:9)", "cpu-0");
            r.dropRequest("io-0", at + 50, "cpu-0");
            r.hold("io-0", at + 50, at + 50.5, "handle (app.py:9)", false);
            at += 50.5;
        }
        Diagnosis d = r.diagnose();
        assertThat(ids(d).get(0)).isEqualTo("convoy");
        assertThat(d.findings.get(0).recommendation()).contains("separate Context").contains("ignored")
                .doesNotContain("sys.setswitchinterval(0");
    }

    @Test
    void contextStartUpIsToldApartFromTheSteadyState() {
        // PyRun.main holds the GIL 3 s creating the context, then two workers fight for 3 s
        SyntheticRun r = new SyntheticRun().graalPy(50);
        r.hold("main", 0, 3000, "[java stack: no Python frame at this GIL take/drop]", false);
        Diagnosis d = graalPyPair(r, 3000, 3).diagnose();
        assertThat(d.startup).isNotNull();
        assertThat(d.startup.nanos()).isEqualTo(3_000_000_000L);
        assertThat(d.verdict()).as("the verdict is the steady state's").startsWith("CPU-bound threads share one GraalPy context");
        assertThat(d.profile.seconds()).isBetween(2.9, 3.1);
        assertThat(ids(d)).endsWith("context-startup").doesNotContain("single-thread-cpu");
        Finding s = d.findings.get(d.findings.size() - 1);
        assertThat(s.evidence().get(0)).startsWith("main alone ran Python for the first 3.00 s = 50% of the recording");

        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        DiagnosisPrinter.text(d, new PrintStream(buf, true, StandardCharsets.UTF_8));
        String text = buf.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("GraalPy, GIL on, switch interval 50 ms (read from GraalPy: AsyncHandler.GIL_RELEASE_DELAY = 50 ms)")
                .contains("start-up: the first 3.00 s (main alone ran Python: context creation) is left out");
        assertThat(DiagnosisPrinter.json(d)).contains("\"target\":\"graalpy\"").contains("\"startupSeconds\":3");
    }

    @Test
    void aSingleThreadedGraalPyProgramHasNoStartUpToLeaveOut() {
        SyntheticRun r = new SyntheticRun().graalPy(50);
        r.hold("main", 0, 3000, "[java stack: no Python frame at this GIL take/drop]", false);
        r.hold("main", 3000, 6000, "work (app.py:5)", false);
        Diagnosis d = r.diagnose();
        assertThat(d.startup).isNull();
        assertThat(d.verdict()).startsWith("CPU-bound in one thread");
    }

    @Test
    void aScriptsSingleThreadedStartUpOnGilspyIsLeftOutOfTheFigures() {
        // a loaded machine stretched countdown_pair.py's imports to 3.3 s of a 6.6 s recording (CI, load 40):
        // over the whole recording contention was 32% and the verdict "no GIL problem found"
        SyntheticRun r = new SyntheticRun().interval(5, "on");
        for (int i = 0; i < 8; i++) r.hold("MainThread", i * 412.5, (i + 1) * 412.5, "<module> (countdown_pair.py:1)", false);
        Diagnosis d = SyntheticRun.cpuPair(r, 3300, 3.3, 5).diagnose();
        assertThat(d.startup).isNotNull();
        assertThat(d.startup.nanos()).isEqualTo(3_300_000_000L);
        assertThat(d.verdict()).isEqualTo("CPU-bound threads; use processes or free-threading");
        assertThat(d.profile.contention).isGreaterThan(0.95);
        assertThat(ids(d)).doesNotContain("context-startup");
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        DiagnosisPrinter.text(d, new PrintStream(buf, true, StandardCharsets.UTF_8));
        assertThat(buf.toString(StandardCharsets.UTF_8))
                .contains("start-up: the first 3.30 s (MainThread alone ran Python: the script's imports and set-up) is left out");
    }

    @Test
    void aLongFirstHoldOnGilspyIsNotCalledContextStartUp() {
        SyntheticRun r = new SyntheticRun().interval(5, "on");
        r.hold("MainThread", 0, 3000, "<module> (app.py:1)", false);
        r.hold("MainThread", 3000, 6000, "work (app.py:5)", false);
        Diagnosis d = r.diagnose();
        assertThat(d.startup).isNull();
        assertThat(ids(d)).doesNotContain("context-startup");
    }

    @Test
    void shortHoldsAroundJavaCallsAreChurnWithTheirCost() {
        // one thread calling Java from Python: 20,000 takes/s, 2 us each, nobody else waiting (issue 576's shape)
        SyntheticRun r = new SyntheticRun().totals("graalpy", 60_000, 120, 3000);
        for (int i = 0; i < 100; i++) r.hold("main", i * 30, i * 30 + 1.5, "call_java (app.py:4)", false);
        Diagnosis d = r.diagnose();
        Finding churn = d.findings.stream().filter(f -> f.id().equals("gil-churn")).findFirst().orElseThrow();
        assertThat(churn.headline()).isEqualTo("GIL churn: 20000 takes/s cost 4% of a CPU; make fewer, larger calls");
        assertThat(churn.evidence()).anyMatch(e -> e.startsWith("2.0 us per take"));
        assertThat(churn.recommendation()).contains("call to Java");
        assertThat(d.profile.acquisitionsPerSecond).isEqualTo(20_000.0);

        Diagnosis few = new SyntheticRun().totals("graalpy", 300, 1, 3000).hold("main", 0, 2, "f (a.py:1)", false).diagnose();
        assertThat(ids(few)).doesNotContain("gil-churn");
    }
}
