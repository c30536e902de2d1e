package dev.gilspy.interp.modules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gilspy.interp.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The weakref registry forgets weakref objects that died, and gc.collect() runs due callbacks. */
class WeakRefsTest {
    private static String run(String source) throws Exception {
        Path file = Files.createTempFile("weakrefs", ".py");
        try {
            Files.writeString(file, source);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int code = Main.run(new String[] {file.toString()}, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            assertThat(code).isZero();
            return out.toString(StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void deadWeakrefsLeaveTheRegistry() throws Exception {
        String out = run("""
            import gc, _weakref
            class O: pass
            keep = O()
            for i in range(20000):
                _weakref.ref(O(), print)          # referent and weakref both die: no callback
                _weakref.ref(keep, print)         # weakref dies, referent lives
            gc.collect()
            print(_weakref.getweakrefcount(keep))
            """);
        assertThat(out.strip()).isEqualTo("0");
        assertThat(WeakRefs.registrySize()).isLessThan(2000);
    }

    @Test
    void collectRunsTheCallbacksOfClearedReferences() throws Exception {
        String out = run("""
            import gc, _weakref
            class O: pass
            seen = []
            refs = [_weakref.ref(O(), lambda r: seen.append(1)) for i in range(100)]
            gc.collect()
            print(len(seen), sum(1 for r in refs if r() is None))
            """);
        assertThat(out.strip()).isEqualTo("100 100");
    }
}
