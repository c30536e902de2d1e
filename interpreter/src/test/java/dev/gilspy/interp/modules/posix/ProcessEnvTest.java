package dev.gilspy.interp.modules.posix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The launcher's LC_ALL substitution undone: under LC_ALL=C it starts the JVM with LC_ALL=C.UTF-8 (so
 * that file names decode as UTF-8) and keeps the user's value in GILSPY_LC_ALL; os.environ and the
 * children's environment must show LC_ALL=C and no GILSPY_LC_ALL, as under python3.
 */
class ProcessEnvTest {
    @Test
    void theLaunchersLcAllComesBack() {
        Map<String, String> jvm = new LinkedHashMap<>();
        jvm.put("PATH", "/usr/bin");
        jvm.put("LC_ALL", "C.UTF-8");
        jvm.put(ProcessEnv.LAUNCHER_LC_ALL, "POSIX");
        assertThat(ProcessEnv.launched(jvm)).containsExactlyInAnyOrderEntriesOf(Map.of("PATH", "/usr/bin", "LC_ALL", "POSIX"));
    }

    @Test
    void anEnvironmentWithoutTheMarkerIsUnchanged() {
        Map<String, String> jvm = Map.of("LC_ALL", "C.UTF-8", "HOME", "/root");
        assertThat(ProcessEnv.launched(jvm)).isSameAs(jvm);
    }
}
