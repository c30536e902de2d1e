package dev.gilspy.interp.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@link Importer#GRAALPY_EDITED} names exactly the shipped CPython files that mention {@code __graalpython__}. */
class ImporterGraalPyEditsTest {
    private static final Path CPYTHON = Path.of("target/classes/dev/gilspy/interp/cpython");

    @Test
    void theListedFilesAreTheOnesThatNameTheShim() throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> s = Files.walk(CPYTHON)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".py")).toList()) {
                if (new String(Files.readAllBytes(p), StandardCharsets.UTF_8).contains("__graalpython__")) {
                    found.add(CPYTHON.relativize(p).toString().replace('\\', '/'));
                }
            }
        }
        assertThat(found).isNotEmpty();
        assertThat(new TreeSet<>(Importer.GRAALPY_EDITED)).isEqualTo(found);
    }
}
