package dev.gilspy.interp.runtime.codec;

import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyException;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.Types;
import dev.gilspy.interp.runtime.UnicodeErrors;

/**
 * What every decoder shares: the handling of a bad byte range {@code [start, end)}, the built-in
 * handlers inline (as CPython's decoders do), any other through the registry with a
 * {@code UnicodeDecodeError} (CPython's {@code unicode_decode_call_errorhandler_writer}).
 */
public abstract class Decoder {
    final String name;

    protected Decoder(String name) { this.name = name; }

    /** The decoded text and how many bytes it took ({@code final=False} leaves an incomplete tail). */
    public record Result(String text, int consumed) {}

    public abstract Result decode(byte[] data, String errors, boolean last);

    /** {@code surrogatepass}: decodes an encoded surrogate at {@code pos}; the bytes it took, or 0. */
    int decodeSurrogate(byte[] data, int pos, StringBuilder out) { return 0; }

    /** The CJK codecs: an error handler's position beyond a C long is an IndexError there, not an OverflowError. */
    boolean multibyte() { return false; }

    /** Handles the bad range; returns the position decoding goes on from. */
    final int error(byte[] data, int start, int end, String reason, String errors, StringBuilder out) {
        switch (errors == null ? "strict" : errors) {
            case "strict": throw UnicodeErrors.decode(name, data, start, end, reason);
            case "ignore": return end;
            case "replace":
                out.append('\ufffd');
                return end;
            case "backslashreplace":
                for (int k = start; k < end; k++) {
                    out.append(String.format("\\x%02x", data[k] & 0xff));
                }
                return end;
            case "surrogateescape":
                for (int k = start; k < end; k++) {
                    int b = data[k] & 0xff;
                    if (b < 128) {
                        throw UnicodeErrors.decode(name, data, start, end, reason);
                    }
                    out.append((char) (0xdc00 + b));
                }
                return end;
            case "surrogatepass": {
                int n = decodeSurrogate(data, start, out);
                if (n == 0) {
                    throw UnicodeErrors.decode(name, data, start, end, reason);
                }
                return start + n;
            }
            case "xmlcharrefreplace", "namereplace":
                throw Err.type("don't know how to handle UnicodeDecodeError in error callback");
            default:
                return callHandler(data, start, end, reason, errors, out);
        }
    }

    private int callHandler(byte[] data, int start, int end, String reason, String errors, StringBuilder out) {
        PyThread t = PyThread.current();
        Object handler = CodecState.of(t.interp).lookupError(errors);
        PyException exc = UnicodeErrors.decode(name, data, start, end, reason);
        Object r = Ops.call(t, handler, new Object[] {exc.exc}, null);
        if (!(r instanceof PyTuple tu) || tu.items.length != 2 || !(tu.items[0] instanceof String) || !Ops.isInt(tu.items[1])) {
            throw Err.type("decoding error handler must return (str, int) tuple");
        }
        out.append((String) tu.items[0]);
        long pos;
        if (multibyte() && tu.items[1] instanceof java.math.BigInteger) {
            // multibytecodec.c clears the OverflowError and reports the -1 it got
            throw Err.make(Types.IndexError, "position -1 from error handler out of bounds");
        }
        pos = Ops.toLong(tu.items[1]);
        if (pos < 0) {
            pos += data.length;
        }
        if (pos < 0 || pos > data.length) {
            throw Err.make(Types.IndexError, "position " + pos + " from error handler out of bounds");
        }
        return (int) pos;
    }
}
