package dev.gilspy.record;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The private temporary folder of one {@code record}, {@code doctor}, {@code compare} or
 * {@code demo} run: mode 0700 with an unguessable name (as {@link Files#createTempDirectory}
 * makes it), named after this gilspy's PID so that the next run can tell a folder whose gilspy
 * died (by {@code kill -9}) from one in use, and remove it.
 */
public final class WorkDir implements AutoCloseable {
    private static final Pattern NAME = Pattern.compile("gilspy-(record|doctor|compare|demo)-(\\d+)-.*");

    private final Path path;

    private WorkDir(Path path) { this.path = path; }

    /** Removes stale folders of earlier runs, then makes a new one for {@code command}. */
    public static WorkDir create(String command) throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        removeStale(tmp);
        return new WorkDir(Files.createTempDirectory(tmp, "gilspy-" + command + "-" + ProcessHandle.current().pid() + "-"));
    }

    public Path path() { return path; }

    public Path resolve(String name) { return path.resolve(name); }

    /** Our own folders whose gilspy is no longer running. */
    static void removeStale(Path tmp) {
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(tmp, "gilspy-*")) {
            for (Path d : dirs) {
                Matcher m = NAME.matcher(d.getFileName().toString());
                if (!m.matches() || !Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS) || !ownedByUs(d)) continue;
                long pid = Long.parseLong(m.group(2));
                if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) continue;
                delete(d);
            }
        } catch (IOException | UncheckedIOException | SecurityException | NumberFormatException e) {
            // cleaning up after others is best effort
        }
    }

    private static boolean ownedByUs(Path d) throws IOException {
        return Files.getOwner(d, LinkOption.NOFOLLOW_LINKS).getName().equals(System.getProperty("user.name"));
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a file left behind is not worth failing a run for
                }
            });
        } catch (IOException | UncheckedIOException ignored) {
            // as above
        }
    }

    /**
     * Copies a recording out of the work folder to where the user asked, readable by the user
     * only (0600): a recording holds thread names, stacks and, on request, the environment.
     */
    public static void copyPrivately(Path from, Path to) throws IOException {
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        makePrivate(to);
    }

    /** chmod 0600 where the file system has POSIX permissions. */
    public static void makePrivate(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows and the like: the folder's ACL decides
        }
    }

    @Override
    public void close() { delete(path); }
}
