package dev.gilspy.interp.modules;

import java.util.zip.Adler32;
import java.util.zip.CRC32;

/**
 * CRC-32 (the zlib polynomial), Adler-32 and CRC-CCITT with a caller's running value. {@link CRC32} and {@link Adler32}
 * (the JDK's intrinsics and zlib, as fast as CPython's zlib) cannot start from a running value, so a non-zero start
 * is joined to the checksum of the data alone: for CRC-32 by multiplying the start by x^(8 len) modulo the
 * polynomial (carry-less, in GF(2)), for Adler-32 by its two sums' algebra.
 */
final class Checksums {
    private Checksums() {}

    /** The CRC-32 polynomial, bit-reversed (its x^0 term is the top bit, as the checksum's bits are). */
    private static final int POLY = 0xedb88320;
    /** x^(2^k) modulo {@link #POLY}, for k = 0..31: squaring walks the powers that a length's bits select. */
    private static final int[] X_POW_2K = new int[32];
    private static final int ADLER_BASE = 65521;

    static {
        int p = 1 << 30; // x^1
        for (int k = 0; k < 32; k++) {
            X_POW_2K[k] = p;
            p = mulModPoly(p, p);
        }
    }

    /** a * b modulo {@link #POLY}, both in the reflected order (bit 31 is x^0). */
    private static int mulModPoly(int a, int b) {
        int product = 0;
        for (int bit = 1 << 31; bit != 0; bit >>>= 1) {
            if ((a & bit) != 0) {
                product ^= b;
            }
            b = (b & 1) != 0 ? (b >>> 1) ^ POLY : b >>> 1;
        }
        return product;
    }

    /** x^(8 bytes) modulo {@link #POLY}: what a checksum is multiplied by when that many bytes follow it. */
    private static int shiftByBytes(long bytes) {
        int result = 1 << 31; // x^0
        long bits = bytes;
        for (int k = 3; bits != 0; k++, bits >>>= 1) { // 8 * bytes = bytes << 3: start at x^(2^3)
            if ((bits & 1) != 0) {
                result = mulModPoly(X_POW_2K[k & 31], result);
            }
        }
        return result;
    }

    static long crc32(byte[] data, long start) {
        CRC32 crc = new CRC32();
        crc.update(data);
        int alone = (int) crc.getValue();
        int running = (int) start;
        if (running == 0) {
            return alone & 0xffffffffL;
        }
        // crc(A || D) = crc(A) * x^(8 |D|) + crc(D): the pre- and post-inversions cancel in the sum
        return (mulModPoly(shiftByBytes(data.length), running) ^ alone) & 0xffffffffL;
    }

    static long adler32(byte[] data, long start) {
        Adler32 adler = new Adler32();
        adler.update(data);
        if (start == 1) {
            return adler.getValue();
        }
        // after A, D's sums are a = a(A) + a(D) - 1 and b = b(A) + b(D) + |D| (a(A) - 1), both modulo 65521
        long a1 = start & 0xffff;
        long b1 = start >>> 16 & 0xffff;
        long a2 = adler.getValue() & 0xffff;
        long b2 = adler.getValue() >>> 16 & 0xffff;
        long len = data.length % ADLER_BASE;
        long a = Math.floorMod(a1 + a2 - 1, ADLER_BASE);
        long b = Math.floorMod(b1 + b2 + len * Math.floorMod(a1 - 1, ADLER_BASE), ADLER_BASE);
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
