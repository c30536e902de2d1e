package dev.gilspy.report;

import java.nio.file.Path;
import java.util.Locale;

/** Output formats, chosen by {@code -f} or by the output file's extension. */
public enum Format {
    COLLAPSED("collapsed"), JSON("json"), SVG("svg"), JFR("jfr");

    private final String extension;

    Format(String extension) { this.extension = extension; }

    public String extension() { return extension; }

    public static Format parse(String text) {
        for (Format f : values()) {
            if (f.extension.equalsIgnoreCase(text) || f.name().equalsIgnoreCase(text)) return f;
        }
        if (text.equalsIgnoreCase("folded") || text.equalsIgnoreCase("txt")) return COLLAPSED;
        if (text.equalsIgnoreCase("speedscope")) return JSON;
        throw new IllegalArgumentException("unknown format '" + text + "' (expected svg, collapsed, json or jfr)");
    }

    /** The format named by {@code file}'s extension; {@code null} when there is none we know. */
    public static Format ofFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        if (dot < 0) return null;
        String ext = name.substring(dot + 1);
        for (Format f : values()) if (f.extension.equals(ext)) return f;
        if (ext.equals("folded") || ext.equals("txt")) return COLLAPSED;
        return null;
    }
}
