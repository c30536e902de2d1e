package dev.gilspy.interp.modules.posix;

import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.StructSeq;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;

/**
 * {@code os.stat_result} (posixmodule.c's {@code _pystat_fromstructstat}): the ten tuple items with
 * whole-second times, then the float times, the {@code *_ns} times, blksize, blocks and rdev. The
 * values come from java.nio's {@code unix:*} attributes, which are the fields of stat(2).
 */
public final class PosixStat {
    private PosixStat() {}

    static final String[] FIELDS = {
        "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime",
        "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev"};
    static final int VISIBLE = 10;
    public static final PyType STAT_RESULT = StructSeq.newType("os", "stat_result", FIELDS, VISIBLE);

    public static final int S_IFIFO = 0010000;
    public static final int S_IFCHR = 0020000;

    /** stat(2) or, with {@code follow} false, lstat(2). */
    public static PyTuple stat(Path p, boolean follow) throws IOException {
        LinkOption[] opts = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        if (p.getFileSystem() != java.nio.file.FileSystems.getDefault()) {
            return readOnlyEntry(p);
        }
        Map<String, Object> a = Files.readAttributes(p, "unix:*", opts);
        long size = ((Number) a.get("size")).longValue();
        return make(((Number) a.get("mode")).longValue(), ((Number) a.get("ino")).longValue(), ((Number) a.get("dev")).longValue(),
            ((Number) a.get("nlink")).longValue(), ((Number) a.get("uid")).longValue(), ((Number) a.get("gid")).longValue(), size,
            nanos((FileTime) a.get("lastAccessTime")), nanos((FileTime) a.get("lastModifiedTime")), nanos((FileTime) a.get("ctime")),
            ((Number) a.get("rdev")).longValue());
    }

    /**
     * A file of the shipped library inside its jar (see {@code runtime.LibraryFiles}): a read-only
     * regular file (0444) or directory (0555), owned by this process's user, its inode a hash of its
     * name, its times the jar entry's.
     */
    private static PyTuple readOnlyEntry(Path p) throws IOException {
        java.nio.file.attribute.BasicFileAttributes b = Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class);
        long mode = b.isDirectory() ? 0040555 : 0100444;
        long ino = p.toAbsolutePath().toString().hashCode() & 0xffffffffL;
        Path self = Path.of("/proc/self"); // owned by this process's user and group
        long uid = ((Number) Files.getAttribute(self, "unix:uid")).longValue();
        long gid = ((Number) Files.getAttribute(self, "unix:gid")).longValue();
        long t = nanos(b.lastModifiedTime());
        return make(mode, ino, 0, b.isDirectory() ? 2 : 1, uid, gid, b.isDirectory() ? 0 : b.size(), t, t, t, 0);
    }

    /**
     * The stat of an open regular file whose name was removed since (fstat of it): no link left, no
     * inode number to tell (java.nio stats names, not descriptors), the size the channel has.
     */
    public static PyTuple unlinked(long size) {
        long now = nanos(FileTime.from(Instant.now()));
        return make(0100000 | 0600, 0, 0, 0, 0, 0, size, now, now, now, 0);
    }

    /** The stat of something that is not a file in the file system (a pipe, a stream). */
    public static PyTuple special(int mode) {
        long now = nanos(FileTime.from(Instant.now()));
        return make(mode, 0, 0, 1, 0, 0, 0, now, now, now, 0);
    }

    private static PyTuple make(long mode, long ino, long dev, long nlink, long uid, long gid, long size,
                                long atimeNs, long mtimeNs, long ctimeNs, long rdev) {
        Object[] v = {
            mode, ino, dev, nlink, uid, gid, size,
            Math.floorDiv(atimeNs, 1_000_000_000L), Math.floorDiv(mtimeNs, 1_000_000_000L), Math.floorDiv(ctimeNs, 1_000_000_000L),
            seconds(atimeNs), seconds(mtimeNs), seconds(ctimeNs),
            java.math.BigInteger.valueOf(atimeNs), java.math.BigInteger.valueOf(mtimeNs), java.math.BigInteger.valueOf(ctimeNs),
            4096L, (size + 4095) / 4096 * 8, rdev};
        for (int i = 13; i < 16; i++) {
            v[i] = intValue((java.math.BigInteger) v[i]);
        }
        return StructSeq.make(STAT_RESULT, FIELDS, VISIBLE, v);
    }

    private static Object intValue(java.math.BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    static long nanos(FileTime t) {
        Instant i = t.toInstant();
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    /** As CPython computes the float: whole seconds plus nanoseconds * 1e-9. */
    private static double seconds(long ns) {
        long s = Math.floorDiv(ns, 1_000_000_000L);
        return s + Math.floorMod(ns, 1_000_000_000L) * 1e-9;
    }
}
