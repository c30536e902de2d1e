package dev.gilspy.interp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sys.stderr} is unbuffered in CPython: a write to a full device raises OSError at once, and
 * an uncaught one (whose traceback cannot be written either) exits 1 (issue 16). In a child JVM
 * whose stderr is {@code /dev/full}, as {@code python3 script.py 2>/dev/full}.
 */
class StderrWriteErrorTest {
    @TempDir
    Path dir;

    private static final File FULL = new File("/dev/full");

    @BeforeEach
    void needsDevFull() {
        Assumptions.assumeTrue(FULL.exists());
    }

    private ChildJvm.Result run(String source) throws Exception {
        Path script = dir.resolve("script.py");
        Files.writeString(script, source);
        return ChildJvm.run(dir, script, FULL, null);
    }

    @Test
    void uncaughtWriteErrorExits1() throws Exception {
        ChildJvm.Result r = run("import sys\nsys.stderr.write('x' * 100000)\nprint('not reached')\n");
        assertThat(r.out()).isEmpty();
        assertThat(r.code()).isEqualTo(1);
    }

    @Test
    void eachWriteAndPrintRaisesOSErrorAtOnce() throws Exception {
        ChildJvm.Result r = run("""
            import sys
            for w in (lambda: sys.stderr.write('x'), lambda: print('y', file=sys.stderr),
                      lambda: sys.stderr.writelines(['a', 'b'])):
                try:
                    w()
                    print('no error')
                except OSError as e:
                    print('caught', e.errno, e.strerror)
            print(sys.stderr.write_through)
            """);
        assertThat(r.out()).isEqualTo("caught 28 No space left on device\n".repeat(3) + "True\n");
        assertThat(r.code()).isZero();
    }

    @Test
    void uncaughtExceptionWhoseTracebackCannotBeWrittenExits1() throws Exception {
        ChildJvm.Result r = run("print('out')\nraise ValueError\n");
        assertThat(r.out()).isEqualTo("out\n");
        assertThat(r.code()).isEqualTo(1);
    }
}
