package dev.gilspy.agent.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Issue 16: whatever follows {@code -javaagent:gilspy.jar=}, the agent either accepts it or says
 * why in one line ({@link IllegalArgumentException}, which start-up prints once and then lets the
 * application run unmeasured); never another exception. In {@code mvn verify} it fuzzes for a fixed
 * budget (this module's surefire execution {@code fuzz} sets JAZZER_FUZZ, in a JVM of its own: see the pom), half the time from the options' own words so that
 * the fuzzer reaches the value parsers. A longer run: {@code JAZZER_FUZZ=1 mvn -pl agent -am test
 * -Dtest=AgentOptionsFuzzTest -Djazzer.max_duration=10m -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class AgentOptionsFuzzTest {
    private static final String[] WORDS = {"jfr", "sample", "knock", "knock-window", "metrics", "target", "quiet",
        "delay", "wait-threshold", "hold-threshold", "=", ",", "auto", "gilspy", "graalpy", "off", "1ms", "500us",
        "2s", "127.0.0.1:", "0", "65535", "-1", "1e9", "x.jfr", ":"};

    @FuzzTest(maxDuration = "15s")
    void anyOptionStringParsesOrFailsWithOneLine(FuzzedDataProvider data) {
        String options;
        if (data.consumeBoolean()) {
            StringBuilder b = new StringBuilder();
            int n = data.consumeInt(0, 12);
            for (int i = 0; i < n; i++) {
                b.append(data.consumeBoolean() ? data.pickValue(WORDS) : data.consumeString(6));
            }
            options = b.toString();
        } else {
            options = data.consumeRemainingAsString();
        }
        try {
            AgentOptions.parse(options);
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).as("for %s", options).isNotBlank().doesNotContain("\n");
        }
    }
}
