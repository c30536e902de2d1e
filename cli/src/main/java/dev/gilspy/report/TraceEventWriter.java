package dev.gilspy.report;

import static dev.gilspy.report.SpeedscopeConverter.str;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The GIL timeline as Chrome's trace-event JSON, which Perfetto (ui.perfetto.dev) and
 * {@code chrome://tracing} open: one process per interpreter, one thread per Python thread,
 * complete events ({@code "ph":"X"}) for holding, waiting and released spans, and instant events
 * ({@code "ph":"i"}) for drop requests and forced switches. Times are microseconds from the first
 * event, with nanosecond decimals.
 */
public final class TraceEventWriter {
    private TraceEventWriter() {}

    public static void write(GilTimeline timeline, String title, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("{\"displayTimeUnit\":\"ms\",\"otherData\":{\"exporter\":\"gilspy\",\"title\":" + str(title) + "},\"traceEvents\":[\n");
        boolean[] first = {true};
        Set<Integer> interpreters = new TreeSet<>();
        for (GilTimeline.Lane lane : timeline.lanes()) interpreters.add(lane.interpreterId());
        for (int id : interpreters) {
            event(w, first, "{\"ph\":\"M\",\"name\":\"process_name\",\"pid\":" + pid(id) + ",\"tid\":0,\"args\":{\"name\":"
                    + str(timeline.gilName(id)) + "}}");
        }
        for (GilTimeline.Lane lane : timeline.lanes()) {
            int pid = pid(lane.interpreterId());
            String name = lane.name() + (lane.javaId() >= 0 ? " (Java thread " + lane.javaId() + ")" : "");
            event(w, first, "{\"ph\":\"M\",\"name\":\"thread_name\",\"pid\":" + pid + ",\"tid\":" + lane.index()
                    + ",\"args\":{\"name\":" + str(name) + "}}");
            event(w, first, "{\"ph\":\"M\",\"name\":\"thread_sort_index\",\"pid\":" + pid + ",\"tid\":" + lane.index()
                    + ",\"args\":{\"sort_index\":" + lane.index() + "}}");
            for (GilTimeline.Span s : lane.spans()) {
                StringBuilder e = new StringBuilder("{\"ph\":\"X\",\"cat\":\"gil\",\"name\":").append(str(s.state().label()))
                        .append(",\"pid\":").append(pid).append(",\"tid\":").append(lane.index())
                        .append(",\"ts\":").append(micros(s.start() - timeline.start()))
                        .append(",\"dur\":").append(micros(s.duration()));
                if (s.stack().depth() > 0) {
                    e.append(",\"args\":{\"function\":").append(str(s.stack().innermost()))
                            .append(",\"stack\":").append(str(s.stack().toString()));
                    if (s.state() == GilTimeline.State.HOLD) e.append(",\"forced\":").append(s.forced());
                    e.append('}');
                }
                event(w, first, e.append('}').toString());
            }
            for (GilTimeline.Mark m : lane.marks()) {
                event(w, first, "{\"ph\":\"i\",\"s\":\"t\",\"cat\":\"gil\",\"name\":" + str(m.name()) + ",\"pid\":" + pid
                        + ",\"tid\":" + lane.index() + ",\"ts\":" + micros(m.time() - timeline.start())
                        + ",\"args\":{\"detail\":" + str(m.detail()) + "}}");
            }
        }
        w.write("\n]}\n");
        w.flush();
    }

    private static int pid(int interpreterId) { return interpreterId + 1; } // merged processes: see ProcessMerge's ids

    private static void event(Writer w, boolean[] first, String json) throws IOException {
        if (!first[0]) w.write(",\n");
        first[0] = false;
        w.write(json);
    }

    /** Microseconds with up to three decimals: the format's unit, without losing nanoseconds. */
    static String micros(long nanos) {
        if (nanos % 1000 == 0) return Long.toString(nanos / 1000);
        return String.format(Locale.ROOT, "%.3f", nanos / 1000.0);
    }
}
