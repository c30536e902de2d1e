package dev.gilspy.interp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gilspy.interp.RunOptions.Program;
import dev.gilspy.interp.gil.GilMode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Main's argv parser builds one {@link RunOptions}; {@link Main#run(RunOptions, java.io.InputStream, PrintStream, PrintStream)} runs it. */
class RunOptionsTest {
    private static RunOptions parse(String... argv) throws Main.ArgvError {
        return Main.parse(argv);
    }

    @Test
    void optionsComeBeforeTheProgramAndEverythingAfterItIsTheProgramsArguments() throws Exception {
        assertThat(parse("--gil=legacy", "--switch-interval=0.001", "--verbose", "-X", "importtime", "-E", "-u", "app.py", "-v", "--gil=off"))
            .isEqualTo(new RunOptions(GilMode.LEGACY, 0.001, true, "importtime", true, Program.FILE, "app.py", List.of("-v", "--gil=off")));
        assertThat(parse("-c", "print(1)", "a")).isEqualTo(new RunOptions(null, null, false, null, false, Program.COMMAND, "print(1)", List.of("a")));
        assertThat(parse("-Ximporttime=compile", "-m", "json.tool", "--help"))
            .isEqualTo(new RunOptions(null, null, false, "importtime=compile", false, Program.MODULE, "json.tool", List.of("--help")));
        assertThat(parse("--gil=0", "-", "x")).isEqualTo(new RunOptions(GilMode.OFF, null, false, null, false, Program.STDIN, null, List.of("x")));
    }

    @Test
    void sysArgvIsWhatPython3Gives() throws Exception {
        assertThat(parse("app.py", "1").sysArgv()).containsExactly("app.py", "1");
        assertThat(parse("-c", "pass", "1").sysArgv()).containsExactly("-c", "1");
        assertThat(parse("-m", "mod", "1").sysArgv()).containsExactly("mod", "1");
        assertThat(parse("-", "1").sysArgv()).containsExactly("-", "1");
    }

    @Test
    void theOptionsRenderedAsArgvParseBackToThemselves() throws Exception {
        for (String[] argv : List.of(new String[] {"--gil=off", "--switch-interval=0.5", "-X", "importtime", "-E", "app.py", "x"},
                                     new String[] {"--verbose", "-c", "print(2)", "y"}, new String[] {"-m", "json.tool"},
                                     new String[] {"-", "z"})) {
            RunOptions options = parse(argv);
            assertThat(parse(options.argv().toArray(String[]::new))).isEqualTo(options);
        }
    }

    @Test
    void aBadCommandLineExitsWith2AndHelpWith0() {
        assertThatThrownBy(() -> parse("--gil=sometimes", "a.py")).isInstanceOfSatisfying(Main.ArgvError.class, e -> {
            assertThat(e.exitCode).isEqualTo(2);
            assertThat(e.getMessage()).contains("invalid GIL mode");
        });
        assertThatThrownBy(() -> parse("--switch-interval=0", "a.py")).isInstanceOfSatisfying(Main.ArgvError.class,
            e -> assertThat(e.exitCode).isEqualTo(2));
        assertThatThrownBy(() -> parse("-c")).isInstanceOfSatisfying(Main.ArgvError.class,
            e -> assertThat(e.getMessage()).isEqualTo("Argument expected for the -c option"));
        assertThatThrownBy(() -> parse("--bogus", "a.py")).isInstanceOfSatisfying(Main.ArgvError.class,
            e -> assertThat(e.getMessage()).isEqualTo("gilspy: unknown option --bogus"));
        assertThatThrownBy(() -> parse("--verbose")).isInstanceOfSatisfying(Main.ArgvError.class,
            e -> assertThat(e.getMessage()).startsWith("usage: gilspy"));
        assertThatThrownBy(() -> parse("-h")).isInstanceOfSatisfying(Main.ArgvError.class, e -> assertThat(e.exitCode).isZero());
    }

    @Test
    void theRecordRejectsWhatNoCommandLineCanSay() {
        assertThatThrownBy(() -> new RunOptions(null, null, false, null, false, Program.FILE, null, List.of()))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RunOptions(null, -1.0, false, null, false, Program.STDIN, null, List.of()))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRecordBuiltDirectlyRunsWithoutAnyArgv() {
        RunOptions options = new RunOptions(GilMode.LEGACY, 0.002, false, null, false, Program.COMMAND,
            "import sys\nprint(sys.argv, sys.getswitchinterval(), sys.orig_argv[1:3])\nsys.exit(3)", List.of("a", "b"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(options, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("['-c', 'a', 'b'] 0.002 ['--gil=legacy', '--switch-interval=0.002']\n");
        assertThat(exit).isEqualTo(3);
    }
}
