package dev.gilspy.interp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Where {@code zlib}, {@code _bz2}, {@code _lzma}, {@code _hashlib}/{@code _blake2}, {@code binascii}, {@code unicodedata} and
 * {@code _codecs} release the GIL (interpreter/README.md, "Where native modules release the GIL"),
 * probed from Python: a thread sleeping 50 ms can return (run Python again) while one native call
 * runs only if that call dropped the GIL. The calls that hold it are the probe's negative controls.
 */
class NativeModulesGilTest {
    /**
     * {@code probe(label, make)} prints whether the sleeper returned at least 50 ms before one call ended,
     * and whether that call ran long enough (0.2 s) to tell. {@code make(n)} builds the call's input at
     * size n (outside the timed part) and returns the call; n doubles until one call takes 0.4 s, so
     * the probe decides on a fast machine as on a slow one. n stops at {@code max_n}, chosen so that no input passes
     * about 700 MB (at {@code 2 * max_n}): one input of 2 GB is more than a Java array holds, CI's faster machine
     * raised MemoryError in decompress's calibration, and a smaller heap than this machine's cannot hold 1.3 GB. The
     * sleeper sleeps {@code nap}, a call is long enough at four naps, and the calibration aims at eight; a call that
     * is fast even at {@code max_n} (crc32 runs at 20 GB/s on the JDK's intrinsic, and 3 times that on a faster
     * machine) shrinks the nap to an eighth of what it took, so the probe still decides. A first, JIT-cold call can
     * stop the calibration early (pbkdf2_hmac took 0.67 s at n=1 and the warm call at 2n 0.27 s, at load 25; at 3 times
     * the speed that is under four naps): a call found too short grows the size by as much as it fell short, not
     * twice, within max_n. (Timing each size twice, warm, doubled the bz2 test's CPU time.) (Wall time, not the thread's CPU time: on a
     * loaded machine a call of 0.4 s of CPU takes ten times that, and the test took over 5 minutes.)
     *
     * <p>Only "returned" is proof: the sleeper can run Python during the call only if the call dropped the GIL.
     * "waited" is proof of a held GIL only on a machine that gave the woken sleeper a CPU within the call's time
     * less 100 ms, and any answer needs a call of 0.2 s. At load 20-25 on 2 cores blake2b.update "waited" once,
     * and sha3_512's call took under 0.2 s once (calibrated while the JIT compiler threads were starved, timed
     * once compiled). So a call that was too short is tried again at twice the size, and one that waited is
     * tried again, up to three times in all: a call that drops the GIL returns in one of them, one that holds it
     * never can. The negative controls pass {@code retry_waited=False}: more tries would only repeat "waited".
     */
    private static final String PROBE = """
        import _thread, sys, time
        def probe(label, make, retry_waited=True, nap=0.05, max_n=64):
            n = 1
            while True:
                op = None  # the last size's input goes before the next is built
                op = make(n)
                t = time.perf_counter(); op(); took = time.perf_counter() - t
                if took >= 8 * nap or n >= max_n:
                    break
                n *= 2
            if took < 8 * nap:
                nap = max(0.001, took / 8)  # fast even at max_n: the call at 2 * max_n still lasts about 16 naps
            op = None
            op = make(2 * n)  # twice the calibrated size: a call the JIT has warmed up still takes over four naps
            for attempt in range(3):
                returned, took = timed(op, nap)
                long_enough = took > 4 * nap
                if long_enough and (returned or not retry_waited):
                    break
                if not long_enough and n < max_n:
                    # a JIT-cold first call stopped the calibration early: grow by what the call fell short
                    grow = 2
                    while grow * took < 8 * nap and n * grow < max_n:
                        grow *= 2
                    n *= grow
                    op = None
                    op = make(2 * n)
            print(label, 'returned' if returned else 'waited', long_enough)
        def timed(op, nap):
            done = _thread.allocate_lock(); done.acquire()
            woke = []
            def sleeper():
                time.sleep(nap)
                woke.append(time.perf_counter())
                done.release()
            # The sleeper returns as soon as the GIL is free and it gets a CPU: during op when op dropped it,
            # only after op ended when not. Only a return after t0 and a nap before op's end counts: at load
            # 25-30 binascii.crc32, which holds the GIL, "returned" twice, as only a sleeper that returned before
            # t0 can (its nap began at a start-up handshake the main thread was slow to wake from). No forced
            # switch while op runs (a 60 s interval): a call that drops the GIL lets the sleeper in at once, one
            # that holds it cannot lose it at a check site before the native call.
            interval = sys.getswitchinterval()
            sys.setswitchinterval(60)
            try:
                _thread.start_new_thread(sleeper, ())
                t0 = time.perf_counter()
                op()
                t1 = time.perf_counter()
                done.acquire()
            finally:
                sys.setswitchinterval(interval)
            return t0 < woke[0] < t1 - nap, t1 - t0
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
            data = bytes(range(256)) * 40_000
            def sized(n):
                return data * n
            probe('compress', lambda n: (lambda d=sized(n): zlib.compress(d, 9)), max_n=32)
            text = ' '.join(map(str, range(1_500_000))).encode()  # inflates at a third of the speed of data
            probe('decompress', lambda n: (lambda p=zlib.compress(text * n, 1): zlib.decompress(p)), max_n=16)
            probe('compressobj', lambda n: (lambda d=sized(n), co=zlib.compressobj(9): co.compress(d)), max_n=32)
            probe('crc32', lambda n: (lambda d=sized(4 * n): zlib.crc32(d)), nap=0.005, max_n=8)
            """);
        assertThat(out).isEqualTo("compress returned True\ndecompress returned True\ncompressobj returned True\ncrc32 returned True\n");
    }

    /**
     * The decompressors' inputs are one compressed stream repeated, decoded by {@code bz2.decompress} and
     * {@code lzma.decompress}: one {@code BZ2Decompressor}/{@code LZMADecompressor.decompress} call per stream, in a
     * Python loop that holds the GIL in between (the probe forces no switch), so the sleeper still runs only inside
     * a call that dropped it. Compressing {@code data * 2n} afresh at every size of the calibration cost more than
     * all the probes (bz2 codes this data at 0.2-0.4 MB/s; lzma compresses at a fifth of its decoding speed and
     * reached a 512 MB input): 110 s of CI's 13 minutes, 40 s of CPU here at load 12.
     */
    @Test
    void bz2AndLzmaDropTheGilWhileCoding() {
        String out = run("""
            import bz2, lzma, random
            r = random.Random(5)
            data = bytes(r.getrandbits(8) for _ in range(4096)) * 64 + bytes(range(256)) * 1024
            def sized(n):
                return data * n
            probe('bz2.compress', lambda n: (lambda c=bz2.BZ2Compressor(9), d=sized(n): (c.compress(d), c.flush())))
            bz2_stream = bz2.compress(data)
            probe('bz2.decompress', lambda n: (lambda p=bz2_stream * (2 * n): bz2.decompress(p)))
            probe('lzma.compress', lambda n: (lambda c=lzma.LZMACompressor(preset=1), d=sized(n): (c.compress(d), c.flush())))
            xz_stream = lzma.compress(sized(4), preset=1)
            probe('lzma.decompress', lambda n: (lambda p=xz_stream * (2 * n): lzma.decompress(p)))
            """);
        assertThat(out).isEqualTo("bz2.compress returned True\nbz2.decompress returned True\n"
            + "lzma.compress returned True\nlzma.decompress returned True\n");
    }

    @Test
    void hashlibDropsTheGilForLargeInputs() {
        String out = run("""
            import hashlib
            probe('sha3_512', lambda n: (lambda d=b'x' * (1_000_000 * n): hashlib.sha3_512(d)))
            probe('blake2b.update', lambda n: (lambda d=b'x' * (4_000_000 * n), h=hashlib.blake2b(): h.update(d)))
            probe('pbkdf2_hmac', lambda n: (lambda: hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 50_000 * n)))
            """);
        assertThat(out).isEqualTo("sha3_512 returned True\nblake2b.update returned True\npbkdf2_hmac returned True\n");
    }

    @Test
    void binasciiUnicodedataAndCodecsHoldTheGil() {
        String out = run("""
            import binascii, unicodedata, codecs
            probe('binascii.crc32', lambda n: (lambda d=b'x' * (40_000_000 * n): binascii.crc32(d)), retry_waited=False,
                  nap=0.005, max_n=8)
            probe('normalize', lambda n: (lambda s='e\\u0301a\\u0328' * (200_000 * n): unicodedata.normalize('NFC', s)), retry_waited=False)
            probe('utf_16_encode', lambda n: (lambda s='e\\u0301a\\u0328' * (400_000 * n): codecs.utf_16_encode(s)), retry_waited=False)
            """);
        assertThat(out).isEqualTo("binascii.crc32 waited True\nnormalize waited True\nutf_16_encode waited True\n");
    }
}
