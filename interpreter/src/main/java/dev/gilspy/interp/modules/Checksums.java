package dev.gilspy.interp.modules;

/** CRC-32 (the zlib polynomial), Adler-32 and CRC-CCITT with a caller's running value, which {@link java.util.zip.CRC32} cannot take. */
final class Checksums {
    private Checksums() {}

    private static final int[] CRC_TABLE = new int[256];

    static {
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
            }
            CRC_TABLE[n] = c;
        }
    }

    static long crc32(byte[] data, long start) {
        int c = ~(int) start;
        for (byte b : data) {
            c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
        }
        return ~c & 0xffffffffL;
    }

    static long adler32(byte[] data, long start) {
        long a = start & 0xffff;
        long b = start >>> 16 & 0xffff;
        int i = 0;
        while (i < data.length) {
            int n = Math.min(3800, data.length - i);
            for (int j = 0; j < n; j++) {
                a += data[i++] & 0xff;
                b += a;
            }
            a %= 65521;
            b %= 65521;
        }
        return b << 16 | a;
    }

    static long crcHqx(byte[] data, long start) {
        int crc = (int) start & 0xffff;
        for (byte x : data) {
            crc ^= (x & 0xff) << 8;
            for (int k = 0; k < 8; k++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            }
            crc &= 0xffff;
        }
        return crc;
    }
}
