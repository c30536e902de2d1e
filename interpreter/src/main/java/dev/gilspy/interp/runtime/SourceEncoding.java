package dev.gilspy.interp.runtime;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/** PEP 263 source encoding declarations ({@code # -*- coding: latin-1 -*-}), as CPython's tokenizer reads them. */
final class SourceEncoding {
    /**
     * PEP 263's regex, applied to line 1, or to line 2 when line 1 is blank or only a comment. The
     * matchers below ({@link #coding}, {@link #blankOrComment}) do what these do; a script's first line
     * is usually a comment ({@code #!}), and compiling the two patterns was ~2.5 ms of every such
     * process's start-up (the JVM's regex classes initialised on the main thread). The patterns stay
     * for {@code SourceEncodingTest}, which holds the matchers to them.
     */
    static final class Regex {
        static final Pattern CODING = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");
        static final Pattern BLANK_OR_COMMENT = Pattern.compile("^[ \\t\\f]*(?:#.*)?\\r?$");
    }

    private SourceEncoding() {}

    /** The declared encoding's name as written, or null; {@code from} skips a BOM. */
    static String declared(byte[] data, int from) {
        String first = line(data, from);
        if (startsWithCode(first)) {
            return null; // neither regex can match a line whose first non-blank character is code
        }
        String name = coding(first);
        if (name != null) {
            return name;
        }
        if (!blankOrComment(first) || from + first.length() >= data.length) {
            return null;
        }
        return coding(line(data, from + first.length() + 1));
    }

    /** {@code Regex.CODING.matcher(line).find() ? group(1) : null}, without the regex. */
    static String coding(String line) {
        int n = line.length();
        int i = skipSpaces(line, 0);
        if (i >= n || line.charAt(i) != '#') {
            return null;
        }
        // ".*?coding": the first "coding" after '#' that the rest completes, no line terminator before it
        for (int p = i + 1; p < n; p++) {
            if (line.startsWith("coding", p) && p + 6 < n && (line.charAt(p + 6) == ':' || line.charAt(p + 6) == '=')) {
                int q = p + 7;
                while (q < n && (line.charAt(q) == ' ' || line.charAt(q) == '\t')) {
                    q++;
                }
                int r = q;
                while (r < n && nameChar(line.charAt(r))) {
                    r++;
                }
                if (r > q) {
                    return line.substring(q, r);
                }
            }
            if (lineTerminator(line.charAt(p))) {
                return null; // '.' stops here
            }
        }
        return null;
    }

    /** {@code Regex.BLANK_OR_COMMENT.matcher(line).matches()}, without the regex. */
    static boolean blankOrComment(String line) {
        int n = line.length();
        int i = skipSpaces(line, 0);
        if (i < n && line.charAt(i) == '#') {
            i++;
            while (i < n && !lineTerminator(line.charAt(i))) {
                i++;
            }
        }
        if (i < n && line.charAt(i) == '\r') {
            i++;
        }
        return i == n;
    }

    private static int skipSpaces(String line, int i) {
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t' || line.charAt(i) == '\f')) {
            i++;
        }
        return i;
    }

    /** The characters java.util.regex's '.' does not match (no UNIX_LINES). */
    private static boolean lineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** {@code [-\\w.]}: \\w is ASCII (no UNICODE_CHARACTER_CLASS). */
    private static boolean nameChar(char c) {
        return c == '-' || c == '.' || c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** True when the first character after spaces, tabs and form feeds exists and is not '#' or '\r'. */
    private static boolean startsWithCode(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != ' ' && c != '\t' && c != '\f') {
                return c != '#' && c != '\r';
            }
        }
        return false;
    }

    /** One line from {@code at}, without its newline; bytes read as Latin-1 so the ASCII regex applies. */
    private static String line(byte[] data, int at) {
        int end = at;
        while (end < data.length && data[end] != '\n') {
            end++;
        }
        return new String(data, at, end - at, StandardCharsets.ISO_8859_1);
    }

    /** CPython's get_normal_name: the utf-8 and latin-1 spellings become "utf-8" and "iso-8859-1". */
    static String normalName(String name) {
        String s = name.length() > 12 ? name.substring(0, 12) : name;
        s = s.toLowerCase(Locale.ROOT).replace('_', '-');
        if (s.equals("utf-8") || s.startsWith("utf-8-")) {
            return "utf-8";
        }
        for (String latin : new String[] {"latin-1", "iso-8859-1", "iso-latin-1"}) {
            if (s.equals(latin) || s.startsWith(latin + "-")) {
                return "iso-8859-1";
            }
        }
        return name;
    }

    /** The Java charset for a Python codec name, or null when there is none. */
    static Charset charset(String normal) {
        String n = normal.toLowerCase(Locale.ROOT).replace('_', '-');
        switch (n) {
            case "utf-8", "utf8", "u8", "utf": return StandardCharsets.UTF_8;
            case "iso-8859-1", "latin1", "latin", "l1", "8859", "cp819": return StandardCharsets.ISO_8859_1;
            case "ascii", "us-ascii", "646": return StandardCharsets.US_ASCII;
            default: break;
        }
        try {
            return Charset.forName(n);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Decodes strictly; a byte the charset cannot map is a CharacterCodingException. */
    static String decode(byte[] data, int from, Charset cs) throws CharacterCodingException {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(data, from, data.length - from)).toString();
    }
}
