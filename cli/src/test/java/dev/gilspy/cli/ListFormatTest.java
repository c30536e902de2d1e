package dev.gilspy.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ListFormatTest {
    @Test
    void onlyTheJarPathIsShortened() {
        assertThat(ListCommand.jarByName("/w/cli/target/gilspy.jar run /w/app.py 1")).isEqualTo("gilspy.jar run /w/app.py 1");
        assertThat(ListCommand.jarByName("dev.example.Main /w/x.jar")).isEqualTo("dev.example.Main /w/x.jar");
        assertThat(ListCommand.jarByName("")).isEmpty();
    }

    @Test
    void aWorkerNamesItsParent() {
        assertThat(ListCommand.workerOf("dev.gilspy.interp.MultiprocessingChild --gil=on", 1234))
            .isEqualTo("multiprocessing worker of PID 1234 (--gil=on)");
        assertThat(ListCommand.workerOf("dev.gilspy.interp.MultiprocessingChild", -1)).isEqualTo("multiprocessing worker of PID ?");
        assertThat(ListCommand.workerOf("dev.gilspy.interp.MultiprocessingChild --cds-train", 7))
            .isEqualTo("multiprocessing class-data archive training for PID 7");
        assertThat(ListCommand.workerOf("gilspy.jar run a.py", 1234)).isEqualTo("gilspy.jar run a.py");
    }

    @Test
    void anUnknownInterpreterIsAQuestionMarkNotANo() {
        ListCommand.JvmEntry e = new ListCommand.JvmEntry(42, "gilspy.jar run a.py", null, true, "?");
        assertThat(ListCommand.format(e, 90)).isEqualTo("      42  ?       yes    ?       gilspy.jar run a.py");
    }

    @Test
    void aGraalPyJvmShowsGraalPyAndItsVersion() {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("java.class.path", "/app/classes:/m2/org/graalvm/python/python-language/25.0.1/python-language-25.0.1.jar:"
                + "/m2/org/graalvm/truffle/truffle-api/25.0.1/truffle-api-25.0.1.jar");
        assertThat(dev.gilspy.attach.InterpreterProbe.graalPyVersion(p)).isEqualTo("25.0.1");
        p.setProperty(dev.gilspy.attach.InterpreterProbe.GRAALPY_VERSION_PROPERTY, "25.0.2");
        assertThat(dev.gilspy.attach.InterpreterProbe.graalPyVersion(p)).as("the agent's word first").isEqualTo("25.0.2");
        assertThat(dev.gilspy.attach.InterpreterProbe.graalPyVersion(new java.util.Properties())).isNull();
        ListCommand.JvmEntry e = new ListCommand.JvmEntry(42, "dev.example.Service", null, false, "on", "25.0.1");
        assertThat(ListCommand.format(e, 90)).isEqualTo("      42  graalpy-25.0.1  no     on      dev.example.Service");
    }
}
