package dev.gilspy.interp.runtime;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Source that declares {@code coding: utf-8} but holds bytes that are not UTF-8. CPython's tokenizer
 * then checks only what it decodes: a bad byte in a comment is ignored, one in a string literal is
 * the literal's decoding error, {@code (unicode error) 'utf-8' codec can't decode byte 0xe9 in
 * position 3: invalid continuation byte}, the position counted from the literal's first byte.
 */
final class DeclaredUtf8 {
    private DeclaredUtf8() {}

    /** The source decoded (bad bytes in comments replaced), or the SyntaxError for a bad literal. */
    static String decode(byte[] data, String file) {
        int from = 0;
        while (true) {
            int bad = firstBad(data, from);
            if (bad < 0) {
                break;
            }
            checkOutsideLiterals(data, bad, file);
            from = bad + 1;
        }
        String s = new String(data, StandardCharsets.UTF_8);
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** The index of the first byte at or after {@code from} that does not start valid UTF-8, or -1. */
    static int firstBad(byte[] data, int from) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(data, from, data.length - from);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = dec.decode(in, out, true);
            if (r.isError()) {
                return in.position();
            }
            if (r.isOverflow()) {
                out.clear();
                continue;
            }
            return -1;
        }
    }

    private static void checkOutsideLiterals(byte[] data, int bad, String file) {
        int lineStart = bad;
        while (lineStart > 0 && data[lineStart - 1] != '\n') {
            lineStart--;
        }
        int line = 1;
        for (int i = 0; i < lineStart; i++) {
            if (data[i] == '\n') {
                line++;
            }
        }
        byte quote = 0;
        int bodyStart = -1;
        int literalStart = -1;
        for (int i = lineStart; i < bad; i++) {
            byte c = data[i];
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '#') {
                return; // a comment: CPython does not decode it
            } else if (c == '"' || c == '\'') {
                quote = c;
                bodyStart = i + 1;
                literalStart = i;
            }
        }
        if (quote == 0) {
            return; // outside a literal on this line (a triple-quoted string from an earlier line is not told apart)
        }
        int bodyEnd = bad;
        while (bodyEnd < data.length && data[bodyEnd] != quote && data[bodyEnd] != '\n') {
            bodyEnd++;
        }
        int lineEnd = bad;
        while (lineEnd < data.length && data[lineEnd] != '\n') {
            lineEnd++;
        }
        String text = new String(data, lineStart, lineEnd - lineStart, StandardCharsets.UTF_8);
        String reason = reason(data, bad, bodyEnd);
        int pos = bad - bodyStart;
        int truncated = reason.equals("unexpected end of data") ? bodyEnd - bad : 1;
        String what = truncated > 1 ? "bytes in position " + pos + "-" + (pos + truncated - 1)
            : "byte 0x" + String.format("%02x", data[bad] & 0xff) + " in position " + pos;
        throw new CompileError("SyntaxError", "(unicode error) 'utf-8' codec can't decode " + what + ": " + reason,
            file, line, literalStart - lineStart + 1, text);
    }

    /** CPython's UTF-8 decoder's reason for the byte at {@code bad}, the data ending at {@code end}. */
    private static String reason(byte[] data, int bad, int end) {
        int b = data[bad] & 0xff;
        int need = b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : 0;
        if (need == 0) {
            return "invalid start byte";
        }
        for (int k = 1; k <= need; k++) {
            if (bad + k >= end) {
                return "unexpected end of data";
            }
            int c = data[bad + k] & 0xff;
            int lo = 0x80;
            int hi = 0xBF;
            if (k == 1) {
                lo = b == 0xE0 ? 0xA0 : b == 0xF0 ? 0x90 : 0x80;
                hi = b == 0xED ? 0x9F : b == 0xF4 ? 0x8F : 0xBF;
            }
            if (c < lo || c > hi) {
                return "invalid continuation byte";
            }
        }
        return "invalid continuation byte";
    }
}
