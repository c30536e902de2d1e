package dev.gilspy.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -o x.pb.gz}: pprof's profile.proto, read back here by a decoder of the wire format
 * (independent of the writer); {@code go tool pprof -raw} reads the same files (README).
 */
class PprofConverterTest {
    @TempDir Path dir;

    /** A decoded message: field number to its values (Long for varints, byte[] for length-delimited). */
    private static Map<Integer, List<Object>> decode(byte[] b) {
        Map<Integer, List<Object>> fields = new HashMap<>();
        int[] i = {0};
        while (i[0] < b.length) {
            long key = varint(b, i);
            int field = (int) (key >>> 3);
            Object v;
            switch ((int) (key & 7)) {
                case 0 -> v = varint(b, i);
                case 2 -> {
                    int n = (int) varint(b, i);
                    v = java.util.Arrays.copyOfRange(b, i[0], i[0] + n);
                    i[0] += n;
                }
                default -> throw new AssertionError("wire type " + (key & 7));
            }
            fields.computeIfAbsent(field, k -> new ArrayList<>()).add(v);
        }
        return fields;
    }

    private static long varint(byte[] b, int[] i) {
        long v = 0;
        for (int shift = 0; ; shift += 7) {
            byte x = b[i[0]++];
            v |= (long) (x & 0x7F) << shift;
            if ((x & 0x80) == 0) return v;
        }
    }

    private static List<Long> packed(byte[] b) {
        List<Long> out = new ArrayList<>();
        int[] i = {0};
        while (i[0] < b.length) out.add(varint(b, i));
        return out;
    }

    @Test
    void waitProfileReadsBackWithFunctionsFilesLinesAndThreads() throws Exception {
        Path jfr = Scenarios.countdownPair(dir.resolve("c.jfr"));
        Path out = dir.resolve("c.pb.gz");
        Commands.Result r = Commands.report(jfr.toString(), "-q", "--threads", "-o", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        byte[] raw;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(out))) {
            raw = in.readAllBytes();
        }
        Map<Integer, List<Object>> profile = decode(raw);
        List<String> strings = profile.get(6).stream().map(o -> new String((byte[]) o, StandardCharsets.UTF_8)).toList();
        assertThat(strings.get(0)).isEmpty();
        Map<Integer, List<Object>> sampleType = decode((byte[]) profile.get(1).get(0));
        assertThat(strings.get(((Long) sampleType.get(1).get(0)).intValue())).isEqualTo("wait");
        assertThat(strings.get(((Long) sampleType.get(2).get(0)).intValue())).isEqualTo("nanoseconds");
        long total = 0;
        List<String> threads = new ArrayList<>();
        for (Object s : profile.get(2)) {
            Map<Integer, List<Object>> sample = decode((byte[]) s);
            total += packed((byte[]) sample.get(2).get(0)).get(0);
            Map<Integer, List<Object>> label = decode((byte[]) sample.get(3).get(0));
            assertThat(strings.get(((Long) label.get(1).get(0)).intValue())).isEqualTo("thread");
            threads.add(strings.get(((Long) label.get(2).get(0)).intValue()));
            assertThat(packed((byte[]) sample.get(1).get(0))).hasSize(2); // [GIL wait] then countdown, leaf first
        }
        assertThat(total).isEqualTo(20_000_000L); // 20 ms waited in all
        assertThat(threads).containsExactlyInAnyOrder("Thread-1", "Thread-2");
        Map<Integer, List<Object>> function = profile.get(5).stream().map(f -> decode((byte[]) f))
                .filter(f -> strings.get(((Long) f.get(2).get(0)).intValue()).equals("countdown")).findFirst().orElseThrow();
        assertThat(strings.get(((Long) function.get(4).get(0)).intValue())).isEqualTo("x.py");
    }
}
