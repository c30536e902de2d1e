package dev.gilspy.doctor;

/**
 * Every threshold the doctor classifies with, in one place, so the report can quote them and the
 * README can document them. Shares are fractions of wall time unless said otherwise.
 *
 * <p>The values leave room for a loaded 2-core machine: there a waiter's drop request is answered
 * late, so a CPU-bound pair shows forced drops well below the ideal 1/interval per second.
 */
public final class Thresholds {
    private Thresholds() {}

    /** CPU-bound threads fighting: at least this contention ... */
    public static final double FIGHT_CONTENTION = 0.50;
    /** ... this held share ... */
    public static final double FIGHT_HELD = 0.50;
    /** ... and forced drops/s of at least this fraction of 1/interval (the ideal for two spinning threads). */
    public static final double FIGHT_FORCED_RATE = 0.15;

    /** I/O-bound: the GIL is held less than this share of the time ... */
    public static final double IO_HELD_MAX = 0.25;
    /** ... and at least this share of the non-idle samples found threads in I/O (when samples exist). */
    public static final double IO_SAMPLE_SHARE = 0.40;

    /** Native work that releases the GIL: at least this share of the non-idle samples in native code ... */
    public static final double NATIVE_SAMPLE_SHARE = 0.30;
    /** ... while the GIL is held less than this share. */
    public static final double NATIVE_RELEASE_HELD_MAX = 0.60;

    /** A long hold lasts at least this many switch intervals: no check site ran to honour a drop request. */
    public static final double LONG_HOLD_INTERVALS = 4.0;
    /** ... and at least this long, so a tiny interval does not make every hold "long". */
    public static final long LONG_HOLD_MIN_NANOS = 20_000_000L;
    /** Native work holding the GIL: drop requests ignored by long holds cover at least this share of the contended time ... */
    public static final double NATIVE_HOLD_SHARE = 0.40;
    /** ... while somebody waited (contention at least this). */
    public static final double NATIVE_HOLD_CONTENTION = 0.10;

    /** A thread counts as busy (one of those fighting) when it holds at least this share of all hold time. */
    public static final double BUSY_THREAD_HOLD_SHARE = 0.10;

    /**
     * Convoy: an I/O thread (at least this share of its non-idle samples in I/O, given at least
     * {@link #CONVOY_MIN_SAMPLES} samples; without samples: at least {@link #CONVOY_VOLUNTARY_SHARE}
     * of its holds released voluntarily) ...
     */
    public static final double CONVOY_IO_SAMPLE_SHARE = 0.30;
    public static final int CONVOY_MIN_SAMPLES = 10;
    public static final double CONVOY_VOLUNTARY_SHARE = 0.70;
    /** ... with at least this many waits lasting between these multiples of the interval ... */
    public static final int CONVOY_MIN_WAITS = 10;
    public static final double CONVOY_WAIT_LOW = 0.5;
    public static final double CONVOY_WAIT_HIGH = 3.0;
    /** ... while CPU-bound threads were forced off the GIL at least this many times. */
    public static final int CONVOY_MIN_FORCED_DROPS = 10;

    /** Interval too small: below this ... */
    public static final long SMALL_INTERVAL_NANOS = 1_000_000L;
    /** ... with at least this many switches per second (the default interval allows 200) ... */
    public static final double SMALL_INTERVAL_SWITCHES = 400.0;
    /** ... under contention of at least this. */
    public static final double SMALL_INTERVAL_CONTENTION = 0.30;

    /** A single hot function: its own frames hold the GIL at least this share of all hold time ... */
    public static final double HOT_FUNCTION_SHARE = 0.60;
    /** ... in a program that holds the GIL at least this share of the time. */
    public static final double HOT_FUNCTION_HELD = 0.20;

    /** One thread busy, nobody waiting: CPU-bound but not contended. */
    public static final double SOLO_HELD = 0.50;
    public static final double SOLO_CONTENTION_MAX = 0.10;

    /** GIL churn: at least this many takes per second ... */
    public static final double CHURN_ACQUISITIONS_PER_SECOND = 500;
    /** ... while contention stays below this (the takes are short hand-offs, not a fight) ... */
    public static final double CHURN_CONTENTION_MAX = 0.30;
    /** ... and taking costs at least this share of a CPU. */
    public static final double CHURN_TAKE_SHARE = 0.01;

    /**
     * Start-up: one thread alone ran Python for at least this long before a second thread took the GIL
     * (GraalPy's context creation; on gilspy the script's imports, which a loaded machine stretches) ...
     */
    public static final long STARTUP_HOLD_NANOS = 1_000_000_000L;
    /** ... and at least this share of the recording is start-up, told apart from the steady state. */
    public static final double STARTUP_HOLD_SHARE = 0.10;
    /**
     * ... and it ends early, at the end of a hold after which that one thread held the GIL less than this
     * share of the time until the second thread's take: it had released the GIL to work (native calls,
     * I/O, sleeps), which is the program's steady state, not its start-up.
     */
    public static final double STARTUP_AFTER_HELD_MAX = 0.5;

    /**
     * A machine too busy to judge: while its threads held the GIL this share of the time or more ...
     */
    public static final double STARVED_MIN_HELD = 0.25;
    /**
     * ... the program's JVM got less than this many cores per unit of held share (a thread running
     * Python while it holds the GIL uses a core: on a free machine this is ~1 or more) ...
     */
    public static final double STARVED_CORES_PER_HELD = 0.5;
    /**
     * ... while the machine's CPUs were this busy or more (all of them: the holder was waiting for a
     * core, not blocked in a call that holds the GIL). Then hold lengths and drop rates measure the
     * machine's scheduler, not the program, and the doctor gives no verdict.
     */
    public static final double STARVED_MACHINE_BUSY = 0.90;

    /** CPython's default switch interval, assumed when a recording carries no GilStats. */
    public static final long DEFAULT_INTERVAL_NANOS = 5_000_000L;
}
