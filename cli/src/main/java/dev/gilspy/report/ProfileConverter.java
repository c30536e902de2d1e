package dev.gilspy.report;

import java.io.IOException;
import java.io.OutputStream;

/**
 * One converter per output format, as async-profiler's {@code one.convert}: the base class walks
 * the profile's stacks and each subclass says what to do with one stack and how to write the result.
 */
public abstract class ProfileConverter {
    protected final RenderOptions render;

    protected ProfileConverter(RenderOptions render) { this.render = render; }

    public static ProfileConverter forFormat(Format format, RenderOptions render) {
        return switch (format) {
            case COLLAPSED -> new CollapsedConverter(render);
            case JSON -> new SpeedscopeConverter(render);
            case SVG -> new SvgConverter(render);
            case PPROF -> new PprofConverter(render);
            case HTML -> new HtmlFlameConverter(render);
            case JFR, TRACE, TIMELINE -> throw new IllegalArgumentException(format + " is not a flame graph of stacks");
        };
    }

    public final void convert(Profile profile, OutputStream out) throws IOException {
        begin(profile);
        for (Profile.Stack s : profile.stacks()) add(s);
        end(profile, out);
    }

    protected void begin(Profile profile) {}

    protected abstract void add(Profile.Stack stack);

    protected abstract void end(Profile profile, OutputStream out) throws IOException;

    /** "1.23 s", "45.6 ms", "789 µs", or "12 samples". */
    public static String formatWeight(long weight, Mode mode) {
        if (!mode.isTime()) return weight + (weight == 1 ? " sample" : " samples");
        return formatNanos(weight);
    }

    public static String formatNanos(long ns) {
        if (ns >= 1_000_000_000L) return String.format(java.util.Locale.ROOT, "%.2f s", ns / 1e9);
        if (ns >= 1_000_000L) return String.format(java.util.Locale.ROOT, "%.2f ms", ns / 1e6);
        if (ns >= 1_000L) return String.format(java.util.Locale.ROOT, "%.1f µs", ns / 1e3);
        return ns + " ns";
    }
}
