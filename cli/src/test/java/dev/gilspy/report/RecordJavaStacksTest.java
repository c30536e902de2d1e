package dev.gilspy.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.management.MBeanServerConnection;

import dev.gilspy.agent.jfr.GilWaitEvent;
import dev.gilspy.cli.RecordCommand;
import dev.gilspy.attach.TargetConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code record -p PID --java cpu}: async-profiler, loaded into this JVM through the diagnostic
 * command MBean as it would be into a target, writes JVM samples and (jfrsync) the gilspy events
 * into one recording.
 */
@EnabledOnOs(OS.LINUX)
class RecordJavaStacksTest {
    @TempDir Path dir;
    static volatile long sink;

    @Test
    void jvmStacksAndGilEventsLandInOneRecording() throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        Thread spinner = new Thread(() -> {
            while (running.get()) {
                GilWaitEvent e = new GilWaitEvent();
                e.begin();
                e.pythonThread = "Thread-1";
                e.pythonStack = "spin (x.py:1)";
                sink += spin();
                e.commit();
            }
        }, "gilspy-spinner");
        spinner.start();
        TargetConnection self = new TargetConnection() {
            public long pid() { return ProcessHandle.current().pid(); }
            public String mainClass() { return "test"; }
            public String jvmVersion() { return System.getProperty("java.version"); }
            public MBeanServerConnection mbeans() { return ManagementFactory.getPlatformMBeanServer(); }
            public boolean isAlive() { return true; }
            public void close() {}
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path out = dir.resolve("java.collapsed");
        Path jfr = dir.resolve("merged.jfr");
        int exit;
        try {
            exit = new CommandLine(new RecordCommand(pid -> self, System.out, new PrintStream(err, true, StandardCharsets.UTF_8)))
                    .execute("-p", "1", "-d", "1s", "--java", "cpu", "--mode", "java", "--threads",
                            "-o", out.toString(), "--keep-jfr", jfr.toString());
        } finally {
            running.set(false);
            spinner.join();
        }
        String messages = err.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(messages).isZero();
        assertThat(messages).containsPattern("JVM stacks from async-profiler (cpu|ctimer|itimer) via ");
        assertThat(Files.readString(out)).contains("gilspy-spinner;").contains("RecordJavaStacksTest.spin_[j]");
        GilRecording merged = RecordingReader.standard().read(jfr);
        assertThat(merged.count(GilEvent.Kind.WAIT)).isPositive();
        assertThat(merged.javaSamples()).isNotEmpty();
    }

    private static long spin() {
        long x = 0;
        for (int i = 0; i < 200_000; i++) x += i ^ (x >>> 3);
        return x;
    }
}
