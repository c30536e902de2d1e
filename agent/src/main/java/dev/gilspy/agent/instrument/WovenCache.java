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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * Woven class files kept between runs, so that a JVM whose GIL class was advised before skips
 * ByteBuddy altogether (its first weave costs 0.7-1.4 s of CPU). The key is a digest of the agent
 * jar (path, size, modification time), the class name and the original class file; each entry
 * carries a digest of its own bytes and is used only when that digest matches, so a truncated or
 * altered file is woven afresh, never handed to the JVM. The folder is the user's alone
 * ({@code $XDG_CACHE_HOME/gilspy/woven} or {@code ~/.cache/gilspy/woven}, mode 0700, owner
 * checked); when it cannot be made so, nothing is cached.
 */
public final class WovenCache {
    private static final int DIGEST = 32;
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
            if (Files.isSymbolicLink(dir)
                    || !Files.getOwner(dir, LinkOption.NOFOLLOW_LINKS).getName().equals(System.getProperty("user.name"))) {
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
        StringBuilder key = new StringBuilder("gilspy-woven-1");
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
        MessageDigest d = sha256();
        d.update(agentKey);
        d.update(className.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        d.update(original);
        return dir.resolve(HexFormat.of().formatHex(d.digest()) + ".class");
    }

    /** The woven bytes stored for this class file, when present and intact. */
    public byte[] get(String className, byte[] original) {
        try {
            byte[] stored = Files.readAllBytes(entry(className, original));
            if (stored.length <= DIGEST) {
                return null;
            }
            byte[] body = Arrays.copyOfRange(stored, DIGEST, stored.length);
            return Arrays.equals(sha256().digest(body), Arrays.copyOf(stored, DIGEST)) ? body : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Stores the woven bytes, atomically; a failure only means no cache next time. */
    public void put(String className, byte[] original, byte[] woven) {
        Path target = entry(className, original);
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, "woven", ".tmp");
            Files.write(tmp, ByteBuffer.allocate(DIGEST + woven.length).put(sha256().digest(woven)).put(woven).array());
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

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
