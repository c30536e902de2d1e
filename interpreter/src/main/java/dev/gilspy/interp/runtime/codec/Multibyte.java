package dev.gilspy.interp.runtime.codec;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;

/**
 * The CJK codecs of CPython's {@code Modules/cjkcodecs} over Java's charsets: one encoder and one
 * decoder object per call or per incremental coder, which carry HZ's shift state (the ISO-2022 and
 * JIS X 0213 codecs are {@link JisCodecs}, on CPython's own algorithms). Errors go through the shared handlers of {@link Encoder} and
 * {@link Decoder} with CPython's reasons ("illegal multibyte sequence", "incomplete multibyte
 * sequence"), one character at a time on the encoding side as {@code multibytecodec.c} does.
 */
public final class Multibyte {
    private Multibyte() {}

    /** How the encoder keeps its shift state; JIS: {@link JisCodecs}, over no Java charset. */
    public enum Kind { STATELESS, HZ, JIS }

    /** A codec: CPython's name, the Java charset behind it (none for JIS), the state kind. */
    public record Codec(String name, Charset charset, Kind kind) {}

    /** A codec's stateful encoder: {@code last} flushes what waits for more input and ends the shift state. */
    public interface Encoding {
        byte[] encode(String s, String errors, boolean last);

        void reset();

        /** CPython's {@code MultibyteCodec_State.c} (8 bytes); null when this codec keeps nothing there. */
        default byte[] state() { return null; }

        default void setState(byte[] c) {}

        /** The text held back for a possible pair (JIS X 0213), CPython's encoder {@code pending}. */
        default String pending() { return ""; }

        default void setPending(String s) {}
    }

    /** A codec's stateful decoder; with {@code last=false} an incomplete tail is left for the next call. */
    public interface Decoding {
        Decoder.Result decode(byte[] data, String errors, boolean last);

        void reset();

        /** CPython's {@code MultibyteCodec_State.c} (8 bytes); null when this codec keeps nothing there. */
        default byte[] state() { return null; }

        default void setState(byte[] c) {}
    }

    public static Encoding encoder(Codec c) {
        return c.kind() == Kind.JIS ? JisCodecs.encoder(c.name()) : new Enc(c);
    }

    public static Decoding decoder(Codec c) {
        return c.kind() == Kind.JIS ? JisCodecs.decoder(c.name()) : new Dec(c);
    }

    /** The codecs whose JIS X 0208 table CPython takes from Unicode's JIS0208.TXT (1-29 is U+2015). */
    static boolean jisX0208(Codec c) {
        String n = c.name();
        return n.equals("shift_jis") || n.equals("euc_jp");
    }

    /** Java's GBK, MS949 and MS950 map the private use area; CPython's do not. */
    static boolean noPrivateUse(Codec c) {
        String n = c.name();
        return n.equals("gbk") || n.equals("cp949") || n.equals("cp950");
    }

    /** One-way mappings CPython's tables have too (the yen sign and overline of Shift_JIS, ...). */
    static String oneWayOk(String codec) {
        return switch (codec) {
            case "cp932" -> "\u00a2\u00a3\u00ac\u2016\u2212\u00a5\u203e";
            case "cp950" -> "\u00a2\u00a3\u00a5";
            case "gbk" -> "\u2295";
            case "big5" -> "\u02cd\u2574\uffe3";
            default -> "\u00a5\u203e\u2014";
        };
    }

    /** A codec's encoder; {@link #finish} returns the bytes that end a stateful encoding. */
    public static final class Enc extends Encoder implements Encoding {

        @Override boolean multibyte() { return true; }
        private final Codec codec;
        private final CharsetEncoder je;
        /** HZ: shifted into GB2312. */
        private boolean shifted;

        public Enc(Codec codec) {
            super(codec.name());
            this.codec = codec;
            Charset cs = codec.kind() == Kind.HZ ? Charset.forName("GB2312") : codec.charset();
            this.je = cs.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        }

        @Override boolean collectsRuns() { return false; }

        @Override String reason() { return "illegal multibyte sequence"; }

