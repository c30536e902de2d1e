package dev.gilspy.interp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Python threads are platform threads under the GIL; blocking calls drop it. */
class ThreadsTest {
    private static final String JOIN_HELPERS = """
        import _thread, time
        def spawn(n, fn, *args):
            done = _thread.allocate_lock()
            guard = _thread.allocate_lock()  # without a GIL, left[0] -= 1 is not atomic
            left = [n]
            done.acquire()
            def run():
                try:
                    fn(*args)
                finally:
                    with guard:
                        left[0] -= 1
                        last = left[0] == 0
                    if last:
                        done.release()
            for _ in range(n):
                _thread.start_new_thread(run, ())
            done.acquire()
        """;

    @Test
    void sleepingThreadsOverlapBecauseSleepDropsTheGil() {
        // Overlap, not a wall bound ("4 sleeps of 0.4 s in under 1.2 s" needs a machine that starts 4
        // threads and wakes them within 0.8 s, which load 40 need not): every sleep began before the first
        // one ended. A sleep that kept the GIL would end before the next thread could begin its own.
        String src = JOIN_HELPERS + """
            began, ended = [], []
            def nap():
                began.append(time.perf_counter())
                time.sleep(0.4)
                ended.append(time.perf_counter())
            spawn(4, nap)
            print(len(began), max(began) < min(ended))
            """;
        Py.Result r = Py.run(src);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("4 True\n");
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

    /**
     * CPython's lock acquire keeps the GIL released for the whole wait. Ours waits in 50 ms slices
     * (so that the main thread notices Ctrl-C) and used to take the GIL after every slice: a thread
     * blocked in join() queued behind CPU-bound threads 20 times a second and showed in top as
     * waiting for the GIL. Counts the main thread's GIL waits while it is blocked on a lock.
     */
    @Test
    void aThreadBlockedOnALockDoesNotTakeTheGilWhileItWaits() throws Exception {
        String src = """
            import _thread, time
            done = _thread.allocate_lock()
            done.acquire()
            def spin():
                t = time.perf_counter()
                while time.perf_counter() - t < 0.8:
                    pass
                done.release()
            _thread.start_new_thread(spin, ())
            done.acquire()
            print("ok")
            """;
        java.util.concurrent.atomic.AtomicInteger waits = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        Thread sampler = new Thread(() -> {
            java.util.Map<dev.gilspy.interp.gil.ThreadState, Integer> last = new java.util.IdentityHashMap<>();
            while (!stop.get()) {
                for (var ts : dev.gilspy.interp.gil.ThreadState.all()) {
                    if (!"MainThread".equals(ts.name()) || !ts.thread().isAlive()) {
                        continue;
                    }
                    int now = ts.status();
                    Integer before = last.put(ts, now);
                    if (now == dev.gilspy.interp.gil.ThreadState.WAITING && (before == null || before != now)) {
                        waits.incrementAndGet();
                    }
                }
                Thread.onSpinWait();
            }
        });
        sampler.start();
        Py.Result r = Py.run(src);
        stop.set(true);
        sampler.join();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("ok\n");
        // at most the take at the end of the wait (and one around starting the thread); slices would be ~16
        assertThat(waits.get()).isLessThanOrEqualTo(3);
    }
}
