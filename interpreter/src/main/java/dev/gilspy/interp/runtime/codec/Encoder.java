package dev.gilspy.interp.runtime.codec;

import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBytes;
import dev.gilspy.interp.runtime.PyException;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.Types;
import dev.gilspy.interp.runtime.UnicodeErrors;

/**
 * One text encoding, code point by code point, and the loop every encoder shares: it finds the runs
 * of characters the encoding cannot take and hands each run to the error handler, the built-in ones
 * inline as {@code unicode_encode_ucs1} and {@code unicode_encode_utf8} do in CPython's
 * {@code Objects/unicodeobject.c}, any other through the registry ({@link CodecState#lookupError}).
 */
public abstract class Encoder {
    final String name;

    protected Encoder(String name) { this.name = name; }

    /** Whether {@code cp} has a byte sequence in this encoding. */
    abstract boolean encodable(int cp);

    /** Writes an encodable {@code cp}. */
    abstract void write(int cp, ByteOut out);

    /** The reason in the {@code UnicodeEncodeError}. */
    abstract String reason();

    /** CPython reports one error per run of bad characters for UTF-8 and the 8-bit codecs, one per character for UTF-16/32. */
    boolean collectsRuns() { return true; }

    /** {@code surrogatepass}: writes a lone surrogate as the UTF codecs can; false where it cannot. */
    boolean writeSurrogate(int cp, ByteOut out) { return false; }

    /** Bytes before the first character (a BOM). */
    void start(ByteOut out) {}

    /** The CJK codecs: an error handler's position beyond a C long is an IndexError there, not an OverflowError. */
    boolean multibyte() { return false; }

    public byte[] encode(String s, String errors) {
        int[] cps = s.codePoints().toArray();
        ByteOut out = new ByteOut(cps.length + 8);
        start(out);
        int i = 0;
        while (i < cps.length) {
            int cp = cps[i];
            if (encodable(cp)) {
                write(cp, out);
                i++;
                continue;
            }
            int end = i + 1;
            if (collectsRuns()) {
                while (end < cps.length && !encodable(cps[end])) {
                    end++;
                }
            }
            i = handle(s, cps, i, end, errors, out);
        }
        return out.toArray();
    }

    private PyException error(String s, int start, int end) {
        return UnicodeErrors.encode(name, s, start, end, reason());
    }

    /** Handles the unencodable run {@code [start, end)}; returns where encoding goes on. */
    int handle(String s, int[] cps, int start, int end, String errors, ByteOut out) {
        switch (errors == null ? "strict" : errors) {
            case "strict": throw error(s, start, end);
            case "ignore": return end;
            case "replace":
                for (int k = start; k < end; k++) {
                    writeAll("?", s, start, end, out);
                }
                return end;
            case "backslashreplace":
            case "xmlcharrefreplace":
            case "namereplace":
                for (int k = start; k < end; k++) {
                    writeAll(ErrorHandlers.replacementFor(errors, cps[k]), s, start, end, out);
                }
                return end;
            case "surrogateescape":
                for (int k = start; k < end; k++) {
                    if (cps[k] < 0xdc80 || cps[k] > 0xdcff) {
                        throw error(s, k, end);
                    }
                    out.put(cps[k] - 0xdc00);
                }
                return end;
            case "surrogatepass":
                for (int k = start; k < end; k++) {
                    if (cps[k] < 0xd800 || cps[k] > 0xdfff || !writeSurrogate(cps[k], out)) {
                        throw error(s, k, end);
                    }
                }
                return end;
            default:
                return callHandler(s, cps, start, end, errors, out);
        }
    }

    private void writeAll(String rep, String s, int start, int end, ByteOut out) {
        for (int j = 0; j < rep.length(); j++) {
            char c = rep.charAt(j);
            if (!encodable(c)) {
                throw error(s, start, end);
            }
            write(c, out);
        }
    }

    private int callHandler(String s, int[] cps, int start, int end, String errors, ByteOut out) {
        PyThread t = PyThread.current();
        Object handler = CodecState.of(t.interp).lookupError(errors);
        PyException exc = error(s, start, end);
        Object r = Ops.call(t, handler, new Object[] {exc.exc}, null);
        if (!(r instanceof PyTuple tu) || tu.items.length != 2 || !Ops.isInt(tu.items[1])
            || !(tu.items[0] instanceof String || tu.items[0] instanceof PyBytes)) {
            throw Err.type("encoding error handler must return (str/bytes, int) tuple");
        }
        if (tu.items[0] instanceof PyBytes b) {
            out.put(b.data());
        } else {
            String rep = (String) tu.items[0];
            rep.codePoints().forEach(c -> {
                if (!encodable(c)) {
                    throw error(s, start, end);
                }
                write(c, out);
            });
        }
        long pos;
        if (multibyte() && tu.items[1] instanceof java.math.BigInteger) {
            // multibytecodec.c clears the OverflowError and reports the -1 it got
            throw Err.make(Types.IndexError, "position -1 from error handler out of bounds");
        }
        pos = Ops.toLong(tu.items[1]);
        if (pos < 0) {
            pos += cps.length;
        }
        if (pos < 0 || pos > cps.length) {
            throw Err.make(Types.IndexError, "position " + pos + " from error handler out of bounds");
        }
        return (int) pos;
    }
}
