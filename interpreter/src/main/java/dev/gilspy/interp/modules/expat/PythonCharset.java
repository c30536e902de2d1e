package dev.gilspy.interp.modules.expat;

import dev.gilspy.interp.runtime.PyException;
import dev.gilspy.interp.runtime.codec.CodecState;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;

/**
 * A single-byte Python codec that Java lacks (cp437's relatives, mac_roman, koi8_u, ...) as a
 * decode-only charset: pyexpat's unknown-encoding handler likewise takes any 8-bit Python codec,
 * building its 256-entry map by decoding each byte.
 */
final class PythonCharset extends Charset {
    private final char[] map = new char[256];

    private PythonCharset(String name, char[] map) {
        super("x-python-" + name.replaceAll("[^A-Za-z0-9.:_-]", "_"), null);
        System.arraycopy(map, 0, this.map, 0, 256);
    }

    /** The codec as a charset; UNKNOWN_ENCODING when Python has no such codec or it is not 8-bit. */
    static Charset of(String name) {
        char[] m = new char[256];
        try {
            for (int b = 0; b < 256; b++) {
                String s;
                try {
                    s = CodecState.decode(new byte[] {(byte) b}, name, "strict");
                } catch (PyException e) {
                    if (b < 128) {
                        throw e;
                    }
                    s = "\uFFFF";
                }
                if (s.length() != 1) {
                    throw new XmlError(XmlError.UNKNOWN_ENCODING, -1);
                }
                m[b] = s.charAt(0);
            }
        } catch (PyException e) {
            if (e.exc.type().name.equals("LookupError")) {
                throw e;
            }
            throw new XmlError(XmlError.UNKNOWN_ENCODING, -1);
        }
        return new PythonCharset(name, m);
    }

    @Override public boolean contains(Charset cs) { return cs == this; }

    @Override
    public CharsetDecoder newDecoder() {
        return new CharsetDecoder(this, 1f, 1f) {
            @Override
            protected CoderResult decodeLoop(ByteBuffer in, CharBuffer out) {
                while (in.hasRemaining()) {
                    if (!out.hasRemaining()) {
                        return CoderResult.OVERFLOW;
                    }
                    int b = in.get(in.position()) & 0xFF;
                    if (map[b] == '\uFFFF') {
                        return CoderResult.malformedForLength(1);
                    }
                    in.get();
                    out.put(map[b]);
                }
                return CoderResult.UNDERFLOW;
            }
        };
    }

    @Override
    public CharsetEncoder newEncoder() { throw new UnsupportedOperationException("decode only"); }
}
