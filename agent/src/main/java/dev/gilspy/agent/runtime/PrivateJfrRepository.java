package dev.gilspy.agent.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.management.ObjectName;

/**
 * The folder where JFR keeps the chunks of the agent's {@code jfr=} recording. The JDK's default is
 * {@code $TMPDIR/<date>_<pid>}, made with the umask's mode (0755: another user could read the
 * chunks) and left behind when the JVM is killed. Instead: {@code $TMPDIR/gilspy-jfr-<pid>-<random>},
 * 0700 (as {@link Files#createTempDirectory} makes it), and the next start removes the folders of
 * ours whose JVM is gone. A repository the user chose ({@code -XX:FlightRecorderOptions:repository})
 * is left alone.
 */
final class PrivateJfrRepository {
    private PrivateJfrRepository() {}

    private static final Pattern NAME = Pattern.compile("gilspy-jfr-(\\d+)-.*");

    /** Points JFR at a fresh private repository; returns it, or null when the user chose one or it failed. */
    static Path configure() {
        if (ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .anyMatch(a -> a.startsWith("-XX:FlightRecorderOptions") && a.contains("repository"))) {
            return null;
        }
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        removeStale(tmp);
        try {
            Path dir = Files.createTempDirectory(tmp, "gilspy-jfr-" + ProcessHandle.current().pid() + "-");
            ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                "jfrConfigure", new Object[] {new String[] {"repositorypath=" + dir}}, new String[] {String[].class.getName()});
            dir.toFile().deleteOnExit(); // after JFR's own exit hook has removed its chunks, when empty
            return dir;
        } catch (Exception | LinkageError e) {
            return null; // the JDK's default repository then: a recording matters more than its folder
        }
    }

    /** Removes our folders whose JVM is no longer running (killed: nothing removed them). */
    static void removeStale(Path tmp) {
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(tmp, "gilspy-jfr-*")) {
            for (Path d : dirs) {
                Matcher m = NAME.matcher(d.getFileName().toString());
                if (!m.matches() || !Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS)
                        || !Files.getOwner(d, LinkOption.NOFOLLOW_LINKS).getName().equals(System.getProperty("user.name"))) {
                    continue;
                }
                long pid = Long.parseLong(m.group(1));
                if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    continue;
                }
                try (Stream<Path> all = Files.walk(d)) {
                    all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        } catch (IOException | UncheckedIOException | SecurityException | NumberFormatException e) {
            // cleaning up after a killed JVM is best effort
        }
    }
}
