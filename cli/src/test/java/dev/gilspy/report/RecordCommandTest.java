package dev.gilspy.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import javax.management.MBeanServerConnection;

import dev.gilspy.agent.jfr.GilWaitEvent;
import dev.gilspy.cli.RecordCommand;
import dev.gilspy.attach.TargetConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * {@code record -p}: the real FlightRecorderMXBean of this very JVM (reached through its platform
 * MBean server, which is what an attached connection gives), recording events a thread commits.
 */
class RecordCommandTest {
    @TempDir Path dir;

    /** A connection to this JVM: the real MBean server, no attach needed. */
    private static TargetConnection self(BooleanSupplier alive) {
        return new TargetConnection() {
            public long pid() { return ProcessHandle.current().pid(); }
            public String mainClass() { return "test"; }
            public String jvmVersion() { return System.getProperty("java.version"); }
            public MBeanServerConnection mbeans() { return ManagementFactory.getPlatformMBeanServer(); }
            public boolean isAlive() { return alive.getAsBoolean(); }
            public void close() {}
        };
    }

    record Result(int exit, String err) {}

    private static Result record(dev.gilspy.record.Recorder.Attacher attacher, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        CommandLine cl = new CommandLine(new RecordCommand(attacher, e, e));
        cl.setErr(new java.io.PrintWriter(e, true));
        cl.setErr(new java.io.PrintWriter(e, true));
        dev.gilspy.cli.ExitCodeMapper.install(cl);
        return new Result(cl.execute(args), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void attachRecordsTheGilspyEventsOverJmx() throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        Thread python = new Thread(() -> {
            while (running.get()) {
                GilWaitEvent e = new GilWaitEvent();
                e.begin();
                e.pythonThread = "Thread-1";
                e.pythonStack = "spin (x.py:1)\n<module> (x.py:5)";
                e.holderThread = "MainThread";
                try {
                    Thread.sleep(2);
                } catch (InterruptedException ex) {
                    return;
                }
                e.commit();
            }
        });
        python.start();
        Path out = dir.resolve("self.collapsed");
        try {
            Result r = record(pid -> self(() -> true), "-p", "1", "-d", "700ms", "-o", out.toString());
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.err()).contains("wrote " + out);
        } finally {
            running.set(false);
            python.join();
        }
        assertThat(Files.readString(out)).startsWith("<module> (x.py:5);spin (x.py:1);[GIL wait] ");
    }

    @Test
    void aTargetThatDiesWithNothingRecordedIsReported() {
        long t0 = System.nanoTime();
        Result r = record(pid -> self(() -> System.nanoTime() - t0 < 300_000_000L), "-p", "1", "-d", "5s",
                "-o", dir.resolve("x.svg").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).containsPattern("exited during the recording and (nothing|no gilspy events) reached it").hasLineCount(1);
    }

    @Test
    void launchingNeedsTheJar() throws Exception {
        Path script = java.nio.file.Files.writeString(dir.resolve("script.py"), "print(1)\n");
        Result r = record(pid -> null, "-o", dir.resolve("x.svg").toString(), "--", script.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("gilspy.jar").hasLineCount(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-o x.svg", "-p 1 -o x.svg -- s.py", "-p 1 -d soon", "-p 1 -d 0s", "-p 1 --java gpu",
            "-p 1 --mode nap", "-p 1 -f gif"})
    void badOptionsExitWithUsage(String args) {
        Result r = record(pid -> self(() -> true), args.split(" "));
        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).doesNotContain("\tat ");
    }
}
