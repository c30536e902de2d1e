package dev.gilspy.interp.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** PEP 263 coding declarations, with the messages python3 3.11 gives. */
class SourceEncodingTest {
    private static byte[] bytes(String latin1) {
        return latin1.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String decode(String latin1) {
        return InterpreterState.decodeSource(bytes(latin1), "t.py");
    }

    @Test
    void latin1DeclarationOnLineOneOrTwo() {
        assertThat(decode("# -*- coding: latin-1 -*-\ns = 'caf\u00e9'\n")).contains("s = 'caf\u00e9'");
        assertThat(decode("#!/usr/bin/env python\n# vim: set fileencoding=iso-8859-1 :\nx = '\u00e9'\n")).contains("x = '\u00e9'");
        assertThat(decode("# coding=cp1252\nx = '\u0080'\n")).contains("x = '\u20ac'");
        assertThat(decode("# coding: utf-8\nx = '\u00c3\u00a9'\n")).contains("x = '\u00e9'");
    }

    @Test
    void aDeclarationAfterCodeOrOnLineThreeDoesNotCount() {
        assertThatThrownBy(() -> decode("print(1) # coding: latin-1\nx = '\u00e9'\n"))
            .isInstanceOfSatisfying(CompileError.class, e -> assertThat(e.msg).startsWith("Non-UTF-8 code starting with '\\xe9'"));
        assertThatThrownBy(() -> decode("x = 1\n\n# coding: latin-1\nx = '\u00e9'\n"))
            .isInstanceOfSatisfying(CompileError.class, e -> assertThat(e.msg).startsWith("Non-UTF-8 code"));
    }

    @Test
    void unknownOrUnfitEncodingsAreEncodingProblems() {
        assertThatThrownBy(() -> decode("# -*- coding: foobar -*-\nprint(1)\n"))
            .isInstanceOfSatisfying(CompileError.class, e -> assertThat(e.msg).isEqualTo("encoding problem: foobar"));
        assertThatThrownBy(() -> decode("# coding: ascii\nprint('caf\u00e9')\n"))
            .isInstanceOfSatisfying(CompileError.class, e -> assertThat(e.msg).isEqualTo("encoding problem: ascii"));
        assertThatThrownBy(() -> decode("\u00ef\u00bb\u00bf# coding: latin-1\nprint(1)\n"))
            .isInstanceOfSatisfying(CompileError.class,
                e -> assertThat(e.msg).isEqualTo("encoding problem: iso-8859-1 with BOM"));
        assertThat(decode("\u00ef\u00bb\u00bf# coding: utf-8\nprint(1)\n")).startsWith("# coding: utf-8");
    }
}
