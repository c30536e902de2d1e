package dev.gilspy.ui.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FmtTest {
    @Test
    void aFrameLosesItsDirectoryButKeepsFunctionFileAndLine() {
        assertThat(Fmt.frame("countdown (/work/app/countdown_pair.py:18)")).isEqualTo("countdown (countdown_pair.py:18)");
        assertThat(Fmt.frame("join (<frozen threading>:676)")).isEqualTo("join (<frozen threading>:676)");
        assertThat(Fmt.frame("f (x.py:1)")).isEqualTo("f (x.py:1)");
        assertThat(Fmt.frame("a/b (x.py:1)")).as("a slash before the file part is not a path").isEqualTo("a/b (x.py:1)");
        assertThat(Fmt.frame("")).isEmpty();
    }
}
