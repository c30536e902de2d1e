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
    void aFirstLineOfBlanksOrAnIndentedCommentStillLetsLineTwoDeclare() {
        // SourceEncoding skips its regexes only when line 1 starts with code: these must reach them
        for (String first : new String[] {"  \t# coding: latin-1\n", "\f# coding: latin-1\n"}) {
            assertThat(decode(first + "x = '\u00e9'\n")).as(first).contains("x = '\u00e9'");
        }
        for (String first : new String[] {"\n", "\r\n", " \t\f\n", "  # hi\n", "#!/usr/bin/env python\r\n"}) {
            assertThat(decode(first + "# coding: latin-1\nx = '\u00e9'\n")).as(first).contains("x = '\u00e9'");
        }
        assertThatThrownBy(() -> decode("\tx = 1\n# coding: latin-1\nx = '\u00e9'\n"))
            .isInstanceOfSatisfying(CompileError.class, e -> assertThat(e.msg).startsWith("Non-UTF-8 code"));
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

    @Test
    void utf8WithoutDeclarationTheFastPathAndTheStrictOneAgree() {
        // ASCII and valid UTF-8 (a BOM dropped, CRLF made LF), and a U+FFFD written in the source
        assertThat(decode("x = 1\r\ny = 2\n")).isEqualTo("x = 1\ny = 2\n");
        assertThat(decode("\u00ef\u00bb\u00bfx = '\u00c3\u00a9'\n")).isEqualTo("x = '\u00e9'\n");
        assertThat(decode("x = '\u00ef\u00bf\u00bd'\r\n")).isEqualTo("x = '\ufffd'\n");
        // malformed: a lone continuation byte, a truncated sequence, an encoded surrogate, an overlong form
        for (String bad : new String[] {"x = '\u0080'\n", "x = 1\ny = '\u00c3'\n", "s = '\u00ed\u00a0\u0080'\n", "s = '\u00c0\u00af'\n"}) {
            assertThatThrownBy(() -> decode(bad)).as(bad)
                .isInstanceOfSatisfying(CompileError.class, e -> assertThat(e.msg).startsWith("Non-UTF-8 code starting with"));
        }
        assertThatThrownBy(() -> decode("x = 1\ny = '\u00ff'\n"))
            .isInstanceOfSatisfying(CompileError.class, e -> assertThat(e.msg).startsWith("Non-UTF-8 code starting with '\\xff'")
                .contains("on line 2"));
    }

    @Test
    void theHandWrittenMatchersAgreeWithPep263sRegexes() {
        // random lines over the characters that matter to the two patterns (a seeded generator)
        String alphabet = " \t\f#codingcoding:=-._aZ9\r\u0085\u00e9x";
        java.util.Random r = new java.util.Random(263);
        String[] fixed = {"", "#", "# coding", "# coding:", "# coding: ", "# coding:latin-1", "#coding=utf-8 x",
            "  # -*- coding: latin-1 -*-", "# codingcoding: x", "# coding: \r", "#\rcoding: x", "#\u0085 coding: x",
            "# x\r", "# x\r\r", "\r", "\f\t ", "# coding=\t-", "x # coding: latin-1", "# encoding: euc_jp"};
        java.util.List<String> lines = new java.util.ArrayList<>(java.util.List.of(fixed));
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(16);
            for (int j = 0; j < len; j++) {
                sb.append(r.nextInt(4) == 0 ? (j % 2 == 0 ? "coding" : "# ") : String.valueOf(alphabet.charAt(r.nextInt(alphabet.length()))));
            }
            lines.add(sb.toString());
        }
        for (String line : lines) {
            java.util.regex.Matcher m = SourceEncoding.Regex.CODING.matcher(line);
            assertThat(SourceEncoding.coding(line)).as(line).isEqualTo(m.find() ? m.group(1) : null);
            assertThat(SourceEncoding.blankOrComment(line)).as(line).isEqualTo(SourceEncoding.Regex.BLANK_OR_COMMENT.matcher(line).matches());
        }
    }
}
