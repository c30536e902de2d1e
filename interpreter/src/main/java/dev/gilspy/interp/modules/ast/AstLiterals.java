package dev.gilspy.interp.modules.ast;

import dev.gilspy.interp.runtime.PyBytes;
import dev.gilspy.interp.runtime.PyComplex;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;

/** The values of number and string literals, as CPython's tokenizer and parser decode them. */
final class AstLiterals {
    private AstLiterals() {}

    static Object number(String text) {
        try {
            return parseNumber(text);
        } catch (NumberFormatException e) { // "0x" with no digit, "0b2": the tokenizer let it through
            String lower = text.toLowerCase(java.util.Locale.ROOT);
            String kind = lower.startsWith("0x") ? "hexadecimal" : lower.startsWith("0o") ? "octal"
                : lower.startsWith("0b") ? "binary" : "decimal";
            throw new AstSyntaxError("invalid " + kind + " literal", 0, 0);
        }
    }

    private static Object parseNumber(String text) {
        String t = text.replace("_", "");
        char last = Character.toLowerCase(t.charAt(t.length() - 1));
        if (last == 'j') {
            return new PyComplex(0.0, Double.parseDouble(t.substring(0, t.length() - 1)));
        }
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("0x")) {
            return intValue(new BigInteger(t.substring(2), 16));
        }
        if (lower.startsWith("0o")) {
            return intValue(new BigInteger(t.substring(2), 8));
        }
        if (lower.startsWith("0b")) {
            return intValue(new BigInteger(t.substring(2), 2));
        }
        if (lower.contains(".") || lower.contains("e")) {
            return Double.parseDouble(t);
        }
        return intValue(new BigInteger(t));
    }

    static Object intValue(BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    /** The value of a str literal's body (no prefix, no quotes), escapes decoded unless raw. */
    static String str(String body, boolean raw) {
        return decode(body, raw, false);
    }

    private static String decode(String body, boolean raw, boolean bytes) {
        body = body.replace("\r\n", "\n").replace('\r', '\n');
        if (raw || body.indexOf('\\') < 0) {
            return body;
        }
        StringBuilder sb = new StringBuilder(body.length());
        int n = body.length();
        for (int i = 0; i < n; i++) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 >= n) {
                sb.append(c);
                continue;
            }
            char e = body.charAt(++i);
            switch (e) {
                case '\n': break;
                case '\\': sb.append('\\'); break;
                case '\'': sb.append('\''); break;
                case '"': sb.append('"'); break;
                case 'a': sb.append('\007'); break;
                case 'b': sb.append('\b'); break;
                case 'f': sb.append('\f'); break;
                case 'n': sb.append('\n'); break;
                case 'r': sb.append('\r'); break;
                case 't': sb.append('\t'); break;
                case 'v': sb.append('\013'); break;
                case 'x': sb.appendCodePoint(hex(body, i + 1, 2)); i += 2; break;
                case 'u', 'U', 'N':
                    if (bytes) {
                        sb.append('\\').append(e);
                        break;
                    }
                    if (e == 'U') {
                        sb.appendCodePoint(hex(body, i + 1, 8));
                        i += 8;
                        break;
                    }
                    if (e == 'N') {
                        int close = body.indexOf('}', i);
                        sb.appendCodePoint(namedChar(body.substring(i + 2, close)));
                        i = close;
                        break;
                    }
                    sb.appendCodePoint(hex(body, i + 1, 4)); i += 4; break;
                default:
                    if (e >= '0' && e <= '7') {
                        int v = e - '0';
                        int k = 1;
                        while (k < 3 && i + 1 < n && body.charAt(i + 1) >= '0' && body.charAt(i + 1) <= '7') {
                            v = v * 8 + body.charAt(++i) - '0';
                            k++;
                        }
                        sb.appendCodePoint(v);
                    } else {
                        sb.append('\\').append(e);
                    }
            }
        }
        return sb.toString();
    }

    private static int namedChar(String name) {
        try {
            return Character.codePointOf(name);
        } catch (IllegalArgumentException ex) {
            throw new AstSyntaxError("(unicode error) 'unicodeescape' codec can't decode bytes: unknown Unicode character name", 0, 0);
        }
    }

    private static int hex(String s, int from, int len) {
        if (from + len > s.length()) {
            throw new AstSyntaxError("(unicode error) 'unicodeescape' codec can't decode bytes: truncated escape", 0, 0);
        }
        try {
            return Integer.parseInt(s.substring(from, from + len), 16);
        } catch (NumberFormatException ex) {
            throw new AstSyntaxError("(unicode error) 'unicodeescape' codec can't decode bytes: truncated escape", 0, 0);
        }
    }

    /** The value of a bytes literal's body. */
    static PyBytes bytes(String body, boolean raw) {
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) >= 128) {
                throw new AstSyntaxError("bytes can only contain ASCII literal characters", 0, 0);
            }
        }
        String dec = decode(body, raw, true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < dec.length(); i++) {
            out.write(dec.charAt(i));
        }
        return new PyBytes(out.toByteArray());
    }
}
