package dev.gilspy.interp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code gilspy -m NAME}: runs a module (a package's {@code __main__}) as {@code __main__}, as {@code python3 -m} does. */
class ModuleMainTest {
    private static Py.Result run(String... argv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(argv, new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Py.Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void runsALibraryModuleAsMain() {
        // CPython's Lib/__hello__.py prints only when its __name__ is '__main__'
        Py.Result r = run("-m", "__hello__");
        assertThat(r.out()).isEqualTo("Hello world!\n");
        assertThat(r.exit()).isZero();
    }

    @Test
    void aMissingModuleIsAnErrorLikeRunpys() {
        Py.Result r = run("-m", "no_such_module_anywhere");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.lastErrLine()).isEqualTo("gilspy: No module named no_such_module_anywhere");
        r = run("-m", "no_such_pkg.sub");
        assertThat(r.lastErrLine()).isEqualTo("gilspy: Error while finding module specification for 'no_such_pkg.sub'"
            + " (ModuleNotFoundError: No module named 'no_such_pkg')");
    }

    @Test
    void aPackageWithoutMainCannotBeExecuted() {
        Py.Result r = run("-m", "importlib");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.lastErrLine()).isEqualTo(
            "gilspy: No module named importlib.__main__; 'importlib' is a package and cannot be directly executed");
    }

    @Test
    void theOptionNeedsAnArgument() {
        Py.Result r = run("-m");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.lastErrLine()).isEqualTo("Argument expected for the -m option");
    }
}
