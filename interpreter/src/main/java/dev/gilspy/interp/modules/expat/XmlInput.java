package dev.gilspy.interp.modules.expat;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bytes-to-text side of a parser: the document's encoding (the one given to
 * {@code ParserCreate}, else a byte order mark, else the XML declaration's, else UTF-8), decoded
 * incrementally so that a character split across two {@code Parse} calls is whole; and the position
 * (line, column in characters, byte index) of an index in the scanner's text, as expat counts them.
 */
final class XmlInput {
    private static final Pattern ENCODING = Pattern.compile("encoding\\s*=\\s*[\"']([A-Za-z][A-Za-z0-9._-]*)[\"']");

    private final String given;
    private CharsetDecoder decoder;
    private byte[] pending = new byte[0];
    private boolean started;

    // position of the scanner's index 0
    private int baseLine = 1;
    private int baseCol;
    private long baseBytes;
    // a walked point at or before the current one
    private int ckIdx;
    private int ckLine = 1;
    private int ckCol;
    private long ckBytes;
    private int line = 1;
    private int col;
    private long bytes;
    private Charset charset = StandardCharsets.UTF_8;

    XmlInput(String encoding) { this.given = encoding; }

    int line() { return line; }

    int column() { return col; }

    long byteIndex() { return bytes; }

    String decodeStr(String s) {
        charset = StandardCharsets.UTF_8;
        if (!started) {
            started = true;
            if (s.startsWith("\uFEFF")) {
                baseBytes = 3;
                ckBytes = 3;
                return s.substring(1);
            }
        }
        return s;
    }

    String decode(byte[] data, boolean fin) {
        if (decoder == null) {
            byte[] all = concat(pending, data);
            Charset cs = detect(all, fin);
            if (cs == null) {
                pending = all;
                return "";
            }
            pending = new byte[0];
            decoder = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
            charset = cs;
            data = java.util.Arrays.copyOfRange(all, bomLen, all.length);
        }
        byte[] in = concat(pending, data);
        ByteBuffer bb = ByteBuffer.wrap(in);
        CharBuffer cb = CharBuffer.allocate(in.length + 16);
        CoderResult r = decoder.decode(bb, cb, fin);
        if (r.isError()) {
            throw new XmlError(XmlError.INVALID_TOKEN, -1);
        }
        if (fin) {
            if (bb.hasRemaining()) {
                throw new XmlError(XmlError.PARTIAL_CHAR, -1);
            }
            decoder.flush(cb);
        }
        pending = new byte[bb.remaining()];
        bb.get(pending);
        cb.flip();
        return cb.toString();
    }

    private Charset detect(byte[] b, boolean fin) {
        int n = b.length;
        if (n >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return skip(b, 2, StandardCharsets.UTF_16BE);
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return skip(b, 2, StandardCharsets.UTF_16LE);
        }
        if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return skip(b, 3, given != null ? lookup(given) : StandardCharsets.UTF_8);
        }
        if (!fin && n < 3 && n > 0 && ((b[0] & 0xFF) == 0xFE || (b[0] & 0xFF) == 0xFF || (b[0] & 0xFF) == 0xEF)) {
            return null;
        }
        if (given != null) {
            return lookup(given);
        }
        if (n >= 2 && b[0] == '<' && b[1] == 0) {
            return StandardCharsets.UTF_16LE;
        }
        if (n >= 2 && b[0] == 0 && b[1] == '<') {
            return StandardCharsets.UTF_16BE;
        }
        String head = new String(b, 0, Math.min(n, 1024), StandardCharsets.ISO_8859_1);
        if ("<?xml".startsWith(head) && !fin) {
            return null;
        }
        if (head.startsWith("<?xml")) {
            int end = head.indexOf("?>");
            if (end < 0) {
                return fin || n >= 1024 ? StandardCharsets.UTF_8 : null;
            }
            Matcher m = ENCODING.matcher(head.substring(0, end));
            if (m.find()) {
                return lookup(m.group(1));
            }
        }
        return StandardCharsets.UTF_8;
    }

    private Charset skip(byte[] b, int n, Charset cs) {
        started = true;
        baseBytes = n;
        ckBytes = n;
        bomLen = n;
        return cs;
    }

    private int bomLen;

    private static byte[] concat(byte[] a, byte[] b) {
        if (a.length == 0) {
            return b;
        }
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    private static Charset lookup(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace('_', '-');
        if (n.equals("utf-16")) {
            return StandardCharsets.UTF_16;
        }
        // Python's names that Java lacks (pyexpat asks Python's codecs for an unknown encoding)
        if (n.equals("iso8859") || n.equals("latin1") || n.equals("latin") || n.equals("l1")) {
            return StandardCharsets.ISO_8859_1;
        }
        if (n.matches("iso8859-\\d+")) {
            n = "iso-8859-" + n.substring(8);
        }
        try {
            return Charset.forName(n);
        } catch (RuntimeException e) {
            return PythonCharset.of(name);
        }
    }

    /** Sets the current position to the scanner's index {@code idx}. */
    void at(XmlScanner sc, int idx) {
        if (idx < ckIdx) {
            ckIdx = 0;
            ckLine = baseLine;
            ckCol = baseCol;
            ckBytes = baseBytes;
        }
        StringBuilder t = sc.text;
        int end = Math.min(idx, t.length());
        int i = ckIdx;
        while (i < end) {
            char c = t.charAt(i);
            if (c == '\n' || c == '\r') {
                ckLine++;
                ckCol = 0;
                ckBytes++;
                if (c == '\r' && i + 1 < t.length() && t.charAt(i + 1) == '\n' && i + 1 < end) {
                    i++;
                    ckBytes++;
                }
            } else {
                if (!Character.isLowSurrogate(c)) {
                    ckCol++;
                }
                ckBytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
            }
            i++;
        }
        ckIdx = i;
        line = ckLine;
        col = ckCol;
        bytes = ckBytes;
    }

    /** The scanner's text up to its position is consumed: moves the base, then drops that text. */
    void consumed(XmlScanner sc) {
        at(sc, sc.position());
        baseLine = line;
        baseCol = col;
        baseBytes = bytes;
        sc.compact();
        ckIdx = 0;
        ckLine = baseLine;
        ckCol = baseCol;
        ckBytes = baseBytes;
    }

    void markEnd(XmlScanner sc) { at(sc, sc.text.length()); }
}
