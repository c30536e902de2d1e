package dev.gilspy.interp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files a script leaves open are flushed at exit (issue 16), in a child JVM, for each way a script
 * ends; the expectations are what CPython 3.11 writes for the same script. Not on {@code os._exit}.
 */
class ExitFlushTest {
    @TempDir
    Path dir;

    private static final String SCRIPT = """
        import os, sys, io, atexit, threading
        D = os.environ["D"]
        f = open(D + "/text", "w"); f.write("text\\n")
        g = open(D + "/bin", "wb"); g.write(b"bin\\n")
        h = io.open(D + "/ioopen", "a"); h.write("ioopen\\n")
        fd = os.open(D + "/fdopen", os.O_WRONLY | os.O_CREAT, 0o644)
        k = os.fdopen(fd, "w"); k.write("fdopen\\n")
        def ae():
            z = open(D + "/atexit", "w"); z.write("atexit\\n")
        atexit.register(ae)
        mode = os.environ["MODE"]
        if mode == "exit": sys.exit(3)
        if mode == "raise": raise ValueError("boom")
        if mode == "thread":
            def tt(): raise SystemExit(5)
            th = threading.Thread(target=tt); th.start(); th.join()
        if mode == "_exit": os._exit(4)
        """;

    private String run(String mode, int expectedCode) throws IOException, InterruptedException {
        Path script = dir.resolve("script.py");
        Files.writeString(script, SCRIPT);
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("D", dir.toString());
        env.put("MODE", mode);
        ChildJvm.Result r = ChildJvm.run(dir, script, null, env);
        assertThat(r.code()).as(r.err()).isEqualTo(expectedCode);
        StringBuilder sb = new StringBuilder();
        for (String name : new String[] {"text", "bin", "ioopen", "fdopen", "atexit"}) {
            Path p = dir.resolve(name);
            sb.append(name).append('=').append(Files.exists(p) ? Files.readString(p).strip() : "-").append(' ');
        }
        return sb.toString().strip();
    }

    private static final String ALL = "text=text bin=bin ioopen=ioopen fdopen=fdopen atexit=atexit";

    @Test
    void flushedAtNormalExit() throws Exception {
        assertThat(run("normal", 0)).isEqualTo(ALL);
    }

    @Test
    void flushedOnSysExit() throws Exception {
        assertThat(run("exit", 3)).isEqualTo(ALL);
    }

    @Test
    void flushedAfterAnUncaughtException() throws Exception {
        assertThat(run("raise", 1)).isEqualTo(ALL);
    }

    @Test
    void flushedAfterSystemExitInAThread() throws Exception {
        assertThat(run("thread", 0)).isEqualTo(ALL);
    }

    @Test
    void notFlushedOnOsExit() throws Exception {
        // CPython: the files exist (open created them) but stay empty; atexit does not run
        assertThat(run("_exit", 4)).isEqualTo("text= bin= ioopen= fdopen= atexit=-");
    }

    @Test
    void unreachableFileAndSubinterpretersAreFlushed() throws Exception {
        Path script = dir.resolve("sub.py");
        Files.writeString(script, """
            import _interpreters as I, os, gc
            D = os.environ["D"]
            def gone():
                x = open(D + "/gone", "w"); x.write("gone\\n")
            gone()
            gc.collect()
            i = I.create()
            I.exec(i, f"f = open({D!r} + '/sub', 'w'); f.write('sub\\\\n')")
            I.destroy(i)
            print(open(D + "/sub").read(), end="")
            j = I.create()
            I.exec(j, f"g = open({D!r} + '/sub2', 'w'); g.write('sub2\\\\n')")
            """);
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("D", dir.toString());
        ChildJvm.Result r = ChildJvm.run(dir, script, null, env);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("sub\n");
        // CPython writes "gone" when the function returns; gilspy (no reference counts) at exit
        assertThat(Files.readString(dir.resolve("gone"))).isEqualTo("gone\n");
        assertThat(Files.readString(dir.resolve("sub2"))).isEqualTo("sub2\n");
    }
}
