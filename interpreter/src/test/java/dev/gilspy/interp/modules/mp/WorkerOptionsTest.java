package dev.gilspy.interp.modules.mp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which of the parent's JVM options a multiprocessing worker starts with. */
class WorkerOptionsTest {
    @Test
    void theLaunchersHeapAndJitTuningIsInherited() {
        for (String arg : new String[] {"-Xss64m", "-Xmn24m", "-Xmx2g", "-Dgilspy.parseAhead=off", "-XX:+UseCondCardMark",
                "-XX:MaxTenuringThreshold=2", "-XX:MaxRecursiveInlineLevel=0", "-XX:FreqInlineSize=150",
                "-XX:InlineSmallCode=1000", "-XX:CompileCommand=quiet"}) {
            assertThat(MultiprocessingModule.inherited(arg)).as(arg).isTrue();
        }
    }

    @Test
    void theParentsOwnPlumbingIsNot() {
        for (String arg : new String[] {"-XX:SharedArchiveFile=/x.jsa", "-Xlog:disable", "-Dother=1", "-XX:+UnlockDiagnosticVMOptions"}) {
            assertThat(MultiprocessingModule.inherited(arg)).as(arg).isFalse();
        }
    }
}
