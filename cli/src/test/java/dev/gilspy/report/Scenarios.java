package dev.gilspy.report;

import java.nio.file.Path;

/** Recordings the tests share, built with {@link JfrFixture}. Times in milliseconds. */
final class Scenarios {
    private Scenarios() {}

    static final String COUNTDOWN_LOOP = "countdown (x.py:3)";
    static final String COUNTDOWN_WHILE = "countdown (x.py:2)";
    static final String HOSTILE = "<script>alert(1)</script>&\"'";

    /**
     * Two CPU-bound {@code countdown} threads taking turns on the GIL every 5 ms, as CPython's
     * switch interval makes them: T1 holds 0-5, 10-15; T2 holds 5-10, 15-20. Each waits while the
     * other holds (T1 waits 5-10 and 15-20, T2 waits 0-5 and 10-15). The main thread joins (I/O).
     */
    static Path countdownPair(Path file) throws Exception {
        JfrFixture f = new JfrFixture();
        for (int i = 0; i < 4; i++) {
            String holder = i % 2 == 0 ? "Thread-1" : "Thread-2";
            String waiter = i % 2 == 0 ? "Thread-2" : "Thread-1";
            f.hold(holder, i * 5, i * 5 + 5, COUNTDOWN_LOOP);
            f.waitEvent(waiter, i * 5, i * 5 + 5, COUNTDOWN_WHILE, holder);
            f.sample(holder, i * 5 + 1, "HOLD", COUNTDOWN_LOOP);
            f.sample(waiter, i * 5 + 1, "WAIT", COUNTDOWN_WHILE);
            f.sample("MainThread", i * 5 + 1, "IO", "join (threading.py:1119)\n<module> (x.py:9)");
        }
        f.dropRequest("Thread-2", 5, "Thread-1", COUNTDOWN_LOOP);
        return f.write(file);
    }

    /** A thread and a function whose names try to inject markup and script. */
    static Path hostile(Path file) throws Exception {
        JfrFixture f = new JfrFixture();
        f.hold(HOSTILE, 0, 5, HOSTILE + " (" + HOSTILE + ".py:1)\n<module> (x.py:1)");
        f.waitEvent("Thread-2", 0, 5, "f]]></script><g onload=\"alert(2)\"> (a.py:2)\n<module> (x.py:1)", HOSTILE);
        f.hold("Thread-2", 5, 6, "bad\u0001char\uD800 (b.py:3)");
        return f.write(file);
    }
}
