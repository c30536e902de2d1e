package dev.gilspy.agent.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Both exposition formats, checked line by line as a strict parser would: every sample belongs
 * to a family declared before it with TYPE and HELP, counters end in {@code _total}, units match
 * names, no NaN, and the format is the one the {@code Accept} header asked for.
 */
class MetricsRendererTest {
    private static final Pattern SAMPLE = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)\\})? (\\S+)");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\[\\\\\"n])*)\"(,|$)");
    private final MetricsRenderer renderer = new MetricsRenderer("1.2.3", "auto");
    private final List<GilMetricsSource> gils = List.of(new FakeGil(0, -1), new FakeGil(1, -1));

    @Test
    void openMetricsWhenAskedFor() throws Exception {
        MetricsRenderer.Body body = renderer.render(gils, "application/openmetrics-text; version=1.0.0,text/plain;q=0.5");
        assertThat(body.contentType()).startsWith("application/openmetrics-text; version=1.0.0");
        String text = new String(body.bytes(), StandardCharsets.UTF_8);
        assertThat(text).endsWith("# EOF\n");
        Map<String, String> types = check(text, true);
        assertThat(types).containsEntry("gilspy_gil_acquisitions", "counter")
                .containsEntry("gilspy_gil_wait_duration_seconds", "histogram")
                .containsEntry("gilspy_gil_hold_duration_seconds", "histogram")
                .containsEntry("gilspy_gil_waiters", "gauge").containsEntry("gilspy_gil_held_ratio", "gauge")
                .containsEntry("gilspy_gil_switch_interval_seconds", "gauge")
                .containsEntry("gilspy_build", "info");
        assertThat(text).contains("# UNIT gilspy_gil_held_seconds seconds")
                .contains("gilspy_build_info{target=\"auto\",version=\"1.2.3\"} 1")
                .contains("gilspy_gil_wait_duration_seconds_bucket{interpreter=\"0\",le=\"0.01\"} 95")
                .contains("gilspy_gil_wait_duration_seconds_count{interpreter=\"0\"} 100")
                .contains("gilspy_thread_wait_seconds_total{ident=\"11\",interpreter=\"1\",thread=\"worker \\\"1\\\"\\\\n\"} 1.25")
                .doesNotContain("knock_ratio");
    }

    @Test
    void theClassicFormatForPrometheus004AndForNoAcceptAtAll() throws Exception {
        for (String accept : new String[] {"text/plain;version=0.0.4", null, "*/*"}) {
            MetricsRenderer.Body body = renderer.render(gils, accept);
            assertThat(body.contentType()).as(accept).isEqualTo("text/plain; version=0.0.4; charset=utf-8");
            String text = new String(body.bytes(), StandardCharsets.UTF_8);
            assertThat(text).doesNotContain("# EOF").doesNotContain("# UNIT");
            Map<String, String> types = check(text, false);
            assertThat(types).containsEntry("gilspy_gil_acquisitions_total", "counter")
                    .containsEntry("gilspy_gil_wait_duration_seconds", "histogram")
                    .containsEntry("gilspy_build_info", "gauge");
        }
    }

    @Test
    void theKnockRatioOnlyWhenTheKnockerIsOn() throws Exception {
        String text = new String(renderer.render(List.of(new FakeGil(0, 0.5), new FakeGil(1, -1)),
                "application/openmetrics-text").bytes(), StandardCharsets.UTF_8);
        check(text, true);
        assertThat(text).contains("gilspy_gil_knock_ratio{interpreter=\"0\"} 0.5")
                .doesNotContain("gilspy_gil_knock_ratio{interpreter=\"1\"}");
    }

    /** promtool lints the classic format (it reads no other); run when it is installed (Debian: prometheus). */
    @Test
    void promtoolAcceptsTheClassicFormat(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(onPath("promtool"), "promtool not installed (apt-get install prometheus)");
        java.nio.file.Path file = dir.resolve("metrics.txt");
        java.nio.file.Files.write(file, renderer.render(gils, "text/plain;version=0.0.4").bytes());
        Process p = new ProcessBuilder("promtool", "check", "metrics").redirectInput(file.toFile())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
    }

    /** prometheus_client's own parsers type every family of both formats; run when python3 has it. */
    @Test
    void prometheusClientTypesEveryFamilyInBothFormats(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path om = dir.resolve("om.txt");
        java.nio.file.Path classic = dir.resolve("classic.txt");
        java.nio.file.Files.write(om, renderer.render(gils, "application/openmetrics-text").bytes());
        java.nio.file.Files.write(classic, renderer.render(gils, null).bytes());
        String script = String.join("\n",
                "import sys",
                "from prometheus_client.parser import text_string_to_metric_families as classic",
                "from prometheus_client.openmetrics.parser import text_string_to_metric_families as om",
                "c = list(classic(open(sys.argv[2]).read()))",
                "o = list(om(open(sys.argv[1]).read()))",
                "bad = [f.name for f in c + o if f.type in ('unknown', 'untyped')]",
                "print(len(c), len(o), bad)",
                "sys.exit(1 if bad or not c or len(c) != len(o) else 0)");
        Process probe = new ProcessBuilder("/usr/bin/python3", "-c", "import prometheus_client").redirectErrorStream(true).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(probe.waitFor() == 0,
                "python3 without prometheus_client (apt-get install python3-prometheus-client)");
        Process p = new ProcessBuilder("/usr/bin/python3", "-c", script, om.toString(), classic.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (java.nio.file.Files.isExecutable(java.nio.file.Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    /** A strict reading of one exposition; returns family name to type. */
    static Map<String, String> check(String text, boolean openMetrics) {
        Map<String, String> types = new HashMap<>();
        Set<String> helped = new HashSet<>();
        Set<String> seen = new HashSet<>();
        String current = null;
        for (String line : text.split("\n")) {
            assertThat(line).as("no NaN").doesNotContain("NaN");
            if (line.startsWith("# TYPE ")) {
                String[] p = line.split(" ");
                assertThat(p).as(line).hasSize(4);
                assertThat(seen.add(p[2])).as("family declared once: " + p[2]).isTrue();
                types.put(p[2], p[3]);
                current = p[2];
                continue;
            }
            if (line.startsWith("# HELP ")) {
                helped.add(line.split(" ")[2]);
                continue;
            }
            if (line.startsWith("# UNIT ")) {
                assertThat(openMetrics).as("UNIT only in OpenMetrics").isTrue();
                String[] p = line.split(" ");
                assertThat(p[2]).as("name ends with its unit").endsWith("_" + p[3]);
                continue;
            }
            if (line.equals("# EOF")) {
                assertThat(openMetrics).isTrue();
                continue;
            }
            Matcher m = SAMPLE.matcher(line);
            assertThat(m.matches()).as("sample syntax: " + line).isTrue();
            assertThat(current).as("a TYPE before " + line).isNotNull();
            String name = m.group(1);
            assertThat(name).as("sample of its family").startsWith(current);
            if (m.group(3) != null && !m.group(3).isEmpty()) {
                Matcher l = LABEL.matcher(m.group(3));
                int end = 0;
                while (l.find() && l.start() == end) {
                    end = l.end();
                }
                assertThat(end).as("labels of " + line).isEqualTo(m.group(3).length());
            }
            Double.parseDouble(m.group(4).replace("+Inf", "Infinity"));
            String type = types.get(current);
            if (type.equals("counter")) {
                assertThat(name).as("counter sample").endsWith("_total");
            }
        }
        assertThat(helped).as("HELP for every family").containsAll(types.keySet());
        return types;
    }
}
