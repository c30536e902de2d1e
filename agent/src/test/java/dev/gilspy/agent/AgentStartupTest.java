package dev.gilspy.agent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gilspy.agent.runtime.AgentOptions;
import org.junit.jupiter.api.Test;

class AgentStartupTest {
    @Test
    void aRecordingFromStartUpIsMeasuredFromStartUp() {
        assertThat(AgentStartup.recordingFromStartup(new String[] {"-Xmx1g", "-XX:StartFlightRecording:filename=x.jfr"})).isTrue();
        assertThat(AgentStartup.recordingFromStartup(new String[] {"-agentpath:/tmp/libasyncProfiler.so=start,jfrsync=g.jfc,file=x.jfr"})).isTrue();
        assertThat(AgentStartup.recordingFromStartup(new String[] {"-agentpath:/tmp/libasyncProfiler.so=start,file=x.html", "-Xss1m"})).isFalse();
        assertThat(AgentStartup.delay(AgentOptions.parse("delay=250ms"))).isEqualTo(250_000_000L);
        assertThat(AgentStartup.delay(AgentOptions.parse("jfr=x.jfr"))).isZero();
    }

    @Test
    void onlyGilspysOwnCommandLinesPreloadTheGilClass() {
        String jar = java.nio.file.Path.of("/opt/gilspy/gilspy.jar").toString();
        assertThat(AgentStartup.runsGilspy("/opt/gilspy/gilspy.jar run x.py", jar)).isTrue();
        assertThat(AgentStartup.runsGilspy("dev.gilspy.interp.Main x.py", jar)).isTrue();
        assertThat(AgentStartup.runsGilspy("/opt/other/service.jar --port 1", jar)).as("another jar").isFalse();
        assertThat(AgentStartup.runsGilspy("com.example.Service", jar)).as("a GraalPy host").isFalse();
        assertThat(AgentStartup.runsGilspy("", jar)).isFalse();
        assertThat(AgentStartup.runsGilspy(null, jar)).isFalse();
        assertThat(AgentStartup.runsGilspy("/opt/gilspy/gilspy.jar", null)).as("agent not from a jar").isFalse();
    }
}
