package dev.gilspy.record;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import dev.gilspy.report.EventNames;
import jdk.jfr.Configuration;

/**
 * The JFR settings of every recording the CLI makes: gilspy's events with no threshold (a bounded
 * recording should see every wait and hold), and the JDK's {@code default} settings for a launched
 * script, so the file also reads well in JDK Mission Control.
 *
 * <p>Secrets stay out: the JDK's settings record every environment variable
 * ({@code jdk.InitialEnvironmentVariable}) and system property ({@code jdk.InitialSystemProperty}),
 * which carry API tokens and passwords into a file users share. They are off unless the user asks
 * ({@code --include-env}).
 */
public final class RecordingSettings {
    public static final String ENVIRONMENT = "jdk.InitialEnvironmentVariable";
    public static final String SYSTEM_PROPERTIES = "jdk.InitialSystemProperty";

    private RecordingSettings() {}

    /** gilspy's events only: what {@code record -p} turns on in a running JVM. */
    public static Map<String, String> gilspy(boolean includeEnvironment) {
        Map<String, String> s = new LinkedHashMap<>();
        for (String e : EventNames.DURATION_AND_INSTANT_EVENTS) {
            s.put(e + "#enabled", "true");
            s.put(e + "#threshold", "0 ms");
        }
        s.put(EventNames.GIL_STATS + "#enabled", "true");
        s.put(EventNames.GIL_STATS + "#period", "1 s");
        secrets(s, includeEnvironment);
        return s;
    }

    /** The JDK's default settings plus gilspy's: what a launched script records from start-up. */
    public static Map<String, String> launch(boolean includeEnvironment) {
        Map<String, String> s = new LinkedHashMap<>();
        try {
            s.putAll(Configuration.getConfiguration("default").getSettings());
        } catch (IOException | ParseException e) {
            // gilspy's own events are what matter; the JDK's are a bonus
        }
        s.putAll(gilspy(includeEnvironment));
        return s;
    }

    private static void secrets(Map<String, String> s, boolean include) {
        s.put(ENVIRONMENT + "#enabled", Boolean.toString(include));
        s.put(SYSTEM_PROPERTIES + "#enabled", Boolean.toString(include));
        if (include) {
            s.put(ENVIRONMENT + "#period", "beginChunk");
            s.put(SYSTEM_PROPERTIES + "#period", "beginChunk");
        }
    }

    /** Writes {@code settings} as a {@code .jfc} file, the form {@code -XX:StartFlightRecording} and async-profiler take. */
    public static Path writeJfc(Map<String, String> settings, Path file) throws IOException {
        Map<String, Map<String, String>> byEvent = new TreeMap<>();
        settings.forEach((key, value) -> {
            int hash = key.indexOf('#');
            if (hash > 0) byEvent.computeIfAbsent(key.substring(0, hash), k -> new TreeMap<>()).put(key.substring(hash + 1), value);
        });
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<configuration version=\"2.0\" label=\"gilspy\" description=\"gilspy's GIL events\" provider=\"gilspy\">\n");
        byEvent.forEach((event, values) -> {
            sb.append("  <event name=\"").append(xml(event)).append("\">");
            values.forEach((name, value) -> sb.append("<setting name=\"").append(xml(name)).append("\">")
                    .append(xml(value)).append("</setting>"));
            sb.append("</event>\n");
        });
        sb.append("</configuration>\n");
        Files.writeString(file, sb);
        return file;
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
