package dev.gilspy.interp.modules;

import dev.gilspy.interp.runtime.BuiltinArgs;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBytes;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.Types;
import java.io.ByteArrayOutputStream;

/**
 * {@code binascii} (CPython's {@code Modules/binascii.c}): hex, base64, uu, CRC-32 and CRC-CCITT, with
 * its {@code Error} and {@code Incomplete}. It holds the GIL throughout, as CPython does.
 */
public final class BinasciiModule {
    private BinasciiModule() {}

    static final PyType ERROR = excType("Error", Types.ValueError);
    static final PyType INCOMPLETE = excType("Incomplete", Types.Exception);
    private static final String B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    private static PyType excType(String name, PyType base) {
        PyType t = new PyType(name, new PyType[] {base}, PyType.Layout.EXCEPTION, false);
        t.module = "binascii";
        t.finishInit();
        return t;
    }

    public static PyModule create() {
        PyModule m = new PyModule("binascii");
        m.put("Error", ERROR);
        m.put("Incomplete", INCOMPLETE);
        for (String n : new String[] {"hexlify", "b2a_hex"}) {
            m.def(n, (t, a, k) -> new PyBytes(hexlify(Buffers.bytes(BuiltinArgs.get(a, k, 0, "data", null), n),
                BuiltinArgs.get(a, k, 1, "sep", PyNone.NONE), Buffers.integer(a, k, 2, "bytes_per_sep", 1))));
        }
        for (String n : new String[] {"unhexlify", "a2b_hex"}) {
            m.def(n, (t, a, k) -> new PyBytes(unhexlify(Buffers.bytesOrAscii(BuiltinArgs.get(a, k, 0, "hexstr", null), n))));
        }
        m.def("b2a_base64", (t, a, k) -> new PyBytes(b2aBase64(Buffers.bytes(a[0], "b2a_base64"),
            Ops.truthy(BuiltinArgs.get(a, k, 1, "newline", true)))));
        m.def("a2b_base64", (t, a, k) -> new PyBytes(a2bBase64(Buffers.bytesOrAscii(a[0], "a2b_base64"),
            Ops.truthy(BuiltinArgs.get(a, k, 1, "strict_mode", false)))));
        m.def("crc32", (t, a, k) -> Checksums.crc32(Buffers.bytes(a[0], "crc32"), Buffers.integer(a, k, 1, "crc", 0)));
        m.def("crc_hqx", (t, a, k) -> Checksums.crcHqx(Buffers.bytes(a[0], "crc_hqx"), Buffers.integer(a, k, 1, "crc", 0)));
        m.def("b2a_uu", (t, a, k) -> new PyBytes(b2aUu(Buffers.bytes(a[0], "b2a_uu"), Ops.truthy(BuiltinArgs.get(a, k, 1, "backtick", false)))));
        m.def("a2b_uu", (t, a, k) -> new PyBytes(a2bUu(Buffers.bytesOrAscii(a[0], "a2b_uu"))));
        return m;
    }

