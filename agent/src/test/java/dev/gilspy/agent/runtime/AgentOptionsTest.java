package dev.gilspy.agent.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgentOptionsTest {
    @Test
    void defaultsLeaveTheKnockerOffAndUseTheDocumentedThresholds() {
        AgentOptions o = AgentOptions.parse(null);
        assertThat(o.sampleHz()).isEqualTo(100);
        assertThat(o.knockPollNanos()).isZero();
        assertThat(o.knockWindowNanos()).isZero();
        assertThat(AgentOptions.parse("knock=1ms").knockWindowNanos()).isEqualTo(10_000_000);
        assertThat(o.delayNanos()).isEqualTo(AgentOptions.DELAY_UNSET);
        assertThat(AgentOptions.parse("jfr=x.jfr").delayNanos()).isZero();
        assertThat(AgentOptions.parse("jfr=x.jfr,delay=2s").delayNanos()).isEqualTo(2_000_000_000L);
        assertThat(o.waitThresholdNanos()).isEqualTo(1_000_000);
        assertThat(o.holdThresholdNanos()).isEqualTo(1_000_000);
        assertThat(o.target()).isEqualTo("auto");
        assertThat(o.jfrFile()).isNull();
        assertThat(o.metricsPort()).isEqualTo(-1);
        assertThat(o.quiet()).isFalse();
    }

    @Test
    void percentPInTheJfrPathIsThisJvmsPid() {
        String pid = Long.toString(ProcessHandle.current().pid());
        assertThat(AgentOptions.expandPid("/tmp/w/gilspy-%p.jfr")).isEqualTo("/tmp/w/gilspy-" + pid + ".jfr");
        assertThat(AgentOptions.expandPid("/tmp/out.jfr")).isEqualTo("/tmp/out.jfr");
    }

    @Test
    void parsesEveryOption() {
        AgentOptions o = AgentOptions.parse("jfr=out.jfr, sample=250,knock=500us,knock-window=20ms,"
                + "wait-threshold=0,hold-threshold=2ms,target=gilspy,metrics=9404,quiet");
        assertThat(o.jfrFile()).isEqualTo("out.jfr");
        assertThat(o.sampleHz()).isEqualTo(250);
        assertThat(o.knockPollNanos()).isEqualTo(500_000);
        assertThat(o.knockWindowNanos()).isEqualTo(20_000_000);
        assertThat(o.waitThresholdNanos()).isZero();
        assertThat(o.holdThresholdNanos()).isEqualTo(2_000_000);
        assertThat(o.target()).isEqualTo("gilspy");
        assertThat(o.metricsHost()).isEqualTo("127.0.0.1");
        assertThat(o.metricsPort()).isEqualTo(9404);
        assertThat(o.quiet()).isTrue();
    }

    @Test
    void offSwitchesAndWindowFollowsPolling() {
        AgentOptions o = AgentOptions.parse("sample=off,knock=off,threshold=1.5ms,metrics=0.0.0.0:0");
        assertThat(o.sampleHz()).isZero();
        assertThat(o.knockPollNanos()).isZero();
        assertThat(o.waitThresholdNanos()).isEqualTo(1_500_000);
        assertThat(o.metricsHost()).isEqualTo("0.0.0.0");
        assertThat(AgentOptions.parse("knock=2ms").knockWindowNanos()).isEqualTo(20_000_000);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "bogus=1|unknown option 'bogus'",
        "sample=fast|option 'sample' must be a rate in Hz from 0 to 10000 or off, not 'fast'",
        "sample=-5|option 'sample' must be a rate",
        "knock=0|option 'knock' must be greater than zero",
        "knock=1parsec|option 'knock' needs a duration such as 500us, 1ms or 2s, not '1parsec'",
        "knock=1ms,knock-window=500us|option 'knock-window' must be at least the polling interval",
        "threshold=-1ms|option 'threshold' needs a duration",
        "target=jython|option 'target' must be auto, gilspy or graalpy, not 'jython'",
        "metrics=localhost:http|option 'metrics' needs [HOST:]PORT with a port from 0 to 65535, not 'http'",
        "metrics=70000|option 'metrics' needs [HOST:]PORT",
        "jfr=|option 'jfr' needs a value",
        "jfr|option 'jfr' needs a value",
        "sample=10,sample=20|option 'sample' is given twice",
        "quiet=no|option 'quiet' takes no value",
        "delay=soon|option 'delay' needs a duration such as 500us, 1ms or 2s, not 'soon'",
        "delay=-1s|option 'delay' needs a duration",
        "delay=|option 'delay' needs a value",
    })
    void badOptionsGetOneLineNamingTheOption(String options, String message) {
        assertThatThrownBy(() -> AgentOptions.parse(options))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(message)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
