package dev.gilspy.interp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gilspy.interp.gil.GilMode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@link Embedded#close()} finalizes as {@code Py_FinalizeEx}: threading's shutdown joins, then atexit runs. */
class EmbeddedShutdownTest {
    @Test
    void closeJoinsNonDaemonThreadsThenRunsAtexitCallbacksLastFirst() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        Embedded py = Embedded.create(GilMode.ON, new ByteArrayInputStream(new byte[0]), ps, ps);
        py.exec("""
            import atexit, threading, time
            atexit.register(print, 'first registered')
            atexit.register(print, 'second registered')
            def late():
                time.sleep(0.1)
                print('thread done')
            threading.Thread(target=late).start()
            print('script done')
            """);
        py.close();
        assertThat(out.toString(StandardCharsets.UTF_8).lines())
            .containsExactly("script done", "thread done", "second registered", "first registered");
    }
}
