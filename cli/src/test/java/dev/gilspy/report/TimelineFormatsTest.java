package dev.gilspy.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outputs that show time: speedscope's evented profiles (held to speedscope's own schema), the
 * Chrome trace-event JSON that Perfetto opens, and the HTML timeline.
 */
@SuppressWarnings("unchecked")
class TimelineFormatsTest {
    @TempDir static Path dir;
    static Path countdown;

    @BeforeAll
    static void record() throws Exception {
        countdown = Scenarios.countdownPair(dir.resolve("countdown.jfr"));
    }

    private static Object written(String name, String... more) throws Exception {
        Path out = dir.resolve(name);
        String[] args = new String[more.length + 4];
        args[0] = countdown.toString();
        args[1] = "-q";
        args[2] = "-o";
        args[3] = out.toString();
        System.arraycopy(more, 0, args, 4, more.length);
        Commands.Result r = Commands.report(args);
        assertThat(r.exit()).as(r.err()).isZero();
        return name.endsWith(".html") ? Files.readString(out) : MiniJson.parse(Files.readString(out));
    }

    @Test
    void speedscopeOutputValidatesAgainstSpeedscopesSchema() throws Exception {
        String schema = SpeedscopeSchema.load();
        for (String mode : List.of("wait", "hold", "wall", "blame")) {
            Object json = written("s-" + mode + ".json", "--mode", mode);
            assertThat(MiniJsonSchema.validate(schema, json)).as(mode).isEmpty();
        }
        assertThat(MiniJsonSchema.validate(schema, Map.of("profiles", List.of()))).isNotEmpty(); // the check can fail
    }

    @Test
    void speedscopeHasOneEventedProfilePerThreadInRealTimeOrder() throws Exception {
        Map<String, Object> json = (Map<String, Object>) written("evented.json");
        List<Map<String, Object>> profiles = (List<Map<String, Object>>) json.get("profiles");
        assertThat(profiles.get(0)).containsEntry("type", "sampled").containsEntry("name", "all threads");
        List<Map<String, Object>> evented = profiles.stream().filter(p -> "evented".equals(p.get("type"))).toList();
        assertThat(evented).extracting(p -> p.get("name"))
                .containsExactlyInAnyOrder("Thread-1: waiting over time", "Thread-2: waiting over time");
        List<Map<String, Object>> frames = (List<Map<String, Object>>) ((Map<String, Object>) json.get("shared")).get("frames");
        for (Map<String, Object> p : evented) {
            List<Map<String, Object>> events = (List<Map<String, Object>>) p.get("events");
            Deque<Double> open = new ArrayDeque<>();
            double last = 0;
            List<Double> waitOpens = new java.util.ArrayList<>();
            for (Map<String, Object> e : events) {
                double at = (Double) e.get("at");
                assertThat(at).isGreaterThanOrEqualTo(last);
                last = at;
                if (e.get("type").equals("O")) {
                    open.push((Double) e.get("frame"));
                    if (frames.get(((Double) e.get("frame")).intValue()).get("name").equals("[GIL wait]")) waitOpens.add(at);
                } else {
                    assertThat(open.pop()).as("closes the innermost open frame").isEqualTo(e.get("frame"));
                }
            }
            assertThat(open).isEmpty();
            // Thread-2 waits at 0-5 and 10-15 ms, Thread-1 at 5-10 and 15-20 ms: real times, in nanoseconds
            boolean t2 = p.get("name").toString().startsWith("Thread-2");
            assertThat(waitOpens).hasSize(2);
            assertThat(waitOpens.get(0)).isCloseTo(t2 ? 0 : 5e6, org.assertj.core.data.Offset.offset(1e5));
            assertThat(waitOpens.get(1)).isCloseTo(t2 ? 10e6 : 15e6, org.assertj.core.data.Offset.offset(1e5));
        }
    }

    /** The trace-event format (Chrome's "Trace Event Format" document): what Perfetto's JSON importer reads. */
    @Test
    void traceEventJsonHasTheStructurePerfettoReads() throws Exception {
        Map<String, Object> json = (Map<String, Object>) written("countdown.trace.json");
        List<Map<String, Object>> events = (List<Map<String, Object>>) json.get("traceEvents");
        Map<Double, String> threadNames = new HashMap<>();
        Map<Double, Double> laneEnd = new HashMap<>();
        int complete = 0, instant = 0;
        for (Map<String, Object> e : events) {
            assertThat(e).containsKeys("ph", "pid", "tid", "name");
            switch ((String) e.get("ph")) {
                case "M" -> {
                    if (e.get("name").equals("thread_name")) {
                        threadNames.put((Double) e.get("tid"), (String) ((Map<String, Object>) e.get("args")).get("name"));
                    }
                }
                case "X" -> {
                    complete++;
                    double ts = (Double) e.get("ts"), dur = (Double) e.get("dur");
                    assertThat(ts).isGreaterThanOrEqualTo(0);
                    assertThat(dur).isGreaterThanOrEqualTo(0);
                    assertThat(threadNames).containsKey((Double) e.get("tid")); // named before its first span
                    // complete events of one thread must not overlap, or the viewers nest them wrongly
                    assertThat(ts).isGreaterThanOrEqualTo(laneEnd.getOrDefault((Double) e.get("tid"), 0.0) - 1e-3);
                    laneEnd.put((Double) e.get("tid"), ts + dur);
                    assertThat(e.get("name")).isIn("holding", "waiting", "released", "released for I/O", "released for native work");
                }
                case "i" -> {
                    instant++;
                    assertThat(e).containsEntry("s", "t").containsKey("ts");
                }
                default -> throw new AssertionError("unexpected phase " + e.get("ph"));
            }
        }
        assertThat(threadNames.values()).anyMatch(n -> n.startsWith("Thread-1")).anyMatch(n -> n.startsWith("Thread-2"));
        assertThat(complete).isGreaterThanOrEqualTo(8); // 2 threads x (2 holds + 2 waits)
        assertThat(instant).isGreaterThanOrEqualTo(1); // the drop request, and the forced switches
    }

    @Test
    void htmlTimelineIsSelfContainedAndEscapesNames() throws Exception {
        String html = (String) written("countdown.timeline.html");
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg id=\"lanes\"").doesNotContain("http://", "https://", "src=");
        assertThat(html.split("<rect class=\"(HOLD|WAIT)\" x=", -1)).hasSize(9); // 8 spans
        Path hostile = Scenarios.hostile(dir.resolve("hostile.jfr"));
        Path out = dir.resolve("hostile.timeline.html");
        assertThat(Commands.report(hostile.toString(), "-q", "-o", out.toString()).exit()).isZero();
        assertThat(Files.readString(out)).doesNotContain(Scenarios.HOSTILE).contains("&lt;script&gt;");
    }

    @Test
    void threadsThatShareANameKeepTheirOwnLanes() throws Exception {
        JfrFixture f = new JfrFixture();
        for (int t = 1; t <= 3; t++) {
            f.onJavaThread(t).hold("echo", t * 10, t * 10 + 5, "serve (echo.py:4)").waitEvent("echo", t * 10 - 5, t * 10, "serve (echo.py:3)", "echo");
        }
        Path jfr = f.write(dir.resolve("echo.jfr"));
        GilTimeline timeline = GilTimeline.of(RecordingReader.standard().read(jfr), null, null);
        assertThat(timeline.lanes()).hasSize(3).allMatch(l -> l.name().equals("echo"));
    }
}
