package dev.gilspy.interp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Python threads are platform threads under the GIL; blocking calls drop it. */
class ThreadsTest {
    private static final String JOIN_HELPERS = """
        import _thread, time
        def spawn(n, fn, *args):
            done = _thread.allocate_lock()
            left = [n]
            done.acquire()
            def run():
                try:
                    fn(*args)
                finally:
                    left[0] -= 1
                    if left[0] == 0:
                        done.release()
            for _ in range(n):
                _thread.start_new_thread(run, ())
            done.acquire()
        """;

    @Test
    void sleepingThreadsOverlapBecauseSleepDropsTheGil() {
        String src = JOIN_HELPERS + """
            t0 = time.perf_counter()
            spawn(4, time.sleep, 0.4)
            print(time.perf_counter() - t0 < 1.2)
            """;
        Py.Result r = Py.run(src);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("True\n");
    }

    @Test
    void freeThreadedAppendsAreNotLost() {
        String src = JOIN_HELPERS + """
            import sys
            items = []
            def work():
                for i in range(100000):
                    items.append(i)
            spawn(4, work)
            print(len(items), sys._is_gil_enabled())
            """;
        Py.Result r = Py.run(src, "--gil=off");
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("400000 False\n");
    }

    @Test
    void gilModeSwitchIntervalAndErrorInThread() {
        String src = JOIN_HELPERS + """
            import sys
            print(sys.getswitchinterval(), sys._is_gil_enabled())
            sys.setswitchinterval(0.001)
            print(sys.getswitchinterval())
            try:
                sys.setswitchinterval(0)
            except ValueError as e:
                print(e)
            def boom():
                raise KeyError('lost')
            spawn(1, boom)
            print('after')
            """;
        Py.Result r = Py.run(src, "--switch-interval=0.002");
        assertThat(r.out()).isEqualTo("0.002 True\n0.001\nswitch interval must be strictly positive\nafter\n");
        assertThat(r.err()).contains("Exception ignored in thread started by").endsWith("KeyError: 'lost'\n");
        assertThat(r.exit()).isZero();
    }

    @Test
    void framesArePublishedForProfilers() {
        String src = """
            import _thread, time
            def busy():
                t = time.perf_counter()
                while time.perf_counter() - t < 0.3:
                    pass
            busy()
            """;
        java.util.concurrent.atomic.AtomicReference<String> seen = new java.util.concurrent.atomic.AtomicReference<>();
        Thread sampler = new Thread(() -> {
            long end = System.nanoTime() + 5_000_000_000L;
            while (System.nanoTime() < end && seen.get() == null) {
                for (var ts : dev.gilspy.interp.gil.ThreadState.all()) {
                    var f = ts.frame();
                    if (f != null && f.codeName().equals("busy") && f.back() != null) {
                        seen.set(f.codeName() + "<" + f.back().codeName() + ":" + f.line());
                    }
                }
                Thread.onSpinWait();
            }
        });
        sampler.start();
        Py.run(src);
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        assertThat(seen.get()).matches("busy<<module>:[45]");
    }
}
