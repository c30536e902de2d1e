package dev.gilspy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gilspy.attach.WorkerJvms;
import dev.gilspy.cli.testapp.GilspyJar;
import dev.gilspy.cli.testapp.PythonApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19: a script's multiprocessing workers are JVMs of their own; {@code top --workers PID} lists
 * them (PID, parent, pool name) for {@code gilspy top WORKER_PID}, and a SIGKILLed parent leaves none
 * of them running.
 */
class TopWorkersIT {
    @TempDir Path dir;

    static final String POOL = """
            from multiprocessing import Pool

            def work(n):
                s = 0
                for i in range(n):
                    s += i * i
                return s

            if __name__ == '__main__':
                with Pool(2) as p:
                    print(len(p.map(work, [2000000] * 2000)))
            """;

    @Test
    void topListsAPoolsWorkersAndAKilledParentTakesThemAlong() throws Exception {
        Path script = Files.writeString(dir.resolve("pool.py"), POOL);
        try (PythonApp app = PythonApp.start(false, script)) {
            List<WorkerJvms.Worker> workers = List.of();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (workers.size() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(200);
                workers = WorkerJvms.of(app.pid());
            }
            assertThat(workers).as("two pool workers started").hasSize(2);

            GilspyJar.Result r = GilspyJar.run(300, "top", "--workers", Long.toString(app.pid()));
            assertThat(r.exitCode()).as(r.err()).isZero();
            for (WorkerJvms.Worker w : workers) {
                assertThat(r.out()).containsPattern("(?m)^\\s*" + w.pid() + "\\s+" + app.pid() + "  SpawnPoolWorker-\\d+$");
            }
            assertThat(r.out()).contains("gilspy top WORKER_PID");

            app.kill(); // SIGKILL: no shutdown hook of the parent runs
            for (WorkerJvms.Worker w : workers) {
                ProcessHandle h = ProcessHandle.of(w.pid()).orElse(null);
                if (h == null) continue;
                // a worker sees its stdin close and halts; 60 s is room for a loaded machine (load 40 on 2 cores
                // can keep a JVM's thread off the CPUs for seconds); left as soon as the worker is gone
                assertThat(h.onExit().completeOnTimeout(null, 60, TimeUnit.SECONDS).get())
                        .as("worker " + w.pid() + " still running 60 s after its parent's SIGKILL").isNotNull();
                assertThat(h.isAlive()).isFalse();
            }
        }
    }
}
