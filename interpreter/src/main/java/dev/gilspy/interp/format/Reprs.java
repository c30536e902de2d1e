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
                    Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR -> false;
            case Character.UNASSIGNED -> isUnicode14Printable(c);
            default -> true;
        };
    }

    /**
     * Printable characters that Unicode 14 (CPython 3.11) added after Unicode 13 (Java 17):
     * inclusive ranges, found by comparing {@code str.isprintable()} over all code points.
     */
    private static final int[] UNICODE_14_PRINTABLE = {
        0x061D, 0x061D, 0x0870, 0x088E, 0x0898, 0x089F, 0x08B5, 0x08B5,
        0x08C8, 0x08D2, 0x0C3C, 0x0C3C, 0x0C5D, 0x0C5D, 0x0CDD, 0x0CDD,
        0x170D, 0x170D, 0x1715, 0x1715, 0x171F, 0x171F, 0x180F, 0x180F,
        0x1AC1, 0x1ACE, 0x1B4C, 0x1B4C, 0x1B7D, 0x1B7E, 0x1DFA, 0x1DFA,
        0x20C0, 0x20C0, 0x2C2F, 0x2C2F, 0x2C5F, 0x2C5F, 0x2E53, 0x2E5D,
        0x9FFD, 0x9FFF, 0xA7C0, 0xA7C1, 0xA7D0, 0xA7D1, 0xA7D3, 0xA7D3,
        0xA7D5, 0xA7D9, 0xA7F2, 0xA7F4, 0xFBC2, 0xFBC2, 0xFD40, 0xFD4F,
        0xFDCF, 0xFDCF, 0xFDFE, 0xFDFF, 0x10570, 0x1057A, 0x1057C, 0x1058A,
        0x1058C, 0x10592, 0x10594, 0x10595, 0x10597, 0x105A1, 0x105A3, 0x105B1,
        0x105B3, 0x105B9, 0x105BB, 0x105BC, 0x10780, 0x10785, 0x10787, 0x107B0,
        0x107B2, 0x107BA, 0x10F70, 0x10F89, 0x11070, 0x11075, 0x110C2, 0x110C2,
        0x116B9, 0x116B9, 0x11740, 0x11746, 0x11AB0, 0x11ABF, 0x12F90, 0x12FF2,
        0x16A70, 0x16ABE, 0x16AC0, 0x16AC9, 0x1AFF0, 0x1AFF3, 0x1AFF5, 0x1AFFB,
        0x1AFFD, 0x1AFFE, 0x1B11F, 0x1B122, 0x1CF00, 0x1CF2D, 0x1CF30, 0x1CF46,
        0x1CF50, 0x1CFC3, 0x1D1E9, 0x1D1EA, 0x1DF00, 0x1DF1E, 0x1E290, 0x1E2AE,
        0x1E7E0, 0x1E7E6, 0x1E7E8, 0x1E7EB, 0x1E7ED, 0x1E7EE, 0x1E7F0, 0x1E7FE,
        0x1F6DD, 0x1F6DF, 0x1F7F0, 0x1F7F0, 0x1F979, 0x1F979, 0x1F9CC, 0x1F9CC,
        0x1FA7B, 0x1FA7C, 0x1FAA9, 0x1FAAC, 0x1FAB7, 0x1FABA, 0x1FAC3, 0x1FAC5,
        0x1FAD7, 0x1FAD9, 0x1FAE0, 0x1FAE7, 0x1FAF0, 0x1FAF6, 0x2A6DE, 0x2A6DF,
        0x2B735, 0x2B738,
    };

    private static boolean isUnicode14Printable(int c) {
        int lo = 0;
        int hi = UNICODE_14_PRINTABLE.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (c < UNICODE_14_PRINTABLE[2 * mid]) {
                hi = mid - 1;
            } else if (c > UNICODE_14_PRINTABLE[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }
}
