package dev.gilspy.interp.modules.cjk;

import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBytes;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.Types;
import dev.gilspy.interp.runtime.codec.Utf8;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The incremental coders' {@code getstate}/{@code setstate} as CPython 3.11's multibytecodec.c
 * defines them: the encoder's state is one int, little-endian bytes of the pending text's UTF-8
 * length, that UTF-8 and the codec's 8 state bytes; the decoder's is (pending bytes, the 8 state
 * bytes as an int).
 */
final class CoderState {
    private CoderState() {}

    /** MAXENCPENDING characters of up to 4 UTF-8 bytes each. */
    private static final int MAX_ENC_PENDING = 2 * 4;
    private static final int MAX_DEC_PENDING = 8;

    static Object encoderState(MultibytecodecModule.Coder c) {
        byte[] p = c.enc.pending().getBytes(StandardCharsets.UTF_8);
        if (p.length > MAX_ENC_PENDING) {
            throw Err.make(Types.UnicodeError, "pending buffer too large");
        }
        byte[] st = codecState(c.enc.state(), c.encState);
        byte[] all = new byte[1 + p.length + 8];
        all[0] = (byte) p.length;
        System.arraycopy(p, 0, all, 1, p.length);
        System.arraycopy(st, 0, all, 1 + p.length, 8);
        return fromLittle(all);
    }

    static void setEncoderState(MultibytecodecModule.Coder c, Object v) {
        if (!Ops.isInt(v)) {
            throw Err.type("setstate() argument must be int, not " + argName(v));
        }
        byte[] b = toLittle(Ops.big(v), 1 + MAX_ENC_PENDING + 8);
        int n = b[0] & 0xFF;
        if (n > MAX_ENC_PENDING) {
            throw Err.make(Types.UnicodeError, "pending buffer too large");
        }
        String pending = Utf8.decode(Arrays.copyOfRange(b, 1, 1 + n), "strict", true).text();
        byte[] st = Arrays.copyOfRange(b, 1 + n, 1 + n + 8);
        c.enc.setPending(pending);
        c.encState = st;
        c.enc.setState(st);
    }

    static Object decoderState(MultibytecodecModule.Coder c) {
        return PyTuple.of(new PyBytes(c.pending.clone()), fromLittle(codecState(c.dec.state(), c.decState)));
    }

    static void setDecoderState(MultibytecodecModule.Coder c, Object v) {
        if (!(v instanceof PyTuple tu)) {
            throw Err.type("setstate() argument must be tuple, not " + argName(v));
        }
        if (tu.items.length != 2) {
            throw Err.type("setstate(): illegal state argument");
        }
        if (!(tu.items[0] instanceof PyBytes buf) || !buf.type().isSubtypeOf(Types.BYTES) || !Ops.isInt(tu.items[1])) {
            throw Err.type("setstate(): illegal state argument");
        }
        byte[] st = toLittle(Ops.big(tu.items[1]), 8);
        if (buf.data().length > MAX_DEC_PENDING) {
            throw Err.make(Types.UnicodeError, "pending buffer too large");
        }
        c.pending = buf.data().clone();
        c.decState = st;
        c.dec.setState(st);
    }

    /** _PyArg_BadArgument's name of a wrong argument: None as itself, else its type's. */
    private static String argName(Object v) {
        return v == PyNone.NONE ? "None" : Ops.typeName(v);
    }

    private static byte[] codecState(byte[] own, byte[] kept) {
        return own != null ? own : kept;
    }

    private static Object fromLittle(byte[] le) {
        byte[] be = new byte[le.length];
        for (int i = 0; i < le.length; i++) {
            be[i] = le[le.length - 1 - i];
        }
        return Ops.normalize(new BigInteger(1, be));
    }

    /** _PyLong_AsByteArray, unsigned little-endian into {@code size} bytes, with its OverflowErrors. */
    private static byte[] toLittle(BigInteger v, int size) {
        if (v.signum() < 0) {
            throw Err.overflow("can't convert negative int to unsigned");
        }
        if (v.bitLength() > size * 8) {
            throw Err.overflow("int too big to convert");
        }
        byte[] out = new byte[size];
        for (int i = 0; i < size; i++) {
            out[i] = v.shiftRight(8 * i).byteValue();
        }
        return out;
    }

}
