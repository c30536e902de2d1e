package dev.gilspy.record;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * JVM stacks with async-profiler ({@code --java cpu|wall|lock}), loaded from its library inside
 * gilspy.jar. Its {@code jfrsync} option runs a JFR recording of gilspy's events alongside the
 * profiler and writes both into one file, so the GIL events and the JVM samples share a clock.
 */
public final class JavaProfiler {
    private final String event;
    private final String engine;
    private final Path library;

    private JavaProfiler(String event, String engine, Path library) {
        this.event = event;
        this.engine = engine;
        this.library = library;
    }

    /**
     * Extracts the library and picks the engine: {@code cpu} uses perf events where the kernel
     * allows them, else ctimer (or itimer); the choice is reported to the user.
     */
    public static JavaProfiler prepare(String mode) throws IOException {
        String event = switch (mode) {
            case "cpu", "wall", "lock" -> mode;
            default -> throw new IllegalArgumentException("unknown --java mode '" + mode + "' (expected cpu, wall or lock)");
        };
        Path lib = extractLibrary();
        String engine = mode;
        if (mode.equals("cpu")) {
            one.profiler.AsyncProfiler probe = one.profiler.AsyncProfiler.getInstance(lib.toString());
            if (works(probe, "cpu-clock")) {
                engine = "perf events (cpu-clock)";
            } else if (works(probe, "ctimer")) {
                event = "ctimer";
                engine = "ctimer (perf events are unavailable here)";
            } else {
                event = "itimer";
                engine = "itimer (perf events and ctimer are unavailable here)";
            }
        }
        return new JavaProfiler(event, engine, lib);
    }

    private static boolean works(one.profiler.AsyncProfiler probe, String event) {
        try {
            return probe.execute("check,event=" + event).strip().equals("OK");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** What to tell the user, e.g. {@code async-profiler cpu via ctimer (...)}. */
    public String description() { return "async-profiler " + event + " via " + engine; }

    /** The {@code -agentpath:} option that starts the profiler with the target and writes {@code out} at exit. */
    public String agentPathOption(Path out, Path jfc) {
        return "-agentpath:" + library + "=" + startArguments(out, jfc);
    }

    public Path library() { return library; }

    /** Arguments of the start command (no commas are allowed in the paths: async-profiler splits on them). */
    public String startArguments(Path out, Path jfc) {
        for (Path p : new Path[] {out, jfc}) {
            if (p.toString().contains(",")) throw new IllegalArgumentException("async-profiler cannot use a path with a comma: " + p);
        }
        return "start,event=" + event + ",interval=10ms,jfrsync=" + jfc + ",file=" + out;
    }

    public String stopArguments(Path out) { return "stop,file=" + out; }

    private static Path extractLibrary() throws IOException {
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String dir = os.contains("mac") ? "macos"
                : arch.equals("aarch64") || arch.equals("arm64") ? "linux-arm64" : "linux-x64";
        if (!os.contains("linux") && !os.contains("mac")) {
            throw new IOException("async-profiler runs on Linux and macOS only, not " + System.getProperty("os.name"));
        }
        try (InputStream in = JavaProfiler.class.getResourceAsStream("/" + dir + "/libasyncProfiler.so")) {
            if (in == null) throw new IOException("async-profiler's library for " + dir + " is not in gilspy.jar");
            Path lib = Files.createTempFile("gilspy-asprof-", ".so");
            lib.toFile().deleteOnExit();
            Files.copy(in, lib, StandardCopyOption.REPLACE_EXISTING);
            return lib;
        }
    }
}
