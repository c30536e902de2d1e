package dev.gilspy.interp.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** No source file of the interpreter over {@value #MAX_LINES} lines (issue 14): split by concept instead. */
class ClassSizeTest {
    static final int MAX_LINES = 800;

    @Test
    void noSourceFileIsOverTheLimit() throws IOException {
        Path main = Paths.get("src/main/java");
        assertThat(main).isDirectory();
        List<String> over;
        try (Stream<Path> files = Files.walk(main)) {
            over = files.filter(p -> p.toString().endsWith(".java"))
                .filter(p -> lines(p) > MAX_LINES)
                .map(p -> main.relativize(p) + " (" + lines(p) + " lines)")
                .sorted()
                .toList();
        }
        assertThat(over).as("source files over %d lines", MAX_LINES).isEmpty();
    }

    private static long lines(Path p) {
        try (Stream<String> s = Files.lines(p)) {
            return s.count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
