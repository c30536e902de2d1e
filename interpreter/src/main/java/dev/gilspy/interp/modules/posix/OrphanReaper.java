package dev.gilspy.interp.modules.posix;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Kills the subprocess children that are still running when this JVM dies by SIGKILL.
 *
 * <p>A JVM cannot ask the kernel to signal its children when it dies (prctl's PR_SET_PDEATHSIG
 * needs native code), and a SIGKILL runs no shutdown hook. So one watcher per JVM, a small
 * {@code sh} started with the first child, keeps the list of live child pids that it reads from
 * a pipe ({@code + pid} when a child starts, {@code - pid} when it is reaped). When the pipe reaches
 * end of file without the {@code q} a normal exit writes (the JVM was killed), it sends SIGKILL to
 * every pid still listed. A normal exit leaves children running, as CPython does. The watcher
 * lives only while there are children to watch (it would otherwise count as a child itself).
 */
final class OrphanReaper {
    private OrphanReaper() {}

    private static final String SCRIPT = "trap '' INT TERM HUP\n"
        + "pids=\n"
        + "while read -r op pid; do\n"
        + "  case $op in\n"
        + "    +) pids=\"$pids $pid\" ;;\n"
        + "    -) new=; for p in $pids; do [ \"$p\" = \"$pid\" ] || new=\"$new $p\"; done; pids=$new ;;\n"
        + "    q) exit 0 ;;\n"
        + "  esac\n"
        + "done\n"
        + "[ -n \"$pids\" ] && kill -KILL $pids 2>/dev/null\n"
        + "exit 0\n";

    private static OutputStream pipe;
    private static boolean failed;
    private static boolean hooked;
    private static final java.util.Set<Long> WATCHED = new java.util.HashSet<>();

    static synchronized void watch(long pid) {
        WATCHED.add(pid);
        send("+ " + pid);
    }

    static synchronized void forget(long pid) {
        if (WATCHED.remove(pid) && pipe != null) {
            if (WATCHED.isEmpty()) {
                quit();
            } else {
                send("- " + pid);
            }
        }
    }

    private static void send(String line) {
        if (failed) {
            return;
        }
        try {
            if (pipe == null) {
                java.lang.Process p = new ProcessBuilder("/bin/sh", "-c", SCRIPT)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
                pipe = p.getOutputStream();
                if (!hooked) {
                    hooked = true;
                    Runtime.getRuntime().addShutdownHook(new Thread(OrphanReaper::quit, "gilspy-orphan-reaper-quit"));
                }
            }
            pipe.write((line + "\n").getBytes(StandardCharsets.US_ASCII));
            pipe.flush();
        } catch (IOException e) {
            failed = true; // no watcher: children then outlive a killed JVM, as they would under CPython
        }
    }

    private static synchronized void quit() {
        if (pipe == null) {
            return;
        }
        try {
            pipe.write("q\n".getBytes(StandardCharsets.US_ASCII));
            pipe.flush();
            pipe.close();
        } catch (IOException e) {
            // the watcher is gone already
        }
        pipe = null;
    }
}
