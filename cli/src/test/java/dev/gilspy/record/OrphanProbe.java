package dev.gilspy.record;

import java.util.List;
import java.util.Map;

/** A stand-in gilspy for {@link ScriptRunTest}: starts a long child, says its PID, then waits to be killed. */
public final class OrphanProbe {
    private OrphanProbe() {}

    public static void main(String[] args) throws Exception {
        WorkDir work = WorkDir.create("record");
        ScriptRun run = ScriptRun.start(List.of("sleep", "600"), Map.of(), work.path(), ScriptRun.Streams.capture());
        long pid = run.child().orElseThrow().pid();
        System.out.println("child " + pid + " " + work.path());
        System.out.flush();
        Thread.sleep(600_000);
    }
}
