package dev.gilspy.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -javaagent} with a start-up delay (the default) on a JVM that runs past it: the first run
 * weaves with ByteBuddy after the delay and retransforms; every later run gets the woven GIL class
 * from the cache as the class loads, so nothing is retransformed (no compiled code thrown away) and
 * ByteBuddy never loads. Neither run makes the platform MBean server unless someone asks for it.
 */
class DefaultStartupIT {
    private static final Pattern ADVISED = Pattern.compile("advised dev\\.gilspy\\.interp\\.gil\\.Gil in [0-9.]+ ms on (\\S+)( \\(cached\\))?");

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void theSecondRunIsAdvisedAtClassLoadFromTheCacheAndNeverRetransformed(@TempDir Path dir) throws Exception {
        Path cache = dir.resolve("cache");
        // the default delay (1 s)
        List<String> opts = List.of(ChildJvm.agentArg("quiet"), "-Dgilspy.agent.debug=true",
                "-Dgilspy.agent.cacheDir=" + cache);
        ChildJvm.Result first = ChildJvm.run(opts, "CpuPair", "1500");
        assertThat(first.exit()).as(first.toString()).isZero();
        // a miss loads the class unchanged and the weave comes after the delay, on gilspy-start
        // (or on main, when a loaded machine made main load the class after the delay)
        assertThat(advised(first.stderr())).as(first.toString()).hasSize(1)
                .noneMatch(where -> where.endsWith("(cached)"));
        assertThat(first.values().get("held")).as(first.toString()).isNotNull();

        Path log = dir.resolve("classes.log");
        List<String> again = new ArrayList<>(opts);
        again.add("-Xlog:class+load:file=" + log);
        ChildJvm.Result second = ChildJvm.run(again, "CpuPair", "1500");
        assertThat(second.exit()).as(second.toString()).isZero();
        assertThat(second.stderr()).as(second.toString()).doesNotContain("cannot");
        // advised once, as the class loaded, from the cache: the entry the first run wrote is
        // keyed by the class file as loaded, not by the bytes a retransformation is handed
        assertThat(advised(second.stderr())).as(second.toString()).containsExactly("main (cached)");
        assertThat(second.values().get("held")).as(second.toString()).isNotNull();
        assertThat(second.values().get("held")).as(second.toString()).isGreaterThan(0.0);
        List<String> loaded = Files.readAllLines(log);
        assertThat(loaded).noneMatch(l -> l.contains("dev.gilspy.shaded.bytebuddy.asm.Advice "));
        // gilspy's own main class: the premain loads the GIL class itself, so the transformer stands
        // aside before the application's classes load (each would be read back from the CDS archive's jar)
        assertThat(indexOf(loaded, "dev.gilspy.interp.gil.Gil ")).as("GIL class before the workload's main class")
                .isNotNegative().isLessThan(indexOf(loaded, ".workload.CpuPair "));
        // no JFR event object before the events are registered: that starts JFR's metadata repository
        assertThat(loaded).noneMatch(l -> l.contains("jdk.jfr.internal.MetadataRepository "));
    }

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void nobodyReadingMeansNoPlatformMBeanServer(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("classes.log");
        // 4 s, and on until the agent's ticker thread exists, which its background start-up starts
        // last: a cold ByteBuddy weave (0.5-1.5 s of CPU) outlasted a fixed 4 s run at load 41
        ChildJvm.Result r = ChildJvm.run(List.of(ChildJvm.agentArg("quiet,delay=100ms"), "-Dgilspy.agent.debug=true",
                "-Dgilspy.agent.cacheDir=" + dir.resolve("cache"), "-Xlog:class+load:file=" + log), "TakeDropLoop", "4000",
                "gilspy-ticker");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.stderr()).as(r.toString()).contains("background start-up")
                .contains("MBeans wait for the platform MBean server").doesNotContain("cannot");
        assertThat(Files.readAllLines(log)).noneMatch(l -> l.contains("com.sun.jmx.mbeanserver.JmxMBeanServer "));
    }

    private static int indexOf(List<String> lines, String part) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(part)) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> advised(String stderr) {
        List<String> where = new ArrayList<>();
        Matcher m = ADVISED.matcher(stderr);
        while (m.find()) {
            where.add(m.group(1) + (m.group(2) == null ? "" : m.group(2)));
        }
        return where;
    }
}
