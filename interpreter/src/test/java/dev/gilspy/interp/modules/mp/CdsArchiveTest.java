package dev.gilspy.interp.modules.mp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CdsArchiveTest {
    /** The workers' archive trainer runs at nice 19: the command prefix really lowers a process's priority. */
    @Test
    void trainerRunsAtLowestPriority() throws Exception {
        List<String> prefix = CdsArchive.lowPriority();
        assumeTrue(!prefix.isEmpty(), "no nice on this system");
        List<String> cmd = new ArrayList<>(prefix);
        cmd.addAll(List.of("cat", "/proc/self/stat"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String stat = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), stat);
        // /proc/PID/stat: "pid (comm) state ..." and the nice value is field 19, the 17th after the comm
        String[] after = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        int base = niceOfThisJvm();
        assertEquals(Math.min(19, base + 19), Integer.parseInt(after[16]), stat);
    }

    private static int niceOfThisJvm() throws Exception {
        String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/stat"));
        return Integer.parseInt(stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ")[16]);
    }
}
