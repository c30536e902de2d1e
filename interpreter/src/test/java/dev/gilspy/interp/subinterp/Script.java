package dev.gilspy.interp.subinterp;

import dev.gilspy.interp.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs a Python script in-process through {@link Main#run} and captures its streams. */
record Script(int exit, String out, String err) {
    static Path resource(String name) {
        try {
            return Path.of(Script.class.getResource("/subinterp/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("test resource subinterp/" + name + " is missing", e);
        }
    }

    /** {@code options} go before the script, {@code args} after it. */
    static Script run(Path file, List<String> options, String... args) {
        List<String> argv = new ArrayList<>(options);
        argv.add(file.toString());
        argv.addAll(List.of(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(argv.toArray(new String[0]), new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Script(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Script run(String resourceName, String... options) {
        return run(resource(resourceName), List.of(options));
    }
}
