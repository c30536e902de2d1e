package dev.gilspy.agent.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WovenCacheTest {
    private final byte[] original = {1, 2, 3, 4};
    private final byte[] woven = {5, 6, 7, 8, 9};

    @Test
    void storesAndReturnsTheWovenBytesForTheSameClassFileOnly(@TempDir Path tmp) throws Exception {
        WovenCache cache = WovenCache.open(tmp.resolve("woven")).orElseThrow();
        assertThat(cache.get("a.B", original)).isNull();
        cache.put("a.B", original, woven);
        assertThat(cache.get("a.B", original)).isEqualTo(woven);
        assertThat(cache.get("a.B", new byte[] {1, 2, 3})).as("another class file").isNull();
        assertThat(cache.get("a.C", original)).as("another class").isNull();
        assertThat(Files.getPosixFilePermissions(tmp.resolve("woven"))).isEqualTo(PosixFilePermissions.fromString("rwx------"));
    }

    @Test
    void aDamagedEntryIsNeverReturned(@TempDir Path tmp) throws Exception {
        WovenCache cache = WovenCache.open(tmp).orElseThrow();
        cache.put("a.B", original, woven);
        try (var files = Files.list(tmp)) {
            Path entry = files.filter(p -> p.toString().endsWith(".class")).findFirst().orElseThrow();
            byte[] bytes = Files.readAllBytes(entry);
            bytes[bytes.length - 1] ^= 1;
            Files.write(entry, bytes);
            assertThat(cache.get("a.B", original)).isNull();
            Files.write(entry, new byte[] {1, 2});
            assertThat(cache.get("a.B", original)).isNull();
        }
    }

    @Test
    void anOpenFolderIsMadePrivate(@TempDir Path tmp) throws Exception {
        Path open = tmp.resolve("open");
        Files.createDirectory(open, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxrwxrwx")));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxrwxrwx"));
        assertThat(WovenCache.open(open)).isPresent();
        assertThat(Files.getPosixFilePermissions(open)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        Path link = tmp.resolve("link");
        Files.createSymbolicLink(link, open);
        assertThat(WovenCache.open(link)).as("a symbolic link is refused").isEmpty();
    }
}
