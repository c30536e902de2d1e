package dev.gilspy.interp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Java OutOfMemoryError from an allocation a Python operation asked for is CPython's MemoryError:
 * {@code except MemoryError} catches it, {@code finally} blocks run, the program goes on (issue 16).
 * In a child JVM with a small heap.
 */
class MemoryErrorTest {
    @TempDir
    Path dir;

    @Test
    void failedAllocationsAreMemoryErrorsThatTheProgramSurvives() throws Exception {
        ChildJvm.Result r = ChildJvm.run(dir, """
            try:
                x = [0] * (10**10 // 8)
            except MemoryError:
                print("ok list")
            try:
                b = bytearray(10**9)
            except MemoryError:
                print("ok bytearray")
            try:
                s = "x" * (10**8)
                s = s + s + s
            except MemoryError as e:
                s = None
                print("ok str", repr(e))
            keep = []
            try:
                while True:
                    keep.append(bytes(10**6))
            except MemoryError:
                n = len(keep)
                keep = None
                print("ok growth", n > 10)
            def f():
                try:
                    return [None] * 10**9
                finally:
                    print("finally ran")
            try:
                f()
            except MemoryError:
                print("ok through a frame")
            print("goes on", sum(range(10)))
            """, "-Xmx128m");
        assertThat(r.out()).isEqualTo("ok list\nok bytearray\nok str MemoryError()\nok growth True\n"
            + "finally ran\nok through a frame\ngoes on 45\n");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
    }

    @Test
    void uncaughtMemoryErrorIsATracebackAndExit1() throws Exception {
        ChildJvm.Result r = ChildJvm.run(dir, "print('before')\nx = [0] * (10**10 // 8)\nprint('after')\n", "-Xmx128m");
        assertThat(r.out()).isEqualTo("before\n");
        assertThat(r.err()).startsWith("Traceback (most recent call last):\n").endsWith("\nMemoryError\n")
            .doesNotContain("internal error");
        assertThat(r.code()).isEqualTo(1);
    }

    @Test
    void memoryErrorInAThreadGoesToThreadingsExcepthook() throws Exception {
        ChildJvm.Result r = ChildJvm.run(dir, """
            import threading
            def f():
                x = [0] * 200_000_000
            t = threading.Thread(target=f, name="big")
            t.start()
            t.join(timeout=60)
            print("alive", t.is_alive())
            """, "-Xmx64m");
        assertThat(r.out()).isEqualTo("alive False\n");
        assertThat(r.err()).startsWith("Exception in thread big:\nTraceback (most recent call last):\n")
            .endsWith("\nMemoryError\n");
        assertThat(r.code()).isZero();
    }
}
