package dev.gilspy.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -o x.html}: the canvas flame graph, async-profiler style. */
class HtmlFlameConverterTest {
    @TempDir Path dir;

    @Test
    void framesAreWrittenOncePreOrderWithTheirWeights() throws Exception {
        Path jfr = Scenarios.countdownPair(dir.resolve("c.jfr"));
        Path out = dir.resolve("c.html");
        Commands.Result r = Commands.report(jfr.toString(), "-q", "-o", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        String html = Files.readString(out);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<canvas id=\"c\">").doesNotContain("src=", "http");
        // root "all" 20 ms, then countdown (x.py:2) 20 ms, then [GIL wait] 20 ms: [depth, left, width, name, colour]
        Matcher m = Pattern.compile("\\[(\\d+),(\\d+),(\\d+),(\\d+),\"rgb").matcher(html);
        int frames = 0;
        while (m.find()) {
            frames++;
            assertThat(Long.parseLong(m.group(3))).isEqualTo(20_000_000L);
            assertThat(Integer.parseInt(m.group(1))).isEqualTo(frames - 1);
        }
        assertThat(frames).isEqualTo(3);
        assertThat(html).contains("const names=[\"all\",\"countdown (x.py:2)\",\"[GIL wait]\"]");
    }

    @Test
    void hostileNamesCannotCloseTheScript() throws Exception {
        Path jfr = Scenarios.hostile(dir.resolve("h.jfr"));
        Path out = dir.resolve("h.html");
        assertThat(Commands.report(jfr.toString(), "-q", "-o", out.toString()).exit()).isZero();
        String html = Files.readString(out);
        assertThat(html).doesNotContain(Scenarios.HOSTILE).doesNotContain("</script>alert");
        assertThat(html.split("</script>", -1)).hasSize(2); // only our own
    }
}
