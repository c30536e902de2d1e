package dev.gilspy.interp.modules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link ModuleRegistry#NAMES} ({@code sys.builtin_module_names}, {@code _imp.is_builtin}, so
 * {@code importlib.util.find_spec}) lists every module {@link ModuleRegistry#create} answers: a
 * {@code case "name"} (there or in {@link CoreModules}) added without its name in NAMES fails here.
 */
class ModuleRegistryNamesTest {
    @Test
    void everyCaseOfTheRegistryIsInNames() throws IOException {
        String registry = Files.readString(Path.of("src/main/java/dev/gilspy/interp/modules/ModuleRegistry.java"));
        String core = Files.readString(Path.of("src/main/java/dev/gilspy/interp/modules/CoreModules.java"));
        String body = registry.substring(registry.indexOf("public static PyModule create("))
            + core.substring(core.indexOf("static PyModule create("));
        Matcher caseLine = Pattern.compile("case ((?:\"[^\"]+\"(?:,\\s*)?)+):").matcher(body);
        Set<String> cases = new TreeSet<>();
        while (caseLine.find()) {
            Matcher name = Pattern.compile("\"([^\"]+)\"").matcher(caseLine.group(1));
            while (name.find()) {
                cases.add(name.group(1));
            }
        }
        cases.remove("__main__"); // the running program, not a module written in Java
        cases.remove("os.path");
        cases.remove("posixpath");
        assertThat(cases).contains("sys", "_imp", "_heapq");
        assertThat(ModuleRegistry.NAMES).containsAll(cases);
    }
}
