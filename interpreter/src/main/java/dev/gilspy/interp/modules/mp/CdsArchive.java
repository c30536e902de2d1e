package dev.gilspy.interp.modules.mp;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.LinkOption;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An AppCDS archive that shortens a multiprocessing worker's start-up.
 *
 * <p>The first spawn from a given jar finds no archive, so it starts one background "training" JVM
 * ({@link MpWorker} {@code --cds-train}: imports what a worker imports, then exits normally, which
 * is when {@code -XX:ArchiveClassesAtExit} writes the archive). Later workers start with
 * {@code -XX:SharedArchiveFile}, keyed by the java and the class path's jars (path, size, mtime),
 * so a rebuilt jar gets a fresh one.
 *
 * <p>A worker JVM runs whatever classes the archive holds, so the archive lives only where no other
 * user can write: {@code $XDG_CACHE_HOME/gilspy/cds} or {@code ~/.cache/gilspy/cds}, created 0700,
 * used only when it is a real directory owned by this user with no group or other bits (one that
 * was opened up is emptied and closed again), and an archive is used only when it is a regular file
 * of ours that no one else may write. Never a shared folder under a guessable name: another user
 * could create it first and swap the archive. CDS only accepts jar
 * class paths, so a class path with directories (a development build) gets none.
 * {@code GILSPY_MP_CDS=0} turns it off.
 */
final class CdsArchive {
    private CdsArchive() {}

    /** The trainer's system property and exit status of {@code dev.gilspy.interp.CdsTraining} (a layer above: named, not referenced). */
    static final String TRAINING_PROPERTY = "gilspy.cdsTraining";
    static final int NOT_QUIESCED = 75;

    /** Part of the archive's key: how the trainer ran (interpreter only, see startTraining). */
    static final String TRAINER_KIND = "xint";

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
        Path dir = privateCacheDir();
        if (dir == null) {
            return null;
        }
        Path archive = dir.resolve(key + ".jsa");
        if (Files.exists(archive, LinkOption.NOFOLLOW_LINKS)) {
            return isPrivateFile(archive) ? archive : null;
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
                // a trainer that died without cleaning up (its parent halted): its lock and partial archives
                try (DirectoryStream<Path> partial = Files.newDirectoryStream(dir, key + ".tmp-*")) {
                    for (Path f : partial) {
                        Files.deleteIfExists(f);
                    }
                }
                Files.deleteIfExists(lock);
            }
            try {
                Files.createFile(lock);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                return; // another JVM is training right now
            }
            Path tmp = dir.resolve(key + ".tmp-" + ProcessHandle.current().pid());
            // -Xint: JDK 17 archives each method's "queued for compilation" bit (JDK-8306460), and a
            // worker never compiles a method archived with it, at any tier. Waiting for empty compile
            // queues at exit (-Dgilspy.cdsTraining, dev.gilspy.interp.CdsTraining, kept as a second
            // guard) left some anyway: with the archive that waited, PyThread.current and
            // PyList.<init> were never compiled in either worker (jcmd Compiler.codelist, after 3
            // pools of heavy_compute), while both were in the parent and in workers without the
            // archive, and a warm worker's task took 1.01-1.18x the parent's thread CPU (median
            // 1.06, 3 runs) against 0.94-1.00x (median 1.00) without the archive. A trainer that
            // never compiles queues nothing; its imports take about a second more of CPU, once per
            // jar and at nice 19.
            List<String> cmd = new ArrayList<>(lowPriority());
            cmd.addAll(List.of(java, "-XX:ArchiveClassesAtExit=" + tmp, "-Xlog:disable", "-Xint",
                "-XX:+UseSerialGC", "-D" + TRAINING_PROPERTY + "=true", "-cp", cp, MpWorker.MAIN_CLASS, MpWorker.CDS_TRAIN));
            ProcessBuilder pb = new ProcessBuilder(cmd)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
            pb.environment().remove("GILSPY_MP_PRESTART"); // its import of multiprocessing must start no workers
            Process p = pb.start();
            TRAINERS.put(p, new Path[] {lock, tmp});
            p.onExit().thenRun(() -> {
                TRAINERS.remove(p);
                try {
                    if (p.exitValue() == 0 && Files.size(tmp) > 0) {
                        Files.move(tmp, archive, StandardCopyOption.ATOMIC_MOVE);
                    } else if (p.exitValue() < 128 && p.exitValue() != NOT_QUIESCED) {
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

    /**
     * {@code nice -n 19} when the system has it: the trainer is background work of several seconds (it
     * waits for C2 to drain its queues, see CdsTraining) that runs while the program's first workers
     * compute. At the default priority it takes a core from a pool's two workers on a 2-core machine
     * (the likely cause of the 1 s pool row's one 0.91x: that bench run and the recording of its jar's
     * archive were in the same minute); at nice 19 it gets the CPU time nobody else wants. {@code nice}
     * execs java, so the process is still the JVM.
     */
    static List<String> lowPriority() {
        for (String nice : new String[] {"/usr/bin/nice", "/bin/nice"}) {
            if (Files.isExecutable(Path.of(nice))) {
                return List.of(nice, "-n", "19");
            }
        }
        return List.of();
    }

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    /** The per-user cache folder for archives, made private if need be, or null when it cannot be trusted. */
    static Path privateCacheDir() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isEmpty() && Path.of(xdg).isAbsolute()
            ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return privateDir(base.resolve("gilspy").resolve("cds"));
    }

    static Path privateDir(Path dir) {
        try {
            if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(dir.getParent());
                try {
                    Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                } catch (FileAlreadyExistsException e) {
                    // made meanwhile: judged below like any existing one
                }
            }
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS) || !ownedByMe(dir)) {
                return null;
            }
            if (!Files.getPosixFilePermissions(dir, LinkOption.NOFOLLOW_LINKS).equals(OWNER_ONLY)) {
                // opened up by someone: whatever it holds may have been swapped, so none of it is used
                try (DirectoryStream<Path> old = Files.newDirectoryStream(dir)) {
                    for (Path f : old) {
                        Files.deleteIfExists(f);
                    }
                }
                Files.setPosixFilePermissions(dir, OWNER_ONLY);
            }
            return dir;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return null; // no archive: workers start without one
        }
    }

    /** A regular file (not a link) of this user's that neither group nor others may write. */
    static boolean isPrivateFile(Path file) {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS);
            return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && ownedByMe(file)
                && !perms.contains(PosixFilePermission.GROUP_WRITE) && !perms.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    private static boolean ownedByMe(Path path) throws IOException {
        UserPrincipal me = path.getFileSystem().getUserPrincipalLookupService()
            .lookupPrincipalByName(System.getProperty("user.name"));
        return Files.getOwner(path, LinkOption.NOFOLLOW_LINKS).equals(me);
    }

    /** A digest of the java and the class path jars, or null when the class path holds anything but jars. */
    static String key(String java, String cp) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            // TRAINER_KIND: an archive recorded by an older trainer (one that compiled) is not reused
            md.update((java + "|" + System.getProperty("java.version") + "|" + TRAINER_KIND + "|").getBytes(StandardCharsets.UTF_8));
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
