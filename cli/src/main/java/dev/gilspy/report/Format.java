package dev.gilspy.report;

import java.nio.file.Path;
import java.util.Locale;

/** Output formats, chosen by {@code -f} or by the output file's extension. */
public enum Format {
    COLLAPSED("collapsed"), JSON("json"), SVG("svg"), JFR("jfr"),
    /** Chrome trace-event JSON of the GIL timeline: Perfetto and chrome://tracing open it. */
    TRACE("trace.json"),
    /** A self-contained HTML page of the GIL timeline, with zoom. */
    TIMELINE("timeline.html"),
    /** pprof's gzipped profile.proto: go tool pprof, Pyroscope, Grafana. */
    PPROF("pb.gz"),
    /** A flame graph on a canvas in one HTML page, as async-profiler's html output. */
    HTML("html");

    private final String extension;

    Format(String extension) { this.extension = extension; }

    /** For messages: every format by the name {@code -f} takes. */
    public static final String NAMES = "svg, html, collapsed, json (speedscope), trace (Perfetto), timeline (HTML), pprof or jfr";

    public String extension() { return extension; }

    /** The GIL timeline formats draw every event in time, not a flame graph of stacks. */
    public boolean isTimeline() { return this == TRACE || this == TIMELINE; }

    public static Format parse(String text) {
        for (Format f : values()) {
            if (f.extension.equalsIgnoreCase(text) || f.name().equalsIgnoreCase(text)) return f;
        }
        if (text.equalsIgnoreCase("folded") || text.equalsIgnoreCase("txt")) return COLLAPSED;
        if (text.equalsIgnoreCase("speedscope")) return JSON;
        if (text.equalsIgnoreCase("trace") || text.equalsIgnoreCase("perfetto")) return TRACE;
        if (text.equalsIgnoreCase("timeline")) return TIMELINE;
        if (text.equalsIgnoreCase("pprof")) return PPROF;
        throw new IllegalArgumentException("unknown format '" + text + "' (expected " + NAMES + ")");
    }

    /** The format named by {@code file}'s extension; {@code null} when there is none we know. */
    public static Format ofFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        if (dot < 0) return null;
        if (name.endsWith(".trace.json") || name.endsWith(".perfetto.json")) return TRACE;
        if (name.endsWith(".timeline.html")) return TIMELINE;
        if (name.endsWith(".pb.gz") || name.endsWith(".pprof")) return PPROF;
        String ext = name.substring(dot + 1);
        for (Format f : values()) if (f.extension.equals(ext)) return f;
        if (ext.equals("folded") || ext.equals("txt")) return COLLAPSED;
        return null;
    }
}
