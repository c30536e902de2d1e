package dev.gilspy.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** compare's pure parts: the work line, medians, speedups, the verdict and the variant convention. */
// A guard against a hang only, per test: the slowest case of this class, DiagnosisTest and GraalPyDiagnosisTest
// took 2.3 s at load 22 on 2 cores (a JIT-cold first case).
@Timeout(60)
class ComparisonTest {

    private static Comparison.Row row(String mode, double wall, double work) {
        CompareMode m = CompareMode.all().stream().filter(x -> x.name().equals(mode)).findFirst().orElseThrow();
        return new Comparison.Row(m, wall, 1, 0.5, 100, 5, work, 0, "");
    }

    @Test
    void readsTheWorkLine() {
        assertThat(Comparison.parseWork("hello\nrounds: 252 (127 + 125)\n")).isEqualTo(252);
        assertThat(Comparison.parseWork("work: 1_000\n")).isEqualTo(1000);
        assertThat(Comparison.parseWork("statuses: ok\n")).isNaN();
    }

    @Test
    void mediansIgnoreMissingFigures() {
        assertThat(Comparison.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
        assertThat(Comparison.median(List.of(4.0, 1.0, Double.NaN))).isEqualTo(2.5);
        assertThat(Comparison.median(List.of(Double.NaN))).isNaN();
    }

    @Test
    void speedupByWorkWhenReportedElseByWallTime() {
        assertThat(Comparison.speedup(row("off", 5, 400), row("default", 5, 200))).isEqualTo(2.0);
        assertThat(Comparison.speedup(row("off", 2, Double.NaN), row("default", 4, Double.NaN))).isEqualTo(2.0);
    }

    @Test
    void verdictNamesTheWinnerOrSaysThreadsAreFine() {
        assertThat(Comparison.verdict(List.of(row("default", 5, 200), row("off", 5, 390))))
                .startsWith("Verdict: off is 1.95x the default").contains("use processes or free-threading");
        assertThat(Comparison.verdict(List.of(row("default", 3, Double.NaN), row("off", 2.9, Double.NaN))))
                .contains("no mode is clearly faster").contains("threads are fine");
    }

    private static Comparison.Row onGraalPy(String mode, double work) {
        CompareMode m = CompareMode.all().stream().filter(x -> x.name().equals(mode)).findFirst().orElseThrow();
        return new Comparison.Row(m, 5, 1, 0.5, 20, 50, work, 0, "", 0.1, 3, "graalpy", 50_000_000L);
    }

    @Test
    void aGraalPyTargetGetsGraalPysRemediesNotCPythons() {
        String cpu = Comparison.verdict(List.of(onGraalPy("default", 200), onGraalPy("processes", 390)));
        assertThat(cpu).startsWith("Verdict: processes is 1.95x the default").contains("one context's GIL")
                .contains("its own polyglot Context").contains("sharing one Engine").contains("outside the GIL")
                .doesNotContain("free-threading").doesNotContain("setswitchinterval(");
        String convoy = Comparison.verdict(List.of(onGraalPy("default", 200), onGraalPy("interval-1ms", 300)));
        assertThat(convoy).contains("GraalPy's release interval (50 ms) is fixed: sys.setswitchinterval is ignored")
                .contains("its own Context").doesNotContain("a shorter interval helps");
        // the same rows measured on gilspy keep gilspy's advice
        assertThat(Comparison.verdict(List.of(row3("default", 200, 0.1), row3("interval-1ms", 300, 0.1))))
                .contains("a shorter interval helps").doesNotContain("Context");
    }

    private static Comparison.Row row3(String mode, double work, double spread) {
        CompareMode m = CompareMode.all().stream().filter(c -> c.name().equals(mode)).findFirst().orElseThrow();
        return new Comparison.Row(m, 3, 1, 0.5, 100, 5, work, 0, "", spread, 3);
    }

    @Test
    void spreadIsTheRangeOverTheMedian() {
        assertThat(Comparison.spread(List.of(1.87, 0.22, 1.89))).isCloseTo((1.89 - 0.22) / 1.87, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(Comparison.spread(List.of(2.0))).isNaN();
        assertThat(Comparison.spread(List.of(2.0, Double.NaN))).isNaN();
    }

    @Test
    void oneRunPerModeSaysItCannotCarryTheVerdict() {
        assertThat(Comparison.verdict(List.of(row("default", 5, 200), row("off", 5, 390))))
                .contains("From 1 run per mode").contains("--runs 3");
        assertThat(Comparison.verdict(List.of(row3("default", 200, 0.05), row3("off", 390, 0.08))))
                .doesNotContain("From").doesNotContain("disagree");
    }

    @Test
    void aWideSpreadIsNamedButTheMedianDecides() {
        // the bad run: off gave 0.22x once among runs of 1.87x; the median keeps the verdict
        String v = Comparison.verdict(List.of(row3("default", 200, 0.04), row3("off", 374, 0.89)));
        assertThat(v).startsWith("Verdict: off is 1.87x the default").contains("Runs disagree: spread off 89%");
    }

    @Test
    void noVerdictWhenTheBaselineOrTheWinnerRunsDisagreeByMoreThanTwofold() {
        assertThat(Comparison.verdict(List.of(row3("default", 200, 2.54), row3("off", 150, 0.32))))
                .startsWith("No verdict: the runs of default disagree too much (spread 254%");
        assertThat(Comparison.verdict(List.of(row3("default", 200, 0.1), row3("off", 400, 1.2))))
                .startsWith("No verdict: the runs of off");
    }

    @Test
    void aFailedRunIsLeftOutOfTheMediansAndNamedButDoesNotFailTheMode() {
        Comparison.Runs runs = new Comparison.Runs(CompareMode.DEFAULT);
        runs.succeeded(2.0, 1.0, "work: 100\n", null);
        runs.failed(1, false);
        runs.succeeded(2.2, 1.0, "work: 110\n", null);
        Comparison.Row r = runs.row();
        assertThat(r.exitCode()).isZero();
        assertThat(r.runs()).isEqualTo(3);
        assertThat(r.work()).isEqualTo(105);
        assertThat(r.wallSeconds()).isCloseTo(2.1, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(r.note()).isEqualTo("exit 1 in 1 of 3 runs");
        // a mode with a failed run is never the winner, however fast its other runs were
        Comparison.Runs off = new Comparison.Runs(CompareMode.all().stream().filter(m -> m.name().equals("off")).findFirst().orElseThrow());
        off.succeeded(2.0, 2.0, "work: 400\n", null);
        off.failed(124, true);
        off.succeeded(2.0, 2.0, "work: 410\n", null);
        assertThat(off.row().note()).isEqualTo("timed out in 1 of 3 runs");
        assertThat(Comparison.verdict(List.of(r, off.row()))).contains("no mode is clearly faster");
    }

    @Test
    void aModeWhoseEveryRunFailedCarriesTheExitCode() {
        Comparison.Runs runs = new Comparison.Runs(CompareMode.DEFAULT);
        runs.failed(2, false);
        runs.failed(3, false);
        Comparison.Row r = runs.row();
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.note()).isEqualTo("exit 3");
        assertThat(r.wallSeconds()).isNaN();
    }

    @Test
    void variantsNeedTheScriptToOfferThem() {
        CompareMode processes = CompareMode.all().stream().filter(m -> m.name().equals("processes")).findFirst().orElseThrow();
        assertThat(processes.env()).isEqualTo(Map.of("GILSPY_COMPARE_MODE", "processes"));
        assertThat(processes.offeredBy("import os\nif os.environ.get('GILSPY_COMPARE_MODE') == 'processes': pass")).isTrue();
        assertThat(processes.offeredBy("import threading")).isFalse();
        assertThat(CompareMode.DEFAULT.offeredBy("anything")).isTrue();
    }
}