        @Override boolean encodable(int cp) {
            if (codec.kind() == Kind.HZ && cp < 0x80 || cp932Byte(cp) >= 0) {
                return true;
            }
            cp = jisBar(cp);
            if (Character.isSurrogate((char) cp) && cp < 0x10000) {
                return false;
            }
            if (cp >= 0xE000 && cp <= 0xF8FF && noPrivateUse(codec)) {
                return false;
            }
            String c = new String(Character.toChars(cp));
            if (!je.canEncode(c)) {
                return false;
            }
            if (codec.kind() != Kind.STATELESS || cp < 0x80 || oneWayOk(codec.name()).indexOf(cp) >= 0) {
                return true;
            }
            // Java's Microsoft tables add best-fit mappings (U+00AB to cp932's 0x81E1, ...) that
            // CPython's do not have: only a mapping that decodes back is taken
            try {
                return codec.charset().newDecoder().decode(ByteBuffer.wrap(alone(cp))).toString().equals(c);
            } catch (java.nio.charset.CharacterCodingException e) {
                return false;
            }
        }

        private byte[] alone(int cp) {
            try {
                je.reset();
                ByteBuffer bb = je.encode(CharBuffer.wrap(Character.toChars(cp)));
                byte[] b = new byte[bb.remaining()];
                bb.get(b);
                return b;
            } catch (java.nio.charset.CharacterCodingException e) {
                throw new IllegalStateException(e);
            }
        }

        /** CPython maps JIS X 0208's 1-29 to U+2015 HORIZONTAL BAR, Java to U+2014 EM DASH. */
        private int jisBar(int cp) {
            return cp == 0x2015 && jisX0208(codec) ? 0x2014 : cp;
        }

        private int cp932Byte(int cp) {
            if (!codec.name().equals("cp932")) {
                return -1;
            }
            return cp == 0x80 ? 0x80 : cp == 0xF8F0 ? 0xA0 : cp >= 0xF8F1 && cp <= 0xF8F3 ? 0xFD + cp - 0xF8F1 : -1;
        }

        @Override void write(int cp, ByteOut out) {
            int single = cp932Byte(cp);
            if (single >= 0) {
                out.put(single);
                return;
            }
            cp = jisBar(cp);
            if (codec.kind() == Kind.HZ) {
                writeHz(cp, out);
            } else {
                out.put(alone(cp));
            }
        }

        private void writeHz(int cp, ByteOut out) {
            if (cp < 0x80) {
                if (shifted) {
                    out.put('~');
                    out.put('}');
                    shifted = false;
                }
                if (cp == '~') {
                    out.put('~');
                }
                out.put(cp);
                return;
            }
            byte[] b = alone(cp);
            if (!shifted) {
                out.put('~');
                out.put('{');
                shifted = true;
            }
            for (byte x : b) {
                out.put((x & 0xFF) - 0x80);
            }
        }

        @Override public byte[] encode(String s, String errors, boolean last) {
            byte[] body = encode(s, errors);
            if (!last) {
                return body;
            }
            byte[] tail = finish();
            if (tail.length == 0) {
                return body;
            }
            byte[] r = Arrays.copyOf(body, body.length + tail.length);
            System.arraycopy(tail, 0, r, body.length, tail.length);
            return r;
        }

        /** The bytes that return a stateful encoding to its initial state. */
        public byte[] finish() {
            ByteOut out = new ByteOut(4);
            if (codec.kind() == Kind.HZ && shifted) {
                out.put('~');
                out.put('}');
            }
            reset();
            return out.toArray();
        }

        @Override public void reset() {
            shifted = false;
        }
    }

    /** A codec's decoder; incremental when fed with {@code last=false}, the state kept between calls. */
    public static final class Dec extends Decoder implements Decoding {

        @Override boolean multibyte() { return true; }
        private final Codec codec;
        private final CharsetDecoder jd;
        private boolean hzShifted;

        public Dec(Codec codec) {
            super(codec.name());
            this.codec = codec;
            Charset cs = codec.kind() == Kind.HZ ? Charset.forName("GB2312") : codec.charset();
            this.jd = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        }

        @Override public void reset() {
            jd.reset();
            hzShifted = false;
        }

