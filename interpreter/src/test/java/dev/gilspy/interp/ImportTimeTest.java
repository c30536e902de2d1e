package dev.gilspy.interp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code -X importtime}: CPython's import profile on stderr, one line per module loaded. */
class ImportTimeTest {
    private static final Pattern LINE = Pattern.compile("import time: +(\\d+) \\| +(\\d+) \\|( +)(\\S+)");
    private static final Pattern COMPILE_LINE = Pattern.compile("import time: +(\\d+) \\| +(\\d+) \\| +(\\d+) \\| ( *)(\\S+)");

    private static Py.Result run(String... argv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(argv, new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Py.Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static List<String> lines(String err) {
        return Arrays.asList(err.split("\n"));
    }

    @Test
    void printsCPythonsFormatWithNestingAndTheModuleAfterWhatItImported() {
        Py.Result r = run("-X", "importtime", "-c", "import json.decoder\nimport json\nprint('ok')");
        assertThat(r.out()).isEqualTo("ok\n");
        assertThat(r.exit()).isZero();
        List<String> lines = lines(r.err());
        assertThat(lines.get(0)).isEqualTo("import time: self [us] | cumulative | imported package");
        List<String> names = new java.util.ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            Matcher m = LINE.matcher(line);
            assertThat(m.matches()).as(line).isTrue();
            assertThat(Long.parseLong(m.group(2))).isGreaterThanOrEqualTo(Long.parseLong(m.group(1)));
            names.add(m.group(3) + m.group(4));
        }
        // as python3 -X importtime: `import json.decoder` times json.decoder (level 0), whose parent
        // json is imported inside it (level 1), whose __init__ imports json.scanner through
        // json.decoder (levels 3, 2); json.decoder's own line comes last; the second `import json`
        // finds it in sys.modules: no line
        int scanner = names.indexOf("       json.scanner");
        int innerDecoder = names.indexOf("     json.decoder");
        int json = names.indexOf("   json");
        assertThat(scanner).isNotNegative();
        assertThat(innerDecoder).isGreaterThan(scanner);
        assertThat(json).isGreaterThan(innerDecoder);
        assertThat(names.get(names.size() - 1)).isEqualTo(" json.decoder");
        assertThat(names.stream().filter(n -> n.strip().equals("json"))).hasSize(1);
    }

    @Test
    void attachedFormAndCompileColumn() {
        Py.Result r = run("-Ximporttime=compile", "-c", "import json");
        List<String> lines = lines(r.err());
        assertThat(lines.get(0)).isEqualTo("import time: self [us] | cumulative | compile [us] | imported package");
        Matcher last = COMPILE_LINE.matcher(lines.get(lines.size() - 1));
        assertThat(last.matches()).isTrue();
        assertThat(last.group(5)).isEqualTo("json");
        assertThat(Long.parseLong(last.group(3))).isPositive(); // json/__init__.py was read and compiled
        assertThat(Long.parseLong(last.group(3))).isLessThanOrEqualTo(Long.parseLong(last.group(1)));
    }

    @Test
    void offByDefaultAndOtherXOptionsAreIgnored() {
        Py.Result r = run("-X", "dev", "-c", "import json\nprint('ok')");
        assertThat(r.out()).isEqualTo("ok\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void missingArgument() {
        Py.Result r = run("-X");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("Argument expected for the -X option\n");
    }
}
