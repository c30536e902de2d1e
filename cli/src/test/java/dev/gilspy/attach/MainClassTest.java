package dev.gilspy.attach;

import org.junit.jupiter.api.Test;

import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** How top's header names a target: a gilspy.jar target by its script, not by the jar's path. */
class MainClassTest {
    private static String main(String command) {
        Properties p = new Properties();
        p.setProperty("sun.java.command", command);
        return AttachedTarget.mainClassOf(p);
    }

    @Test
    void aJarLaunchShowsTheJarNameAndItsArgumentsWithoutDirectories() {
        assertThat(main("/w/cli/target/gilspy.jar run /w/sample-apps/python/countdown_pair.py 120"))
                .isEqualTo("gilspy.jar run countdown_pair.py 120");
        assertThat(main("dev.example.Main --port 8080")).isEqualTo("dev.example.Main");
        assertThat(main("")).isEqualTo("?");
    }
}
