package dev.gilspy.interp.format;

/** {@code repr()} of str and bytes, and the escaping behind {@code ascii()}. */
final class Reprs {
    private Reprs() {}

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /**
     * {@code unicode_repr}: single quotes unless the text has a single quote and no double
     * quote; printable non-ASCII characters are kept, others get x, u or U hex escapes.
     */
    static String strRepr(String s) {
        boolean hasSingle = s.indexOf('\'') >= 0;
        char quote = hasSingle && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder(s.length() + 2);
        out.append(quote);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == quote || c == '\\') {
                out.append('\\').append((char) c);
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c < ' ' || c == 0x7f) {
                hex(out, 'x', c, 2);
            } else if (c < 0x7f) {
                out.append((char) c);
            } else if (isPrintable(c)) {
                out.appendCodePoint(c);
            } else {
                escapeNonAscii(out, c);
            }
        }
        return out.append(quote).toString();
    }

    /** {@code ascii()} applied to an existing repr: every non-ASCII code point escaped. */
    static String asciiEscape(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) < 0x80) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
        while (i < text.length()) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c < 0x80) {
                out.append((char) c);
            } else {
                escapeNonAscii(out, c);
            }
        }
        return out.toString();
    }

    static String bytesRepr(byte[] bytes) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte b : bytes) {
            hasSingle |= b == '\'';
            hasDouble |= b == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder out = new StringBuilder(bytes.length + 3).append('b').append(quote);
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c == quote || c == '\\') {
                out.append('\\').append((char) c);
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c < ' ' || c >= 0x7f) {
                hex(out, 'x', c, 2);
            } else {
                out.append((char) c);
            }
        }
        return out.append(quote).toString();
    }

    private static void escapeNonAscii(StringBuilder out, int c) {
        if (c < 0x100) {
            hex(out, 'x', c, 2);
        } else if (c < 0x10000) {
            hex(out, 'u', c, 4);
        } else {
            hex(out, 'U', c, 8);
        }
    }

    private static void hex(StringBuilder out, char kind, int c, int digits) {
        out.append('\\').append(kind);
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            out.append(HEX[(c >> shift) & 0xf]);
        }
    }

    /**
     * {@code Py_UNICODE_ISPRINTABLE}: everything except the categories Cc, Cf, Cs, Co, Cn, Zl,
     * Zp and Zs, with the ASCII space as the one printable separator.
     */
    static boolean isPrintable(int c) {
        if (c == ' ') {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }
}
