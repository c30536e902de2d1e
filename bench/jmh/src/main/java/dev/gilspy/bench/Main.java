package dev.gilspy.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * JMH's command line ({@code java -jar gilspy-jmh.jar HotPaths -f 2 ...}), with every fork started with
 * the {@code gilspy} launcher's JVM options: the repository's {@code jvm.options}, which the launcher
 * reads too and the build copies into this jar (no second list to drift). They go first
 * ({@code jvmArgsPrepend}), so {@code -jvmArgsAppend} on the command line can still override one.
 * Listing and help go to JMH's own main.
 */
public final class Main {
    /** The launcher's options file, copied into the jar beside this class by bench/jmh's pom. */
    static final String JVM_OPTIONS = "jvm.options";

    private Main() {}

    public static void main(String[] args) throws RunnerException, CommandLineOptionException, IOException {
        CommandLineOptions cmd = new CommandLineOptions(args);
        if (cmd.shouldHelp() || cmd.shouldList() || cmd.shouldListWithParams() || cmd.shouldListProfilers()
                || cmd.shouldListResultFormats()) {
            org.openjdk.jmh.Main.main(args);
            return;
        }
        List<String> prepend = new ArrayList<>(launcherOptions());
        prepend.addAll(cmd.getJvmArgsPrepend().orElse(List.of()));
        Options options = new OptionsBuilder().parent(cmd).jvmArgsPrepend(prepend.toArray(String[]::new)).build();
        Collection<?> results = new Runner(options).run();
        if (results.isEmpty()) {
            System.exit(1); // every benchmark failed
        }
    }

    /** The launcher's JVM options: one a line, blank lines and lines starting with {@code #} skipped. */
    static List<String> launcherOptions() {
        try (InputStream in = Main.class.getResourceAsStream(JVM_OPTIONS)) {
            if (in == null) {
                throw new IllegalStateException(JVM_OPTIONS + " is not in the jar: build it with bench/jmh's pom");
            }
            List<String> options = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n")) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    options.add(line);
                }
            }
            return options;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
