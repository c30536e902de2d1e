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
}
