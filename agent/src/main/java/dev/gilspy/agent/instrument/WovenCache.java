package dev.gilspy.agent.instrument;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.zip.Adler32;
import java.util.zip.CRC32;

/**
 * Woven class files kept between runs, so that a JVM whose GIL class was advised before skips
 * ByteBuddy altogether (its first weave costs 0.7-1.4 s of CPU). The key is a checksum of the agent
 * jar (path, size, modification time), the class name and the original class file; each entry
 * carries a checksum of its own bytes and is used only when that checksum matches, so a truncated or
 * damaged file is woven afresh, never handed to the JVM. The checksums are CRC-32 and Adler-32
 * together (64 bits): they guard against damage and stale entries, not against an
 * attacker, whom the folder's owner and mode keep out; a {@code MessageDigest} would set up the
 * security providers, about 20 ms of every measured JVM's start-up. CRC-32 and Adler-32 both run
 * in zlib: CRC-32C's class initialiser computes its eight 256-entry tables in Java, 1-2 ms of the
 * premain's CPU, interpreted, on the JVM's main thread. The folder is the user's alone
 * ({@code $XDG_CACHE_HOME/gilspy/woven} or {@code ~/.cache/gilspy/woven}, mode 0700, owner
 * checked); when it cannot be made so, nothing is cached.
 */
public final class WovenCache {
    private static final int DIGEST = Long.BYTES;
    private final Path dir;
    private final byte[] agentKey;

    private WovenCache(Path dir, byte[] agentKey) {
        this.dir = dir;
        this.agentKey = agentKey;
    }

    /** The user's cache, or empty when it cannot be private (another owner, not POSIX, no home). */
    public static Optional<WovenCache> open(Path dir) {
        try {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            if (Files.isSymbolicLink(dir) || !ownedByThisUser(dir)) {
                return Optional.empty();
            }
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(dir, LinkOption.NOFOLLOW_LINKS);
            if (!perms.equals(PosixFilePermissions.fromString("rwx------"))) {
                // opened up by someone: an entry and its digest could both have been replaced, so
                // none of them is trusted (the digest guards against damage, not against an attacker)
                try (var entries = Files.newDirectoryStream(dir)) {
                    for (Path entry : entries) {
                        Files.deleteIfExists(entry);
                    }
                }
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            }
            return Optional.of(new WovenCache(dir, agentKey()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether this process's user owns the folder: the numeric owner against that of
     * {@code /proc/self} (the process's own uid, no user-name lookup), else by user name.
     */
    private static boolean ownedByThisUser(Path dir) throws IOException {
        Path self = Path.of("/proc/self");
        try {
            return Files.getAttribute(dir, "unix:uid", LinkOption.NOFOLLOW_LINKS).equals(Files.getAttribute(self, "unix:uid"));
        } catch (UnsupportedOperationException | IOException e) {
            return Files.getOwner(dir, LinkOption.NOFOLLOW_LINKS).getName().equals(System.getProperty("user.name"));
        }
    }

    /** {@code $XDG_CACHE_HOME/gilspy/woven}, else {@code ~/.cache/gilspy/woven}; {@code -Dgilspy.agent.cacheDir} for tests. */
    public static Path defaultDir() {
        String override = System.getProperty("gilspy.agent.cacheDir");
        if (override != null) {
            return Path.of(override);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isEmpty() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("gilspy").resolve("woven");
    }

    private static byte[] agentKey() {
        StringBuilder key = new StringBuilder("gilspy-woven-3");
        try {
            var source = WovenCache.class.getProtectionDomain().getCodeSource();
            Path jar = Path.of(source.getLocation().toURI());
            key.append('|').append(jar).append('|').append(Files.size(jar)).append('|')
                    .append(Files.getLastModifiedTime(jar).toMillis());
        } catch (Exception | LinkageError e) {
            key.append("|unknown-").append(System.nanoTime()); // no stable key: a fresh one each run
        }
        return key.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private Path entry(String className, byte[] original) {
        byte[] name = className.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return dir.resolve(className + "-" + Long.toHexString(checksum(agentKey, name, original)) + "-"
                + Integer.toHexString(original.length) + ".class");
    }

    /** The woven bytes stored for this class file, when present and intact. */
    public byte[] get(String className, byte[] original) {
        try {
            byte[] stored = read(entry(className, original));
            if (stored.length <= DIGEST) {
                return null;
            }
            byte[] body = Arrays.copyOfRange(stored, DIGEST, stored.length);
            return ByteBuffer.wrap(stored).getLong() == checksum(body) ? body : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * A {@code FileInputStream}, not NIO's {@code Files.readAllBytes}: this runs in the premain, on
     * the JVM's main thread, where NIO's channel classes cost 2-3 ms to load and a channel read into a
     * heap array goes through a temporary direct buffer (malloc'd) that stays cached on that thread for
     * the rest of the run (agent/README, "the premain's file read").
     */
    private static byte[] read(Path file) throws IOException {
        try (java.io.FileInputStream in = new java.io.FileInputStream(file.toFile())) {
            return in.readAllBytes();
        }
    }

    /** Stores the woven bytes, atomically; a failure only means no cache next time. */
    public void put(String className, byte[] original, byte[] woven) {
        Path target = entry(className, original);
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, "woven", ".tmp");
            Files.write(tmp, ByteBuffer.allocate(DIGEST + woven.length).putLong(checksum(woven)).put(woven).array());
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            try {
                if (tmp != null) {
                    Files.deleteIfExists(tmp);
                }
            } catch (IOException ignored) {
                // the cache folder is best effort
            }
        }
    }

    /** CRC-32 in the high half, Adler-32 in the low half, over the parts in order, each with its length. */
    static long checksum(byte[]... parts) {
        CRC32 a = new CRC32();
        Adler32 b = new Adler32();
        for (byte[] part : parts) {
            byte[] length = ByteBuffer.allocate(Integer.BYTES).putInt(part.length).array();
            a.update(length);
            b.update(length);
            a.update(part);
            b.update(part);
        }
        return a.getValue() << 32 | b.getValue();
    }
}
