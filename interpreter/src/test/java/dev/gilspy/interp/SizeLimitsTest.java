package dev.gilspy.interp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Sizes beyond a Java array raise CPython's MemoryError/OverflowError instead of being cut to 32 bits
 * (issue 16). CPython itself raises MemoryError for the 2**32 cases when it cannot get the memory.
 */
class SizeLimitsTest {
    private static String eval(String expr) {
        Py.Result r = Py.run("try:\n    print(len(" + expr + "))\nexcept Exception as e:\n    print(type(e).__name__, e)\n");
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        return r.out().strip();
    }

    @Test
    void repetitionBeyondAnArrayIsMemoryError() {
        assertThat(eval("'ab' * (2**32 + 1)")).isEqualTo("MemoryError");
        assertThat(eval("b'ab' * (2**32 + 1)")).isEqualTo("MemoryError");
        assertThat(eval("bytearray(b'ab') * (2**32 + 1)")).isEqualTo("MemoryError");
        assertThat(eval("[0] * (2**32 + 1)")).isEqualTo("MemoryError");
    }

    @Test
    void repetitionBeyond64BitsIsCPythonsError() {
        assertThat(eval("'ab' * 2**62")).isEqualTo("OverflowError repeated string is too long");
        assertThat(eval("b'ab' * 2**62")).isEqualTo("OverflowError repeated bytes are too long");
        assertThat(eval("(1, 2) * 2**62")).isEqualTo("MemoryError");
        assertThat(eval("'x' * 2**64")).isEqualTo("OverflowError cannot fit 'int' into an index-sized integer");
    }

    @Test
    void bytesAndBytearrayOfACountBeyondAnArrayAreMemoryError() {
        assertThat(eval("bytearray(2**32 + 3)")).isEqualTo("MemoryError");
        assertThat(eval("bytes(2**32 + 3)")).isEqualTo("MemoryError");
        assertThat(eval("bytearray(2**64)")).isEqualTo("OverflowError cannot fit 'int' into an index-sized integer");
        assertThat(eval("bytearray(3)")).isEqualTo("3");
    }

    @Test
    void padWidthsBeyondAStringAreMemoryError() {
        for (String m : new String[] {"center", "ljust", "rjust", "zfill"}) {
            assertThat(eval("'x'." + m + "(2**32 + 5)")).as(m).isEqualTo("MemoryError");
            assertThat(eval("'x'." + m + "(2**64)")).as(m).isEqualTo("OverflowError Python int too large to convert to C ssize_t");
            assertThat(eval("'x'." + m + "(-2**40)")).as(m).isEqualTo("1");
            assertThat(eval("'x'." + m + "(5)")).as(m).isEqualTo("5");
        }
    }

    @Test
    void allocationsSizedByAnIntBeyondAnArrayAreMemoryError() {
        assertThat(Py.run("import os\ntry:\n    os.urandom(2**32 + 2)\nexcept MemoryError:\n    print('MemoryError')\n").out())
            .isEqualTo("MemoryError\n");
        assertThat(eval("(1).to_bytes(2**32 + 1, 'big')")).isEqualTo("MemoryError");
    }
}
