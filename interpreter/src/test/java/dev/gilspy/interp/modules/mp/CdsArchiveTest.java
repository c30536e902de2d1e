package dev.gilspy.interp.modules.mp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: worker class-data archives went to {@code /tmp/gilspy-cds-$USER} whatever its owner and
 * mode, so another user could create that folder first and swap the archive a worker JVM runs.
 */
class CdsArchiveTest {
    @Test
    void theCacheFolderIsMadeOwnerOnly(@TempDir Path home) throws Exception {
        Path dir = CdsArchive.privateDir(home.resolve("cache/gilspy/cds"));
        assertThat(dir).isNotNull();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
    }

    @Test
    void aFolderSomeoneOpenedUpIsEmptiedAndClosedBeforeUse(@TempDir Path home) throws Exception {
        Path dir = Files.createDirectories(home.resolve("cds"));
        Path planted = Files.writeString(dir.resolve("0123456789abcdef01234567.jsa"), "not an archive");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));

        assertThat(CdsArchive.privateDir(dir)).isEqualTo(dir);
        assertThat(planted).doesNotExist();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
    }

    @Test
    void aSymlinkInPlaceOfTheFolderIsNotFollowed(@TempDir Path home) throws Exception {
        Path elsewhere = Files.createDirectories(home.resolve("elsewhere"));
        Path link = Files.createSymbolicLink(home.resolve("cds"), elsewhere);
        assertThat(CdsArchive.privateDir(link)).isNull();
    }

    @Test
    void anotherUsersFolderIsRefused(@TempDir Path home) throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "needs root to give a folder to another user");
        Path dir = Files.createDirectories(home.resolve("cds"));
        Files.setOwner(dir, dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody"));
        assertThat(CdsArchive.privateDir(dir)).isNull();
    }

    @Test
    void onlyArchivesNoOneElseMayWriteAreUsed(@TempDir Path home) throws Exception {
        Path mine = Files.writeString(home.resolve("a.jsa"), "x");
        Files.setPosixFilePermissions(mine, PosixFilePermissions.fromString("rw-r--r--"));
        Path writable = Files.writeString(home.resolve("b.jsa"), "x");
        Files.setPosixFilePermissions(writable, PosixFilePermissions.fromString("rw-rw-rw-"));
        Path link = Files.createSymbolicLink(home.resolve("c.jsa"), mine);

        assertThat(CdsArchive.isPrivateFile(mine)).isTrue();
        assertThat(CdsArchive.isPrivateFile(writable)).isFalse();
        assertThat(CdsArchive.isPrivateFile(link)).isFalse();
        assertThat(Files.isSymbolicLink(link) && Files.exists(link, LinkOption.NOFOLLOW_LINKS)).isTrue();
    }
}
