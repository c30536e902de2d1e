package dev.gilspy.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** When the last client goes the knocker stops costing; it knocks again when one returns (issue 16). */
class ClientsIT {
    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void theKnockerPausesWithoutAClientAndResumesWithOne() throws Exception {
        // The paused knocker looks for a client once a second: an idle time of 1 s (as before) raced
        // that look, and under load the returning client's 1 s had passed before the knocker woke.
        // 2.5 s leaves it 1.5 s of the 2 s "returned" phase to knock in, and 1.5 s to pause in the 4 s "gone" one.
        ChildJvm.Result r = ChildJvm.run(List.of(ChildJvm.agentArg("quiet,delay=0,knock=1ms"),
                "-Dgilspy.agent.clientIdleMillis=2500"), "ClientGoesAway", "2000");
        assertThat(r.exit()).as(r.toString()).isZero();
        Map<String, Double> v = r.values();
        // Ratios between phases of the same run, not absolute figures: the machine may be loaded.
        assertThat(v.get("present_ms")).as(r.toString()).isGreaterThan(0);
        assertThat(v.get("gone_ms")).as(r.toString()).isLessThan(v.get("present_ms") / 10);
        assertThat(v.get("returned_ms")).as(r.toString()).isGreaterThan(v.get("gone_ms") * 3);
    }
}
