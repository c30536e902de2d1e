package dev.gilspy.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Golden folded stacks of a CPU-bound countdown pair, through the real command, for every mode. */
class CollapsedGoldenTest {
    @TempDir static Path dir;
    static Path jfr;

    @BeforeAll
    static void record() throws Exception {
        jfr = Scenarios.countdownPair(dir.resolve("countdown.jfr"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "countdown-wait.collapsed,          --mode=wait",
            "countdown-wait-threads.collapsed,  --mode=wait --threads",
            "countdown-wait-reverse.collapsed,  --mode=wait --reverse",
            "countdown-hold.collapsed,          --mode=hold",
            "countdown-cpu.collapsed,           --mode=cpu",
            "countdown-wall.collapsed,          --mode=wall",
            "countdown-blame-threads.collapsed, --mode=blame --threads",
    })
    void matchesGolden(String golden, String options) throws IOException {
        Path out = dir.resolve(golden);
        String[] args = (jfr + " -q -o " + out + " " + options).split(" ");
        Commands.Result r = Commands.report(args);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(out)).isEqualTo(resource(golden));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"jdk", "jmc"})
    void bothParsersGiveTheSameStacks(String parser) throws IOException {
        Path out = dir.resolve("parser-" + parser + ".collapsed");
        Commands.Result r = Commands.report(jfr.toString(), "-q", "--parser", parser, "--threads", "-o", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(out)).isEqualTo(resource("countdown-wait-threads.collapsed"));
    }

    static String resource(String name) throws IOException {
        try (InputStream in = CollapsedGoldenTest.class.getResourceAsStream("/report/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
