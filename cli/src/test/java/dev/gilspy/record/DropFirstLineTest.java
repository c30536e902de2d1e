package dev.gilspy.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DropFirstLineTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Profiling started\\nhello\\n  | hello\\n",
        "hello\\nProfiling started\\n  | hello\\nProfiling started\\n",
        "Profiling\\n                  | Profiling\\n",
        "Prof                          | Prof",
    })
    void dropsOnlyAnExactFirstLine(String in, String expected) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DropFirstLine filter = new DropFirstLine(out, "Profiling started");
        byte[] bytes = in.strip().replace("\\n", "\n").getBytes(StandardCharsets.UTF_8);
        for (byte b : bytes) filter.write(b); // byte by byte: the worst split a pipe can give
        filter.close();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(expected.strip().replace("\\n", "\n"));
    }
}
