package dev.gilspy.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import dev.gilspy.agent.jfr.GilHoldEvent;
import dev.gilspy.agent.jfr.GilStatsEvent;
import dev.gilspy.agent.jfr.GilWaitEvent;
import dev.gilspy.cli.GilspyCommand;
import jdk.jfr.Event;
import jdk.jfr.Name;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** doctor and compare on real JFR files and on bad input: one line, the documented exit code. */
// A guard against a hang only, per test: doctorOnARecordingPrintsTextAndJson took 12.8 s at load 22 on 2 cores.
@Timeout(120)
class DoctorInputsTest {
    @TempDir Path dir;

    record Outcome(int code, String out, String err) {}

    private static Outcome gilspy(String... args) {
        java.io.PrintStream oldOut = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(out, true)); // before the commands are built: they keep System.out
        try {
            CommandLine cmd = GilspyCommand.commandLine();
            StringWriter err = new StringWriter();
            cmd.setErr(new PrintWriter(err, true));
            int code = cmd.execute(args);
            return new Outcome(code, out.toString(), err.toString());
        } finally {
            System.setOut(oldOut);
        }
    }

    private static void assertOneLineError(Outcome o, int code, String fragment) {
        assertThat(o.code()).as(o.err()).isEqualTo(code);
        assertThat(o.err()).contains(fragment).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(o.err().strip().lines().filter(l -> !l.startsWith("Try '")).count()).isEqualTo(1);
    }

    @Name("test.Other")
    static final class OtherEvent extends Event {}

    /** A real recording with the agent's event classes: one forced hold, one wait, one GilStats. */
    private Path gilRecording() throws Exception {
        Path file = dir.resolve("real.jfr");
        try (Recording r = new Recording()) {
            r.enable(GilHoldEvent.class).withThreshold(java.time.Duration.ZERO);
            r.enable(GilWaitEvent.class).withThreshold(java.time.Duration.ZERO);
            r.enable(GilStatsEvent.class).withoutThreshold();
            r.start();
            GilWaitEvent w = new GilWaitEvent();
            GilHoldEvent h = new GilHoldEvent();
            w.begin();
            h.begin();
            Thread.sleep(12);
            h.pythonThread = "a";
            h.pythonStack = "countdown (c.py:3)\n<module> (c.py:9)";
            h.forced = true;
            h.commit();
            w.pythonThread = "b";
            w.pythonStack = "countdown (c.py:3)";
            w.holderThread = "a";
            w.commit();
            GilHoldEvent voluntary = new GilHoldEvent();
            voluntary.begin();
            Thread.sleep(2);
            voluntary.pythonThread = "b";
            voluntary.pythonStack = "countdown (c.py:3)";
            voluntary.commit();
            GilStatsEvent s = new GilStatsEvent();
            s.mode = "on";
            s.switchInterval = 2_000_000; // nanoseconds, as the agent writes it
            s.commit();
            r.stop();
            r.dump(file);
        }
        return file;
    }

    @Test
    void readsForcedFlagsAndTheSwitchIntervalFromARealRecording() throws Exception {
        Measured m = DoctorRecordingReader.read(gilRecording());
        assertThat(m.forcedHolds().get(0)).isTrue();
        assertThat(m.forcedHolds().get(1)).isFalse();
        assertThat(m.stats()).singleElement().satisfies(s -> {
            assertThat(s.mode()).isEqualTo("on");
            assertThat(s.intervalNanos()).isEqualTo(2_000_000L);
        });
        GilProfile p = GilProfile.of(m);
        assertThat(p.forcedDrops).isEqualTo(1);
        assertThat(p.holds).isEqualTo(2);
    }

    @Test
    void doctorOnARecordingPrintsTextAndJson() throws Exception {
        Path file = gilRecording();
        Outcome text = gilspy("doctor", file.toString());
        assertThat(text.code()).as(text.err()).isZero();
        assertThat(text.out()).contains("gilspy doctor: real.jfr").contains("switch interval 2.0 ms").contains("Verdict: ");
        Outcome json = gilspy("doctor", "--json", file.toString());
        assertThat(json.code()).isZero();
        assertThat(json.out().strip()).startsWith("{\"source\":\"real.jfr\"").endsWith("]}");
    }

    @Test
    void notJfr() throws Exception {
        Path f = Files.writeString(dir.resolve("notes.jfr"), "hello, not a recording\n");
        assertOneLineError(gilspy("doctor", f.toString()), 1, "not a JFR recording");
    }

    @Test
    void emptyFile() throws Exception {
        Path f = Files.createFile(dir.resolve("empty.jfr"));
        assertOneLineError(gilspy("doctor", f.toString()), 1, "the file is empty");
    }

    @Test
    void missingFile() {
        assertOneLineError(gilspy("doctor", dir.resolve("nope.jfr").toString()), 1, "no such file");
    }

    @Test
    void truncated() throws Exception {
        byte[] all = Files.readAllBytes(gilRecording());
        Path f = Files.write(dir.resolve("cut.jfr"), Arrays.copyOf(all, all.length / 2));
        assertOneLineError(gilspy("doctor", f.toString()), 1, "truncated or corrupt");
    }

    @Test
    void noGilspyEvents() throws Exception {
        Path f = dir.resolve("other.jfr");
        try (Recording r = new Recording()) {
            r.enable(OtherEvent.class);
            r.start();
            new OtherEvent().commit();
            r.stop();
            r.dump(f);
        }
        assertOneLineError(gilspy("doctor", f.toString()), 1, "no gilspy events");
    }

    @Test
    void usageErrors() throws Exception {
        assertOneLineError(gilspy("doctor"), 2, "give a recording");
        assertOneLineError(gilspy("doctor", "-p", "1", "x.jfr"), 2, "not both");
        assertOneLineError(gilspy("doctor", "-d", "soon", "x.jfr"), 2, "is not a duration");
        assertOneLineError(gilspy("doctor", "a.jfr", "b.jfr"), 2, "one recording at a time");
        assertOneLineError(gilspy("doctor", "--", dir.resolve("missing.py").toString()), 2, "no such script");
        assertOneLineError(gilspy("compare"), 2, "Missing required parameter");
        assertOneLineError(gilspy("compare", dir.resolve("missing.py").toString()), 2, "no such script");
        Path script = Files.writeString(dir.resolve("s.py"), "print(1)\n");
        assertOneLineError(gilspy("compare", "--runs", "0", script.toString()), 2, "--runs must be at least 1");
        assertOneLineError(gilspy("compare", "--only", "turbo", script.toString()), 2, "unknown mode 'turbo'");
        assertOneLineError(gilspy("compare", "--only", "processes", script.toString()), 2, "offers no processes variant");
        assertOneLineError(gilspy("compare", "--timeout", "-1s", script.toString()), 2, "is not a duration");
    }
}
