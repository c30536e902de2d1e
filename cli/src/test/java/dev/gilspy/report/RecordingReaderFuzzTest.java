package dev.gilspy.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Issue 16: any bytes given to {@code gilspy report} are either a recording or one line of error
 * (exit 1), never a parser's exception, a hang or a StackOverflowError. Coverage-guided with Jazzer:
 * in {@code mvn verify} it fuzzes for a fixed budget (this module's surefire execution {@code fuzz} sets JAZZER_FUZZ, in a JVM of its own: see the pom), from a
 * real gilspy recording written at start-up, cut and with bytes flipped where the fuzzer says, or
 * from the fuzzer's bytes alone; both parsers ({@code --parser jdk|jmc}). A crash it finds is written
 * under {@code src/test/resources/.../RecordingReaderFuzzTestInputs/}, and every later run replays it.
 * A longer run: {@code JAZZER_FUZZ=1 mvn -pl cli -am test -Dtest=RecordingReaderFuzzTest
 * -Djazzer.max_duration=10m -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class RecordingReaderFuzzTest {
    private static final byte[] TEMPLATE = template();

    private static byte[] template() {
        try {
            Path dir = Files.createTempDirectory("gilspy-fuzz");
            Path file = new JfrFixture()
                    .hold("T1", 0, 5, "countdown (countdown.py:5)\nmain (countdown.py:9)")
                    .waitEvent("T2", 0, 5, "countdown (countdown.py:5)", "T1")
                    .dropRequest("T2", 5, "T1", "countdown (countdown.py:5)")
                    .sample("T2", 3, "WAIT", "countdown (countdown.py:5)")
                    .write(dir.resolve("template.jfr"));
            byte[] bytes = Files.readAllBytes(file);
            Files.delete(file);
            Files.delete(dir);
            return bytes;
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @FuzzTest(maxDuration = "20s")
    void anyBytesAreARecordingOrAOneLineError(FuzzedDataProvider data) throws Exception {
        boolean jmc = data.consumeBoolean();
        byte[] bytes;
        if (data.consumeBoolean()) {
            bytes = data.consumeRemainingAsBytes();
        } else {
            bytes = TEMPLATE.clone();
            int flips = data.consumeInt(0, 8);
            for (int i = 0; i < flips; i++) {
                bytes[data.consumeInt(0, bytes.length - 1)] ^= (byte) data.consumeInt(1, 255);
            }
            bytes = Arrays.copyOf(bytes, data.consumeInt(0, bytes.length));
        }
        Path file = Files.createTempFile("gilspy-fuzz", ".jfr");
        try {
            Files.write(file, bytes);
            try {
                RecordingReader.named(jmc ? "jmc" : "jdk").read(file);
            } catch (RecordingException e) {
                assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
