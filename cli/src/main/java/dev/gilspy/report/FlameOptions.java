package dev.gilspy.report;

import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import picocli.CommandLine.Option;

/** The output options {@code record} and {@code report} share (a picocli mixin). */
public final class FlameOptions {

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the flame graph, profile or timeline here; the extension picks the format: .svg, .html (canvas flame graph), .collapsed "
                    + "(counts in microseconds for the time modes), .json (speedscope), .trace.json (Perfetto), .timeline.html, .pb.gz (pprof) or .jfr")
    public Path output;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "svg, html, collapsed, json (speedscope), trace (Perfetto, chrome://tracing), timeline (HTML), pprof or jfr "
                    + "(default: from the output's extension; svg when it has none)")
    public String format;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "wait",
            description = "wait (time waiting for the GIL), hold (time holding it), cpu (samples on the GIL), "
                    + "wall (all samples, I/O and idle too), blame (holders weighted by the waits they caused) or java (JVM stacks from --java). "
                    + "Default: ${DEFAULT-VALUE}")
    public String mode;

    @Option(names = "--threads", description = "One tower per thread")
    public boolean threads;

    @Option(names = "--reverse", description = "Leaf frames at the root (flamegraph.pl --reverse)")
    public boolean reverse;

    @Option(names = "--inverted", description = "An icicle graph: roots at the top")
    public boolean inverted;

    @Option(names = "--minwidth", paramLabel = "PX|PCT%", defaultValue = "0.1",
            description = "Leave out frames narrower than this many pixels, or this percentage with %% (default ${DEFAULT-VALUE})")
    public String minwidth;

    @Option(names = "--mixed",
            description = "With --java: one graph of Java, native and Python frames (the interpreter's frames "
                    + "replaced by the Python frames running at that moment)")
    public boolean mixed;

    @Option(names = "--title", paramLabel = "TEXT", description = "The flame graph's title")
    public String title;

    @Option(names = "--include", paramLabel = "REGEX", description = "Keep only stacks with a frame matching REGEX")
    public String include;

    @Option(names = "--exclude", paramLabel = "REGEX", description = "Drop stacks with a frame matching REGEX")
    public String exclude;

    /** @throws IllegalArgumentException for a bad mode, format, regex or minwidth */
    public Mode parsedMode() { return Mode.parse(mode); }

    public Format parsedFormat() {
        if (format != null) return Format.parse(format);
        if (output == null) return Format.SVG;
        Format f = Format.ofFile(output);
        if (f != null) return f;
        // A name with no extension gets an SVG; an extension we do not know is more likely a typo
        // than a wish for an SVG under a misleading name.
        String name = output.getFileName().toString();
        if (name.lastIndexOf('.') <= 0) return Format.SVG;
        throw new IllegalArgumentException("cannot tell the format of '" + name
                + "': name it .svg, .html, .collapsed, .json, .trace.json, .timeline.html, .pb.gz or .jfr, or give -f FORMAT");
    }

    public ProfileOptions profileOptions() {
        return ProfileOptions.of(parsedMode()).withThreads(threads).withReverse(reverse)
                .withFilters(regex("--include", include), regex("--exclude", exclude)).withMixed(mixed);
    }

    public RenderOptions renderOptions(String subtitle) {
        String t = title != null ? title : mixed ? "Mixed: Java, native and Python frames" : defaultTitle(parsedMode());
        return RenderOptions.defaults(t).withMinwidth(minwidth).withInverted(inverted).withSubtitle(subtitle);
    }

    /** Checks every option value up front, so a bad one fails before any slow work. */
    public void validate() {
        parsedMode();
        if (parsedFormat() == Format.JFR && (include != null || exclude != null)) {
            throw new IllegalArgumentException("--include and --exclude filter stacks in a flame graph, profile or timeline;"
                    + " a .jfr output is a copy of the whole recording");
        }
        profileOptions();
        renderOptions("");
    }

    static String defaultTitle(Mode mode) {
        return switch (mode) {
            case WAIT -> "GIL wait: where Python threads wait for the GIL";
            case HOLD -> "GIL hold: where Python threads hold the GIL";
            case CPU -> "CPU: samples of threads running Python on the GIL";
            case WALL -> "Wall clock: all samples by thread state";
            case BLAME -> "GIL blame: what the holders ran while others waited";
            case JAVA -> "JVM stacks (async-profiler)";
        };
    }

    private static Pattern regex(String option, String text) {
        if (text == null) return null;
        try {
            return Pattern.compile(text);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("bad " + option + " regex '" + text + "': " + e.getDescription());
        }
    }
}
