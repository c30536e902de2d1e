package dev.gilspy.interp.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Once two threads can run Python code at the same moment (free-threading, or a subinterpreter with its
 * own GIL), what a loop writes on every iteration is padded: looping frames (ParserTest covers their
 * shape) and the globals of a {@code __main__}, where {@code _interpreters.run_string} code and scripts
 * keep the variables their module-level loops write. Library modules' globals stay compact.
 */
class ParallelPaddingTest {

    @Test
    void aMainModuleMadeOnceInterpretersRunInParallelHasPaddedGlobals() {
        // what _interpreters.create() does before the new interpreter makes its __main__; never switched off
        Sync.enableForParallelInterpreters();
        assertThat(Sync.parallel()).isTrue();
        PyModule main = new PyModule("__main__");
        main.put("n", 48_000_000L);
        assertThat(main.cell("n")).isInstanceOf(PyCell.Padded.class);
        assertThat(main.get("n")).isEqualTo(48_000_000L);
        assertThat(new PyModule("json").cell("n")).isNotInstanceOf(PyCell.Padded.class);
    }
}
