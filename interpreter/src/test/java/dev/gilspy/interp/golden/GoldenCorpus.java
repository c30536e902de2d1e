package dev.gilspy.interp.golden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the corpus's programs. A program is a file named {@code NNN_*.py} outside any folder whose
 * name starts with {@code _}; everything else ({@code mod_*.py}, {@code _lib/}) is a helper module
 * that programs import from beside themselves. {@code tools/regen-golden} applies the same rule.
 */
final class GoldenCorpus {
    private static final Pattern PROGRAM = Pattern.compile("\\d{3}_.*\\.py");

    private GoldenCorpus() {}

    /**
     * The source folder, so that a fresh {@code tools/regen-golden} counts without a rebuild; the
     * copy on the test classpath otherwise. {@code -Dgolden.dir=PATH} overrides both.
     */
    static Path root() {
        String override = System.getProperty("golden.dir");
        if (override != null) {
            return Paths.get(override).toAbsolutePath();
        }
        Path source = Paths.get(System.getProperty("basedir", "."), "src/test/resources/golden");
        if (Files.isDirectory(source)) {
            return source.toAbsolutePath().normalize();
        }
        URL url = GoldenCorpus.class.getResource("/golden");
        if (url == null) {
            throw new IllegalStateException("golden corpus not found: set -Dgolden.dir");
        }
        try {
            return Paths.get(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<GoldenProgram> programs(Path root, Pattern filter) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> isProgram(root, p))
                    .map(p -> new GoldenProgram(root, p))
                    .filter(p -> filter.matcher(p.relativePath()).find())
                    .sorted((a, b) -> a.relativePath().compareTo(b.relativePath()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isProgram(Path root, Path file) {
        if (!Files.isRegularFile(file) || !PROGRAM.matcher(file.getFileName().toString()).matches()) {
            return false;
        }
        Path folder = root.relativize(file).getParent();
        if (folder == null) {
            return true;
        }
        for (Path part : folder) {
            if (part.toString().startsWith("_")) {
                return false;
            }
        }
        return true;
    }
}
