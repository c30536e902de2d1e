package dev.gilspy.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.TreeMap;

/**
 * Folded stacks, {@code root;...;leaf weight} per line: flamegraph.pl, inferno and speedscope read
 * them. Time modes write whole microseconds (those tools expect integer counts; tell flamegraph.pl
 * with {@code --countname us}); sampled modes write sample counts. The format has no comment line
 * (flamegraph.pl warns about every line it cannot parse), so the unit is said in {@code --help},
 * the README and the "wrote" line. Lines are sorted so equal recordings give equal files.
 */
public final class CollapsedConverter extends ProfileConverter {
    private final TreeMap<String, Long> lines = new TreeMap<>();
    private Mode mode;

    public CollapsedConverter(RenderOptions render) { super(render); }

    @Override
    protected void begin(Profile profile) { mode = profile.mode(); }

    @Override
    protected void add(Profile.Stack stack) {
        StringBuilder sb = new StringBuilder();
        for (Frame f : stack.frames()) {
            if (sb.length() > 0) sb.append(';');
            sb.append(name(f));
        }
        lines.merge(sb.toString(), stack.weight(), Long::sum);
    }

    @Override
    protected void end(Profile profile, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        for (var line : lines.entrySet()) {
            long value = mode.isTime() ? Math.round(line.getValue() / 1000.0) : line.getValue();
            if (value > 0) w.append(line.getKey()).append(' ').append(Long.toString(value)).append('\n');
        }
        w.flush();
    }

    /** The separator and line breaks cannot appear in a folded frame; JVM frames get flamegraph's {@code _[j]}. */
    static String name(Frame f) {
        String n = f.name().replace(';', ':').replace('\n', ' ').replace('\r', ' ');
        return f.type() == Frame.Type.JVM ? n + "_[j]" : n;
    }
}
