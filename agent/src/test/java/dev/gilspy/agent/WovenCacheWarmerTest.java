package dev.gilspy.agent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gilspy.agent.instrument.WovenCache;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WovenCacheWarmerTest {
    private static final String CACHE_DIR = "gilspy.agent.cacheDir";

    @Test
    void weavesTheGilClassIntoTheCacheOnce(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("woven");
        String before = System.getProperty(CACHE_DIR);
        System.setProperty(CACHE_DIR, dir.toString());
        try {
            ClassLoader loader = getClass().getClassLoader();
            assertThat(WovenCacheWarmer.warm(loader)).isTrue();
            byte[] original;
            try (InputStream in = loader.getResourceAsStream(Targets.GILSPY.gilClass().replace('.', '/') + ".class")) {
                original = in.readAllBytes();
            }
            byte[] woven = WovenCache.open(dir).orElseThrow().get(Targets.GILSPY.gilClass(), original);
            assertThat(woven).as("the entry the agent looks up at class load").isNotNull().isNotEqualTo(original);
            long modified;
            try (var files = Files.list(dir)) {
                Path entry = files.filter(p -> p.toString().endsWith(".class")).findFirst().orElseThrow();
                modified = Files.getLastModifiedTime(entry).toMillis();
            }
            assertThat(WovenCacheWarmer.warm(loader)).as("already there").isTrue();
            try (var files = Files.list(dir)) {
                assertThat(files.filter(p -> p.toString().endsWith(".class")).count()).isEqualTo(1);
            }
            try (var files = Files.list(dir)) {
                Path entry = files.filter(p -> p.toString().endsWith(".class")).findFirst().orElseThrow();
                assertThat(Files.getLastModifiedTime(entry).toMillis()).as("not woven again").isEqualTo(modified);
            }
        } finally {
            if (before == null) {
                System.clearProperty(CACHE_DIR);
            } else {
                System.setProperty(CACHE_DIR, before);
            }
        }
    }

    @Test
    void withoutGilspysGilClassThereIsNothingToWarm() {
        ClassLoader empty = new ClassLoader(null) {};
        assertThat(WovenCacheWarmer.warm(empty)).isFalse();
    }
}
