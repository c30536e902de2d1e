package dev.gilspy.interp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Where {@code zlib}, {@code _hashlib}/{@code _blake2}, {@code binascii}, {@code unicodedata} and
 * {@code _codecs} release the GIL (interpreter/README.md, "Where native modules release the GIL"),
 * probed from Python: a thread sleeping 50 ms can return (run Python again) while one native call
 * runs only if that call dropped the GIL. The calls that hold it are the probe's negative controls.
 */
class NativeModulesGilTest {
    /** {@code probe(op)} prints whether the sleeper returned during the first half of {@code op()}, and whether op ran long enough (0.2 s) to tell. */
    private static final String PROBE = """
        import _thread, time
        def probe(label, op):
            ready = _thread.allocate_lock(); ready.acquire()
            done = _thread.allocate_lock(); done.acquire()
            woke = []
            def sleeper():
                ready.release()
                time.sleep(0.05)
                woke.append(time.perf_counter())
                done.release()
            _thread.start_new_thread(sleeper, ())
            ready.acquire()
            t0 = time.perf_counter()
            op()
            t1 = time.perf_counter()
            done.acquire()
            # the sleeper returns as soon as the GIL is free: early in op when op dropped it, once op ended when not
            print(label, 'returned' if woke[0] - t0 < (t1 - t0) / 2 else 'waited', t1 - t0 > 0.2)
        """;

    private static String run(String body) {
        Py.Result r = Py.run(PROBE + body);
        assertThat(r.err()).isEmpty();
        return r.out();
    }

    @Test
    void zlibDropsTheGilWhileCompressingAndDecompressing() {
        String out = run("""
            import zlib
            data = bytes(range(256)) * 200_000
            probe('compress', lambda: zlib.compress(data, 9))
            packed = zlib.compress(data * 3, 1)
            probe('decompress', lambda: zlib.decompress(packed))
            co = zlib.compressobj(9)
            probe('compressobj', lambda: co.compress(data))
            probe('crc32', lambda: zlib.crc32(data))
            """);
        assertThat(out).isEqualTo("compress returned True\ndecompress returned True\ncompressobj returned True\ncrc32 returned True\n");
    }

    @Test
    void hashlibDropsTheGilForLargeInputs() {
        String out = run("""
            import hashlib
            data = b'x' * 40_000_000
            probe('sha3_512', lambda: hashlib.sha3_512(data[:4_000_000]))
            h = hashlib.blake2b()
            probe('blake2b.update', lambda: h.update(data))
            probe('pbkdf2_hmac', lambda: hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 200_000))
            """);
        assertThat(out).isEqualTo("sha3_512 returned True\nblake2b.update returned True\npbkdf2_hmac returned True\n");
    }

    @Test
    void binasciiUnicodedataAndCodecsHoldTheGil() {
        String out = run("""
            import binascii, unicodedata, codecs
            data = b'x' * 120_000_000
            probe('binascii.crc32', lambda: binascii.crc32(data))
            text = 'e\\u0301a\\u0328' * 1_500_000
            probe('normalize', lambda: unicodedata.normalize('NFC', text))
            probe('utf_16_encode', lambda: codecs.utf_16_encode(text * 2))
            """);
        assertThat(out).isEqualTo("binascii.crc32 waited True\nnormalize waited True\nutf_16_encode waited True\n");
    }
}
