package dev.gilspy.agent.jfr;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Frequency;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.Percentage;
import jdk.jfr.Period;
import jdk.jfr.StackTrace;
import jdk.jfr.Timespan;

/**
 * The metrics of DESIGN.md for one GIL, every second, and once more at the end of every
 * recording chunk (so a recording of a short run still has its totals: see
 * {@link GilStatsAtChunkEndEvent}).
 */
@Name(GilStatsEvent.NAME)
@Label("GIL Statistics")
@Description("Held, contention, waiters, knock ratio and switch rates of one GIL over the last second, and its totals")
@Category({"gilspy", "GIL"})
@Period("1 s")
@StackTrace(false)
public final class GilStatsEvent extends jdk.jfr.Event {
    public static final String NAME = "gilspy.GilStats";
    public static final String INTERPRETER_ID = "interpreterId";
    public static final String MODE = "mode";
    public static final String SWITCH_INTERVAL = "switchInterval";
    public static final String SWITCH_INTERVAL_SOURCE = "switchIntervalSource";
    public static final String TARGET = "target";
    public static final String HELD = "held";
    public static final String CONTENTION = "contention";
    public static final String WAITERS = "waiters";
    public static final String KNOCK_RATIO = "knockRatio";
    public static final String SWITCHES_PER_SECOND = "switchesPerSecond";
    public static final String FORCED_DROPS_PER_SECOND = "forcedDropsPerSecond";
    public static final String DROP_REQUESTS_PER_SECOND = "dropRequestsPerSecond";
    public static final String ACQUISITIONS_TOTAL = "acquisitionsTotal";
    public static final String SWITCHES_TOTAL = "switchesTotal";
    public static final String FORCED_DROPS_TOTAL = "forcedDropsTotal";
    public static final String DROP_REQUESTS_TOTAL = "dropRequestsTotal";
    public static final String HELD_TOTAL = "heldTotal";
    public static final String WAIT_TOTAL = "waitTotal";
    public static final String CONTENDED_TOTAL = "contendedTotal";
    public static final String WALL_TOTAL = "wallTotal";
    public static final String AT_CHUNK_END = "atChunkEnd";

    @Label("Interpreter")
    @Description("The id of the interpreter whose GIL this is (0 is the main interpreter)")
    public int interpreterId;

    @Label("Mode")
    @Description("on (CPython 3.2+ GIL), legacy (tick-based check interval) or off (free-threaded)")
    public String mode;

    @Label("Switch Interval")
    @Description("How long a waiter waits before it asks the holder to drop the GIL (sys.getswitchinterval())")
    @Timespan(Timespan.NANOSECONDS)
    public long switchInterval;

    @Label("Switch Interval Source")
    @Description("Where the switch interval comes from: sys.getswitchinterval() on gilspy; on GraalPy read from its release scheduler, else measured")
    public String switchIntervalSource;

    @Label("Target")
    @Description("The Python implementation measured: gilspy or graalpy")
    public String target;

    @Label("Held")
    @Description("Fraction of wall time during which some thread held the GIL, over the last second")
    @Percentage
    public double held;

    @Label("Contention")
    @Description("Fraction of wall time during which at least one thread waited, over the last second")
    @Percentage
    public double contention;

    @Label("Waiters")
    @Description("Average number of waiting threads over the last second: total wait time / wall time")
    public double waiters;

    @Label("Knock Ratio")
    @Description("gilknocker's estimate: probe wait time / sampling window; -1 when the knocker is off (the default, knock=1ms turns it on)")
    public double knockRatio;

    @Label("Switches per Second")
    @Description("Holder changes per second over the last second")
    @Frequency
    public double switchesPerSecond;

    @Label("Forced Drops per Second")
    @Description("Drops per second that answered a drop request of a waiting thread, over the last second")
    @Frequency
    public double forcedDropsPerSecond;

    @Label("Drop Requests per Second")
    @Description("Drop requests per second made by waiting threads, over the last second")
    @Frequency
    public double dropRequestsPerSecond;

    @Label("Acquisitions")
    @Description("GIL takes since the agent started measuring this GIL (cumulative)")
    public long acquisitionsTotal;

    @Label("Switches")
    @Description("Holder changes since the agent started measuring this GIL (cumulative)")
    public long switchesTotal;

    @Label("Forced Drops")
    @Description("Drops that answered a drop request, since the agent started measuring this GIL (cumulative)")
    public long forcedDropsTotal;

    @Label("Drop Requests")
    @Description("Drop requests made by waiting threads, since the agent started measuring this GIL (cumulative)")
    public long dropRequestsTotal;

    @Label("Held Time")
    @Description("Time during which some thread held the GIL, since the agent started measuring it (cumulative)")
    @Timespan(Timespan.NANOSECONDS)
    public long heldTotal;

    @Label("Wait Time")
    @Description("Sum over all threads of the time spent waiting for the GIL, since the agent started measuring it (cumulative)")
    @Timespan(Timespan.NANOSECONDS)
    public long waitTotal;

    @Label("Contended Time")
    @Description("Time during which at least one thread waited, since the agent started measuring this GIL (cumulative)")
    @Timespan(Timespan.NANOSECONDS)
    public long contendedTotal;

    @Label("Measured Time")
    @Description("Wall time since the agent started measuring this GIL: the denominator of the totals")
    @Timespan(Timespan.NANOSECONDS)
    public long wallTotal;

    @Label("At Chunk End")
    @Description("True for the statistics written when a recording (or one of its chunks) ended, false for the periodic ones")
    public boolean atChunkEnd;
}