        @Override
        public Result decode(byte[] data, String errors, boolean last) {
            if (codec.kind() == Kind.HZ) {
                return decodeHz(data, errors, last);
            }
            StringBuilder sb = new StringBuilder();
            ByteBuffer in = ByteBuffer.wrap(data);
            boolean noPua = noPrivateUse(codec);
            CharBuffer out = CharBuffer.allocate(noPua ? 1 : 16 + data.length * 2);
            while (true) {
                int before = in.position();
                CoderResult r = jd.decode(in, out, false);
                out.flip();
                if (noPua && out.length() == 1 && out.charAt(0) >= 0xE000 && out.charAt(0) <= 0xF8FF) {
                    out.clear();
                    in.position(error(data, before, before + 1, "illegal multibyte sequence", errors, sb));
                    continue;
                }
                sb.append(out);
                out.clear();
                if (r.isOverflow()) {
                    continue;
                }
                if (r.isError()) {
                    int start = in.position();
                    int single = codec.name().equals("cp932") ? cp932Char(data[start] & 0xFF) : -1;
                    if (single >= 0) {
                        sb.append((char) single);
                        in.position(start + 1);
                        continue;
                    }
                    // CPython's multibyte decoders report one byte and go on from the next
                    int next = error(data, start, start + 1, "illegal multibyte sequence", errors, sb);
                    in.position(next);
                    continue;
                }
                // underflow: all consumed, or an incomplete tail
                if (in.hasRemaining()) {
                    if (!last) {
                        break;
                    }
                    int start = in.position();
                    int next = error(data, start, data.length, "incomplete multibyte sequence", errors, sb);
                    in.position(next);
                    jd.reset();
                    if (next >= data.length) {
                        break;
                    }
                    continue;
                }
                break;
            }
            if (last) {
                jd.decode(ByteBuffer.allocate(0), out, true);
                jd.flush(out);
                out.flip();
                sb.append(out);
                jd.reset();
            }
            String text = sb.toString();
            if (jisX0208(codec)) {
                text = text.replace('\u2014', '\u2015');
            }
            return new Result(text, in.position());
        }

        private static int cp932Char(int b) {
            return b == 0x80 ? 0x80 : b == 0xA0 ? 0xF8F0 : b >= 0xFD ? 0xF8F1 + b - 0xFD : -1;
        }

        private Result decodeHz(byte[] d, String errors, boolean last) {
            StringBuilder sb = new StringBuilder();
            int i = 0;
            while (i < d.length) {
                int b = d[i] & 0xFF;
                if (b == '~') {
                    if (i + 1 >= d.length) {
                        if (!last) {
                            break;
                        }
                        i = error(d, i, d.length, "incomplete multibyte sequence", errors, sb);
                        continue;
                    }
                    int c = d[i + 1] & 0xFF;
                    if (c == '~' && !hzShifted) {
                        sb.append('~');
                    } else if (c == '{' && !hzShifted) {
                        hzShifted = true;
                    } else if (c == '}' && hzShifted) {
                        hzShifted = false;
                    } else if (c == '\n' && !hzShifted) {
                        // line continuation
                    } else {
                        i = error(d, i, i + 1, "illegal multibyte sequence", errors, sb);
                        continue;
                    }
                    i += 2;
                } else if (b >= 0x80) {
                    i = error(d, i, i + 1, "illegal multibyte sequence", errors, sb);
                } else if (!hzShifted) {
                    sb.append((char) b);
                    i++;
                } else {
                    if (i + 1 >= d.length) {
                        if (!last) {
                            break;
                        }
                        i = error(d, i, d.length, "incomplete multibyte sequence", errors, sb);
                        continue;
                    }
                    byte[] two = {(byte) (b | 0x80), (byte) (d[i + 1] | 0x80)};
                    String s;
                    try {
                        jd.reset();
                        s = jd.decode(ByteBuffer.wrap(two)).toString();
                    } catch (java.nio.charset.CharacterCodingException e) {
                        i = error(d, i, i + 2, "illegal multibyte sequence", errors, sb);
                        continue;
                    }
                    sb.append(s);
                    i += 2;
                }
            }
            if (last) {
                hzShifted = false;
            }
            return new Result(sb.toString(), i);
        }
    }
}
