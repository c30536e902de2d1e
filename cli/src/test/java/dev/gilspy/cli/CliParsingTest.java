package dev.gilspy.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import dev.gilspy.interp.RunOptions;
import dev.gilspy.interp.gil.GilMode;
import picocli.CommandLine;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Parsing only: none of these attaches to anything or runs a script. */
class CliParsingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "top                          | gilspy top: Missing required parameter: 'PID'",
        "top abc                      | gilspy top: invalid PID: 'abc' is not a whole number",
        "top -i x 12                  | gilspy top: invalid --interval: 'x' is not a duration (use seconds like 0.5, or 500ms, 2s, 1m)",
        "top -i 0 12                  | gilspy top: invalid --interval: '0' is out of range (50ms to 1h)",
        "record -o out.xyz -- x.py    | gilspy record: cannot tell the format of 'out.xyz': name it .svg, .html, .collapsed, .json, .trace.json, .timeline.html, .pb.gz or .jfr, or give -f FORMAT",
        "record -p x                  | gilspy record: invalid --pid: 'x' is not a whole number",
        "report --top 0 x.jfr         | gilspy report: --top must be at least 1",
        "top -i 10ms 12               | gilspy top: invalid --interval: '10ms' is out of range (50ms to 1h)",
        "top -n -1 12                 | gilspy top: -n must be 0 or more, not -1",
        "top -n many 12               | gilspy top: invalid --iterations: 'many' is not a whole number",
        "top 0                        | gilspy top: PID must be a positive number, not 0",
        "top --frobnicate 12          | gilspy top: Unknown option: '--frobnicate'",
        "list extra                   | gilspy list: Unmatched argument at index 1: 'extra'",
        "demo -n 0                    | gilspy demo: -n must be at least 1, not 0",
        "bogus                        | gilspy: unknown command 'bogus' (the commands are run, top, list, demo, record, report, doctor, compare)",
        "run --gil x.py               | gilspy run: invalid --gil: 'x.py' is not a GIL mode (expected on, legacy or off)",
        "run --frob x.py              | gilspy run: unknown option '--frob'",
        "run                          | gilspy run: Missing required parameter: 'FILE.py'",
        "run --gil=maybe x.py         | gilspy run: invalid --gil: 'maybe' is not a GIL mode (expected on, legacy or off)",
        "run --switch-interval=0 x.py | gilspy run: invalid --switch-interval: '0': switch interval must be positive (e.g. 0.005)",
        "run --switch-interval=x x.py | gilspy run: invalid --switch-interval: 'x' is not a number of seconds (e.g. 0.005)",
    })
    void badUsageIsExit2WithOneLineAndAPointerToHelp(String args, String message) {
        CliRunner r = CliRunner.run(args.trim().split("\\s+"));
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.errLines()).hasSize(2);
        assertThat(r.errLines()[0]).isEqualTo(message.trim());
        String command = message.substring(0, message.indexOf(':')).trim();
        assertThat(r.errLines()[1]).isEqualTo("Try '" + command + " --help' for more information.");
        assertThat(r.out()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "run", "top", "list", "demo", "record", "report"})
    void helpAndVersionWorkEverywhere(String command) {
        String[] prefix = command.isEmpty() ? new String[0] : new String[] {command};
        CliRunner help = CliRunner.run(concat(prefix, "--help"));
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).startsWith("Usage: gilspy" + (command.isEmpty() ? "" : " " + command));
        CliRunner version = CliRunner.run(concat(prefix, "--version"));
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("gilspy ");
    }

    @Test
    void recordOfAMissingScriptFailsBeforeLaunchingAnything() {
        CliRunner r = CliRunner.run("record", "-o", "x.svg", "--", "no-such-script.py");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(r.errLines()).containsExactly("gilspy record: no-such-script.py: no such file");
    }

    @Test
    void runOfASyntaxErrorExits1WithCPythonsReport(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path script = dir.resolve("syn.py");
        java.nio.file.Files.writeString(script, "def f(:\n    pass\n");
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream saved = System.err;
        CliRunner r;
        System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            r = CliRunner.run("run", script.toString());
        } finally {
            System.setErr(saved);
        }
        String all = r.err() + err.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(all).contains("line 1").contains("SyntaxError").doesNotContain("\tat ");
    }

    @Test
    void plainRewordsJavaTypesInParseErrors() {
        assertThat(ExitCodeMapper.plain("Invalid value for positional parameter at index 0 (PID): 'abc' is not a long"))
                .isEqualTo("invalid PID: 'abc' is not a whole number");
        assertThat(ExitCodeMapper.plain("Missing required parameter: 'PID'")).isEqualTo("Missing required parameter: 'PID'");
    }

    @Test
    void gilspyAloneShowsUsageAndExits2() {
        CliRunner r = CliRunner.run();
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("Commands:", "run", "top", "list", "demo");
    }

    @Test
    void topOptionsParse() {
        CommandLine cmd = GilspyCommand.commandLine();
        CommandLine.ParseResult pr = cmd.parseArgs("top", "-b", "-n", "3", "-i", "250ms", "--interpreter=2", "4711");
        TopCommand top = (TopCommand) pr.subcommand().commandSpec().userObject();
        assertThat(top.pid).isEqualTo(4711);
        assertThat(top.batch).isTrue();
        assertThat(top.iterations).isEqualTo(3);
        assertThat(top.interval).isEqualTo(Duration.ofMillis(250));
        assertThat(top.interpreter).isEqualTo(2);

        TopCommand defaults = (TopCommand) GilspyCommand.commandLine().parseArgs("top", "1").subcommand().commandSpec().userObject();
        assertThat(defaults.interval).isEqualTo(Duration.ofSeconds(1));
        assertThat(defaults.iterations).isZero();
    }

    @Test
    void intervalsTakeSecondsOrUnits() {
        DurationConverter.RefreshInterval c = new DurationConverter.RefreshInterval();
        assertThat(c.convert("0.5")).isEqualTo(Duration.ofMillis(500));
        assertThat(c.convert("2s")).isEqualTo(Duration.ofSeconds(2));
        assertThat(c.convert("1m")).isEqualTo(Duration.ofMinutes(1));
        assertThat(c.convert("100ms")).isEqualTo(Duration.ofMillis(100));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "hello.py                                                     | hello.py",
        "--gil=LEGACY --switch-interval 0.001 prog.py -v --gil=off x | --gil=legacy --switch-interval=0.001 prog.py -v --gil=off x",
        "--gil 0 --switch-interval=1e-3 prog.py                       | --gil=off --switch-interval=0.001 prog.py",
        "-v --switch-interval=5 prog.py a b                           | --switch-interval=5.0 --verbose prog.py a b",
        "--verbose -- -weird.py                                       | --verbose -weird.py",
        "--gil=on - a b                                               | --gil=on - a b",
        "-X importtime -m json.tool --help                            | -Ximporttime -m json.tool --help",
        "-Ximporttime=compile -E -c pass -v                           | -Ximporttime=compile -E -c pass -v",
        "--gil=off -u -m http.server -v                               | --gil=off -m http.server -v",
    })
    void runOptionsAreParsedOnceAndTheScriptsArgumentsPassedThrough(String line, String argv) throws Exception {
        RunOptions parsed = RunCommandOptions.parse(List.of(line.trim().split(" ")));
        assertThat(parsed.argv()).containsExactly(argv.trim().split(" "));
        // picocli's path reaches the same parser
        RunCommand viaPicocli = (RunCommand) GilspyCommand.runCommandLine().parseArgs(line.trim().split(" ")).commandSpec().userObject();
        assertThat(viaPicocli.options()).isEqualTo(parsed);
    }

    @Test
    void runBuildsTheInterpretersRunOptionsDirectly() throws Exception {
        assertThat(RunCommandOptions.parse(List.of("--gil", "legacy", "-X", "importtime", "-E", "-B", "-Xfrozen_modules=off", "-m", "mod", "a")))
                .isEqualTo(new RunOptions(GilMode.LEGACY, null, false, "importtime", true, RunOptions.Program.MODULE, "mod", List.of("a")));
        assertThat(RunCommandOptions.parse(List.of("--verbose", "--", "-weird.py", "-c")))
                .isEqualTo(new RunOptions(null, null, true, null, false, RunOptions.Program.FILE, "-weird.py", List.of("-c")));
        assertThat(RunCommandOptions.parse(List.of("--switch-interval=0.25", "-c", "pass")))
                .isEqualTo(new RunOptions(null, 0.25, false, null, false, RunOptions.Program.COMMAND, "pass", List.of()));
        assertThat(RunCommandOptions.parse(List.of("-", "x")))
                .isEqualTo(new RunOptions(null, null, false, null, false, RunOptions.Program.STDIN, null, List.of("x")));
    }

    @Test
    void listCutsLongCommandLinesUnlessAskedNotTo() {
        var entry = new ListCommand.JvmEntry(42, "x".repeat(200), true, false, "on");
        assertThat(ListCommand.format(entry, ListCommand.COMMAND_WIDTH))
                .isEqualTo("      42  yes     no     on      " + "x".repeat(89) + "~");
        assertThat(ListCommand.format(new ListCommand.JvmEntry(7, "", null, null, null), 90))
                .isEqualTo("       7  ?       ?      ?       ?");
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
