package dev.gilspy.attach;

import com.sun.tools.attach.VirtualMachine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Checks a PID before attaching. HotSpot's attach starts by sending SIGQUIT, which kills a process
 * that is not a JVM, so a PID must be proven a JVM of our own user first.
 */
final class JvmProcess {
    private JvmProcess() {}

    static void check(long pid) {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty() || !handle.get().isAlive()) {
            throw new AttachException("no process with PID " + pid);
        }
        if (pid == ProcessHandle.current().pid()) {
            throw new AttachException("PID " + pid + " is this gilspy process itself");
        }
        ProcessHandle.Info info = handle.get().info();
        String me = System.getProperty("user.name");
        Optional<String> owner = info.user();
        if (owner.isPresent() && !owner.get().equals(me)) {
            throw new AttachException("PID " + pid + " belongs to user " + owner.get()
                    + "; the JDK attaches only to JVMs of the same user: run gilspy as " + owner.get());
        }
        boolean listed = VirtualMachine.list().stream().anyMatch(d -> d.id().equals(Long.toString(pid)));
        if (!listed && !mapsLibjvm(pid)) {
            throw new AttachException("PID " + pid + " is not a JVM (" + commandName(info)
                    + "), or not one that lets itself be inspected");
        }
    }

    /**
     * True only when the process visibly has libjvm mapped. When we cannot tell, the answer is no:
     * a wrong yes would send SIGQUIT to a process that may die of it.
     */
    private static boolean mapsLibjvm(long pid) {
        Path maps = Path.of("/proc", Long.toString(pid), "maps");
        try (var lines = Files.lines(maps)) {
            return lines.anyMatch(l -> l.endsWith("/libjvm.so"));
        } catch (IOException | java.io.UncheckedIOException | SecurityException e) {
            return false;
        }
    }

    static String commandName(ProcessHandle.Info info) {
        return info.command().map(c -> Path.of(c).getFileName().toString()).orElse("unknown command");
    }
}
