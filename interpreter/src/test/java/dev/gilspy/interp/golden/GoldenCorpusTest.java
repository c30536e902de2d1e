package dev.gilspy.interp.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The corpus itself is well formed: enough programs, each with CPython's expectations, helpers excluded. */
class GoldenCorpusTest {
    private final Path root = GoldenCorpus.root();
    private final List<GoldenProgram> all = GoldenCorpus.programs(root, Pattern.compile(""));

    @Test
    void hasAtLeast170ProgramsEachWithExpectations() {
        assertThat(all).hasSizeGreaterThanOrEqualTo(170);
        assertThat(all).filteredOn(p -> !p.hasExpectations()).extracting(GoldenProgram::relativePath).isEmpty();
    }

    @Test
    void helperModulesAreNotPrograms() {
        assertThat(all).extracting(GoldenProgram::relativePath)
                .contains("imports/002_local_module.py")
                .noneMatch(p -> p.contains("/mod_") || p.contains("/_lib/"));
    }

    @Test
    void filterSelectsBySubstringOfThePath() {
        List<GoldenProgram> threading = GoldenCorpus.programs(root, Pattern.compile("^threading/"));
        assertThat(threading).isNotEmpty().allMatch(p -> p.relativePath().startsWith("threading/"));
    }

    @Test
    void expectationsReadBackAsWritten() {
        GoldenProgram exit3 = byPath("errors/008_sys_exit_3.py");
        assertThat(exit3.expectedExit()).isEqualTo(3);
        assertThat(exit3.expectedStdout()).isEqualTo("exiting with 3\n");
        GoldenProgram args = byPath("modules/014_sys_argv_args.py");
        assertThat(args.args()).containsExactly("alpha", "42", "beta gamma", "-7");
    }

    @Test
    void maskReplacesEveryFloatLookingNumber() {
        GoldenProgram timed = byPath("seed/001_countdown.py");
        assertThat(timed.mask("Single: 1.52s python 3.11.7 n=3")).isEqualTo("Single: <F>s python <F> n=3");
        assertThat(byPath("errors/008_sys_exit_3.py").mask("1.5")).isEqualTo("1.5");
    }

    private GoldenProgram byPath(String rel) {
        return all.stream().filter(p -> p.relativePath().equals(rel)).findFirst().orElseThrow();
    }
}
