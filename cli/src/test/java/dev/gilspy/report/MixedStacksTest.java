package dev.gilspy.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** {@code --mixed}: the interpreter's JVM frames give way to the Python frames live at that moment. */
class MixedStacksTest {
    private static final long MS = 1_000_000;

    private static Frame jvm(String name) { return new Frame(name, Frame.Type.JVM); }

    /** A JVM sample, innermost first, as the readers produce it. */
    private static GilRecording.JavaSample sample(long atMs, Frame... innermostFirst) {
        return new GilRecording.JavaSample(atMs * MS, "python-1", List.of(innermostFirst), 1);
    }

    @Test
    void interpreterFramesAreReplacedByThePythonStackOfThatMoment() throws Exception {
        List<GilEvent> events = List.of(
                new GilEvent(GilEvent.Kind.HOLD, 0, 0, 10 * MS, "Thread-1", PyStack.parse("countdown (x.py:3)\n<module> (x.py:9)"), null, null, "python-1"),
                new GilEvent(GilEvent.Kind.WAIT, 0, 10 * MS, 10 * MS, "Thread-1", PyStack.parse("parse (j.py:7)\n<module> (x.py:10)"), null, null, "python-1"));
        Frame[] running = {jvm("java.util.HashMap.get"), jvm("dev.gilspy.interp.Eval.call"), jvm("dev.gilspy.interp.Eval.loop"),
                jvm("java.lang.Thread.run")};
        Frame[] parked = {new Frame("futex_wait", Frame.Type.NATIVE), jvm("jdk.internal.misc.Unsafe.park"),
                jvm("dev.gilspy.interp.gil.Gil.take"), jvm("dev.gilspy.interp.Eval.loop"), jvm("java.lang.Thread.run")};
        GilRecording recording = new GilRecording(Path.of("m.jfr"), events, 0, List.of(
                sample(5, running), sample(15, parked), sample(500, running)));

        Profile p = Profile.build(recording, ProfileOptions.of(Mode.JAVA).withMixed(true));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CollapsedConverter(RenderOptions.defaults("m")).convert(p, out);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(String.join("\n",
                "java.lang.Thread.run_[j];<module> (x.py:10);parse (j.py:7);jdk.internal.misc.Unsafe.park_[j];futex_wait 1",
                "java.lang.Thread.run_[j];<module> (x.py:9);countdown (x.py:3);java.util.HashMap.get_[j] 1",
                // 490 ms from any GIL event: no Python stack to put in, the JVM frames stay.
                "java.lang.Thread.run_[j];dev.gilspy.interp.Eval.loop_[j];dev.gilspy.interp.Eval.call_[j];java.util.HashMap.get_[j] 1",
                ""));
    }
}
