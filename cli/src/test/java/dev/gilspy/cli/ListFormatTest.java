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
}
