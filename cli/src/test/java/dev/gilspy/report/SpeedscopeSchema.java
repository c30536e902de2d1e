package dev.gilspy.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * speedscope's own file-format schema, from the speedscope npm package ({@code
 * dist/release/file-format-schema.json}), fetched with {@code npm pack} on first use and kept under
 * {@code target/}: the schema is speedscope's, so it is not copied into this repository.
 */
final class SpeedscopeSchema {
    static final String VERSION = "1.25.0";
    private static final Path CACHE = Path.of("target", "speedscope-" + VERSION, "file-format-schema.json");

    private SpeedscopeSchema() {}

    static synchronized String load() throws IOException, InterruptedException {
        if (!Files.isRegularFile(CACHE)) {
            Path dir = Files.createDirectories(CACHE.getParent());
            run(dir, "npm", "pack", "--silent", "speedscope@" + VERSION);
            run(dir, "tar", "-xzf", "speedscope-" + VERSION + ".tgz", "package/dist/release/file-format-schema.json");
            Files.move(dir.resolve("package/dist/release/file-format-schema.json"), CACHE);
        }
        return Files.readString(CACHE, StandardCharsets.UTF_8);
    }

    private static void run(Path dir, String... command) throws IOException, InterruptedException {
        Path log = Files.createTempFile("speedscope-schema", ".log");
        try {
            Process p;
            try {
                p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                        .redirectOutput(log.toFile()).start();
            } catch (IOException e) {
                throw new IOException("speedscope's schema is fetched with " + command[0] + ", which is not installed: " + e.getMessage(), e);
            }
            if (!p.waitFor(180, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", List.of(command)) + " took over 180 s");
            }
            if (p.exitValue() != 0) {
                throw new IOException(String.join(" ", List.of(command)) + " failed (exit " + p.exitValue() + "): "
                        + Files.readString(log).strip());
            }
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
