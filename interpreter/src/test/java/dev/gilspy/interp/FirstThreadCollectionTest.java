package dev.gilspy.interp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * runtime/FirstThreadCollection: a program's first Python thread start, with nothing collected since
 * start-up, makes one full collection (start-up's objects promoted before any thread waits for the
 * GIL); a program that has already collected, a second thread, and {@code -Dgilspy.firstThreadGc=false}
 * make none. Read from the child JVM's own GC log, on the launcher's collector.
 */
class FirstThreadCollectionTest {
    private static final String START_TWO = String.join("\n",
        "import threading",
        "for _ in range(2):",
        "    t = threading.Thread(target=lambda: None)",
        "    t.start()",
        "    t.join()",
        "print('done')",
        "");
    /** Allocates several young generations' worth first, so the JVM has collected before the thread starts. */
    private static final String COLLECTED_FIRST = String.join("\n",
        "for i in range(40):",
        "    junk = [str(j) for j in range(100000)]",
        "import threading",
        "t = threading.Thread(target=lambda: None)",
        "t.start()",
        "t.join()",
        "print('done')",
        "");

    @TempDir
    Path dir;

    @Test
    void theFirstThreadStartCollectsOnce() throws Exception {
        assertThat(explicitCollections(START_TWO)).isEqualTo(1);
    }

    @Test
    void noCollectionWhenTheProgramHasCollectedAlready() throws Exception {
        assertThat(explicitCollections(COLLECTED_FIRST)).isZero();
    }

    @Test
    void offWithTheProperty() throws Exception {
        assertThat(explicitCollections(START_TWO, "-Dgilspy.firstThreadGc=false")).isZero();
    }

    private long explicitCollections(String source, String... more) throws Exception {
        Path log = dir.resolve("gc.log");
        String[] options = new String[more.length + 3];
        options[0] = "-XX:+UseSerialGC";
        options[1] = "-Xmn64m"; // start-up without the launcher's class data fills a 24 MB one
        options[2] = "-Xlog:gc:file=" + log;
        System.arraycopy(more, 0, options, 3, more.length);
        ChildJvm.Result r = ChildJvm.run(dir, source, options);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("done\n");
        return Files.readAllLines(log).stream().filter(l -> l.contains("Pause Full (System.gc())")).count();
    }
}
