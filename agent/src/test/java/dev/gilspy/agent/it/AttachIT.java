package dev.gilspy.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.tools.attach.VirtualMachine;
import java.nio.file.Path;
import java.util.List;
import javax.management.JMX;
import jdk.jfr.consumer.RecordingFile;
import jdk.management.jfr.FlightRecorderMXBean;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Loading the agent into a JVM that is already running, the way {@code gilspy top PID} does. */
class AttachIT {
    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void attachesToARunningInterpreterOnceAndServesTheMXBean(@TempDir Path dir) throws Exception {
        Process child = new ProcessBuilder(ChildJvm.command(List.of(), "CpuPair", "60000"))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            assertThat(ChildJvm.readLine(child.getInputStream())).isEqualTo("started");
            VirtualMachine vm = VirtualMachine.attach(String.valueOf(child.pid()));
            try {
                vm.loadAgent(ChildJvm.agentJar().toString(), "quiet,knock=off");
                vm.loadAgent(ChildJvm.agentJar().toString(), "sample=abc"); // a second load is a no-op, even with bad options
                Properties props = vm.getSystemProperties();
                assertThat(props.getProperty("gilspy.agent.version")).isNotBlank();
                assertThat(props.getProperty("gilspy.agent.target")).isEqualTo("auto");
                String url = vm.startLocalManagementAgent();
                try (JMXConnector c = JMXConnectorFactory.connect(new JMXServiceURL(url))) {
                    MBeanServerConnection server = c.getMBeanServerConnection();
                    ObjectName agent = new ObjectName("dev.gilspy:type=Agent");
                    assertThat(server.getAttribute(agent, "Instrumented")).isEqualTo(true);
                    assertThat(server.getAttribute(agent, "InstrumentationError")).isEqualTo("");
                    assertThat(server.getAttribute(agent, "Options")).isEqualTo("quiet,knock=off");
                    ObjectName gil = new ObjectName("dev.gilspy:type=Gil,interpreter=0");
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                    while (!server.isRegistered(gil) && System.nanoTime() < deadline) {
                        Thread.sleep(50);
                    }
                    long first = (Long) server.getAttribute(gil, "AcquisitionsTotal");
                    Thread.sleep(1500);
                    long second = (Long) server.getAttribute(gil, "AcquisitionsTotal");
                    assertThat(second).isGreaterThan(first);
                    assertThat((Double) server.getAttribute(gil, "Contention")).isGreaterThan(0.5);
                    assertThat(holderFunction(server, gil)).startsWith("countdown (workload.py:");
                    CompositeData[] threads = (CompositeData[]) server.getAttribute(gil, "Threads");
                    assertThat(threads).extracting(t -> t.get("name")).containsExactlyInAnyOrder("cpu-1", "cpu-2");
                    assertThat(server.queryNames(new ObjectName("dev.gilspy:*"), null)).hasSize(2);
                    recordLater(server, dir);
                }
            } finally {
                vm.detach();
            }
            child.getOutputStream().write('\n');
            child.getOutputStream().flush();
            String rest = ChildJvm.text(child.getInputStream());
            assertThat(rest).contains("iterations_per_second=");
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).isZero();
        } finally {
            child.destroyForcibly();
        }
    }

    /**
     * The holder's function is a live reading: between a drop and the next take nobody holds the
     * GIL and it is empty, so a single read right after attaching can land in a hand-off. Read
     * until a holder is seen, for at most 10 s.
     */
    private static String holderFunction(MBeanServerConnection server, ObjectName gil) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        String function = (String) server.getAttribute(gil, "HolderFunction");
        while (function.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
            function = (String) server.getAttribute(gil, "HolderFunction");
        }
        return function;
    }

    /**
     * Recordings started after the agent, through FlightRecorderMXBean, see the gilspy events: the
     * JDK's default settings only the cheap ones, its profile settings all of them.
     */
    private static void recordLater(MBeanServerConnection server, Path dir) throws Exception {
        java.util.Map<String, Long> normal = recordWith(server, "default", dir.resolve("default.jfr"));
        java.util.Map<String, Long> profile = recordWith(server, "profile", dir.resolve("profile.jfr"));
        System.out.println("events in 1 s, default: " + normal + ", profile: " + profile);
        assertThat(normal).containsKey("gilspy.GilStats").doesNotContainKeys("gilspy.GilSample", "gilspy.GilDropRequest");
        assertThat(profile).containsKeys("gilspy.GilHold", "gilspy.GilWait", "gilspy.GilSample", "gilspy.GilStats");
    }

    private static java.util.Map<String, Long> recordWith(MBeanServerConnection server, String settings, Path file)
            throws Exception {
        FlightRecorderMXBean jfr = JMX.newMXBeanProxy(server, new ObjectName(FlightRecorderMXBean.MXBEAN_NAME),
                FlightRecorderMXBean.class);
        long id = jfr.newRecording();
        jfr.setPredefinedConfiguration(id, settings);
        jfr.startRecording(id);
        Thread.sleep(1000);
        jfr.stopRecording(id);
        jfr.copyTo(id, file.toString());
        jfr.closeRecording(id);
        return RecordingFile.readAllEvents(file).stream().map(e -> e.getEventType().getName())
                .filter(n -> n.startsWith("gilspy."))
                .collect(java.util.stream.Collectors.groupingBy(n -> n, java.util.TreeMap::new,
                        java.util.stream.Collectors.counting()));
    }
}
