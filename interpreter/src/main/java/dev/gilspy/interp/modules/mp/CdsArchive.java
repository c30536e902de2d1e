package dev.gilspy.interp.modules.mp;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An AppCDS archive that shortens a multiprocessing worker's start-up.
 *
 * <p>The first spawn from a given jar finds no archive, so it starts one background "training" JVM
 * ({@link MpWorker} {@code --cds-train}: imports what a worker imports, then exits normally, which
 * is when {@code -XX:ArchiveClassesAtExit} writes the archive). Later workers start with
 * {@code -XX:SharedArchiveFile}. The archive sits in the temp directory, keyed by the java and the
 * class path's jars (path, size, mtime), so a rebuilt jar gets a fresh one. CDS only accepts jar
 * class paths, so a class path with directories (a development build) gets none.
 * {@code GILSPY_MP_CDS=0} turns it off.
 */
final class CdsArchive {
    private CdsArchive() {}

    /** Running trainers and the files each must clean up: its lock and its partial archive. */
    private static final java.util.Map<Process, Path[]> TRAINERS = new ConcurrentHashMap<>();
    private static volatile boolean trainingStarted;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> TRAINERS.forEach((p, files) -> {
            // a trainer cut short leaves no archive; release its lock so that the next run retries
            p.destroyForcibly();
            try {
                p.waitFor(2, java.util.concurrent.TimeUnit.SECONDS);
                for (Path f : files) {
                    Files.deleteIfExists(f);
                }
            } catch (IOException | InterruptedException e) {
                // the stale-lock rule will clear it
            }
        }), "gilspy-cds-reaper"));
    }

    /** The archive to start a worker with, or null (none yet, or CDS impossible here). */
    static Path forChildren(String java) {
        if ("0".equals(System.getenv("GILSPY_MP_CDS"))) {
            return null;
        }
        String cp = System.getProperty("java.class.path", "");
        String key = key(java, cp);
        if (key == null) {
            return null;
        }
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "gilspy-cds-" + System.getProperty("user.name", "user"));
        Path archive = dir.resolve(key + ".jsa");
        if (Files.isRegularFile(archive)) {
            return archive;
        }
        if (!trainingStarted && !Files.exists(dir.resolve(key + ".failed"))) {
            startTraining(java, cp, dir, key, archive);
        }
        return null;
    }

    private static synchronized void startTraining(String java, String cp, Path dir, String key, Path archive) {
        if (trainingStarted) {
            return;
        }
        trainingStarted = true;
        try {
            Files.createDirectories(dir);
            Path lock = dir.resolve(key + ".lock");
            if (Files.exists(lock) && System.currentTimeMillis() - Files.getLastModifiedTime(lock).toMillis() > 120_000) {
                Files.deleteIfExists(lock); // a trainer that died without cleaning up
            }
            try {
                Files.createFile(lock);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                return; // another JVM is training right now
            }
            Path tmp = dir.resolve(key + ".tmp-" + ProcessHandle.current().pid());
            Process p = new ProcessBuilder(java, "-XX:ArchiveClassesAtExit=" + tmp, "-Xlog:disable",
                "-XX:+UseSerialGC", "-cp", cp, MpWorker.MAIN_CLASS, MpWorker.CDS_TRAIN)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            TRAINERS.put(p, new Path[] {lock, tmp});
            p.onExit().thenRun(() -> {
                TRAINERS.remove(p);
                try {
                    if (p.exitValue() == 0 && Files.size(tmp) > 0) {
                        Files.move(tmp, archive, StandardCopyOption.ATOMIC_MOVE);
                    } else if (p.exitValue() < 128) {
                        // the JVM refused to archive (not killed by us): do not retry on every run
                        Files.createFile(dir.resolve(key + ".failed"));
                    }
                } catch (IOException e) {
                    // no archive this time; workers simply start without it
                } finally {
                    try {
                        Files.deleteIfExists(tmp);
                        Files.deleteIfExists(lock);
                    } catch (IOException e) {
                        // leave it to the stale-lock rule
                    }
                }
            });
        } catch (IOException e) {
            // no archive: workers start without it
        }
    }

    /** A digest of the java and the class path jars, or null when the class path holds anything but jars. */
    static String key(String java, String cp) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update((java + "|" + System.getProperty("java.version") + "|").getBytes(StandardCharsets.UTF_8));
            for (String entry : cp.split(File.pathSeparator)) {
                File f = new File(entry);
                if (!entry.endsWith(".jar") || !f.isFile()) {
                    return null;
                }
                md.update((f.getAbsolutePath() + "|" + f.length() + "|" + f.lastModified() + "|").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            return null;
        }
    }
}