    static byte[] hexlify(byte[] d, Object sepArg, long perSep) {
        if (sepArg == PyNone.NONE || d.length == 0) {
            byte[] out = new byte[d.length * 2];
            for (int i = 0; i < d.length; i++) {
                out[2 * i] = HEX[(d[i] >> 4) & 0xf];
                out[2 * i + 1] = HEX[d[i] & 0xf];
            }
            return out;
        }
        byte[] sep = sepArg instanceof String s ? s.getBytes(java.nio.charset.StandardCharsets.UTF_8) : Buffers.bytes(sepArg, "hexlify");
        if (sep.length != 1) {
            throw Err.value("sep must be length 1.");
        }
        int group = (int) Math.abs(perSep);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < d.length; i++) {
            // groups count from the right for a positive bytes_per_sep, from the left for a negative one
            boolean boundary = i > 0 && group > 0 && (perSep > 0 ? (d.length - i) % group == 0 : i % group == 0);
            if (boundary) {
                out.write(sep[0]);
            }
            out.write(HEX[(d[i] >> 4) & 0xf]);
            out.write(HEX[d[i] & 0xf]);
        }
        return out.toByteArray();
    }

    static byte[] unhexlify(byte[] d) {
        if (d.length % 2 != 0) {
            throw Err.make(ERROR, "Odd-length string");
        }
        byte[] out = new byte[d.length / 2];
        for (int i = 0; i < out.length; i++) {
            int hi = Character.digit((char) (d[2 * i] & 0xff), 16);
            int lo = Character.digit((char) (d[2 * i + 1] & 0xff), 16);
            if (hi < 0 || lo < 0 || (d[2 * i] & 0xff) > 127 || (d[2 * i + 1] & 0xff) > 127) {
                throw Err.make(ERROR, "Non-hexadecimal digit found");
            }
            out[i] = (byte) (hi << 4 | lo);
        }
        return out;
    }

    static byte[] b2aBase64(byte[] d, boolean newline) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(d.length * 4 / 3 + 4);
        int i = 0;
        for (; i + 2 < d.length; i += 3) {
            int v = (d[i] & 0xff) << 16 | (d[i + 1] & 0xff) << 8 | d[i + 2] & 0xff;
            out.write(B64.charAt(v >> 18 & 63));
            out.write(B64.charAt(v >> 12 & 63));
            out.write(B64.charAt(v >> 6 & 63));
            out.write(B64.charAt(v & 63));
        }
        int rest = d.length - i;
        if (rest > 0) {
            int v = (d[i] & 0xff) << 16 | (rest == 2 ? (d[i + 1] & 0xff) << 8 : 0);
            out.write(B64.charAt(v >> 18 & 63));
            out.write(B64.charAt(v >> 12 & 63));
            out.write(rest == 2 ? B64.charAt(v >> 6 & 63) : '=');
            out.write('=');
        }
        if (newline) {
            out.write('\n');
        }
        return out.toByteArray();
    }

    /** CPython's {@code binascii_a2b_base64_impl}: without strict mode, characters outside the alphabet are skipped. */
    static byte[] a2bBase64(byte[] d, boolean strict) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(d.length * 3 / 4);
        int quad = 0;
        int left = 0;
        int pads = 0;
        boolean padStarted = false;
        if (strict && d.length > 0 && d[0] == '=') {
            throw Err.make(ERROR, "Leading padding not allowed");
        }
        for (int i = 0; i < d.length; i++) {
            int c = d[i] & 0xff;
            if (c == '=') {
                padStarted = true;
                if (quad >= 2 && quad + ++pads >= 4) {
                    if (strict && i + 1 < d.length) {
                        throw Err.make(ERROR, "Excess data after padding");
                    }
                    return out.toByteArray();
                }
                continue;
            }
            int v = c < 128 ? B64.indexOf(c) : -1;
            if (v < 0) {
                if (strict) {
                    throw Err.make(ERROR, "Only base64 data is allowed");
                }
                continue;
            }
            if (strict && padStarted) {
                throw Err.make(ERROR, "Discontinuous padding not allowed");
            }
            pads = 0;
            switch (quad) {
                case 0 -> {
                    quad = 1;
                    left = v;
                }
                case 1 -> {
                    quad = 2;
                    out.write(left << 2 | v >> 4);
                    left = v & 0x0f;
                }
                case 2 -> {
                    quad = 3;
                    out.write(left << 4 | v >> 2);
                    left = v & 0x03;
                }
                default -> {
                    quad = 0;
                    out.write(left << 6 | v);
                    left = 0;
                }
            }
        }
        if (quad != 0) {
            if (quad == 1) {
                throw Err.make(ERROR, "Invalid base64-encoded string: number of data characters (" + (out.size() / 3 * 4 + 1)
                    + ") cannot be 1 more than a multiple of 4");
            }
            throw Err.make(ERROR, "Incorrect padding");
        }
        return out.toByteArray();
    }

    static byte[] b2aUu(byte[] d, boolean backtick) {
        if (d.length > 45) {
            throw Err.make(ERROR, "At most 45 bytes at once");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(backtick && d.length == 0 ? '`' : ' ' + d.length);
        for (int i = 0; i < d.length; i += 3) {
            int v = (d[i] & 0xff) << 16 | (i + 1 < d.length ? (d[i + 1] & 0xff) << 8 : 0) | (i + 2 < d.length ? d[i + 2] & 0xff : 0);
            for (int s = 18; s >= 0; s -= 6) {
                int c = v >> s & 63;
                out.write(backtick && c == 0 ? '`' : ' ' + c);
            }
        }
        out.write('\n');
        return out.toByteArray();
    }

    static byte[] a2bUu(byte[] d) {
        if (d.length == 0) {
            return new byte[32];
        }
        int n = (d[0] - ' ') & 63;
        byte[] out = new byte[n];
        int o = 0;
        int i = 1;
        while (o < n) {
            int v = 0;
            for (int k = 0; k < 4; k++) {
                int c = i < d.length && d[i] != '\n' && d[i] != '\r' ? (d[i] - ' ') & 63 : 0;
                i++;
                v = v << 6 | c;
            }
            for (int s = 16; s >= 0 && o < n; s -= 8) {
                out[o++] = (byte) (v >> s);
            }
        }
        return out;
    }
}
