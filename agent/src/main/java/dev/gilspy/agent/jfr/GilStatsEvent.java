package dev.gilspy.agent.jfr;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.Period;
import jdk.jfr.Percentage;
import jdk.jfr.StackTrace;
import jdk.jfr.Timespan;

/** The metrics of DESIGN.md for one GIL, every second. */
@Name(GilStatsEvent.NAME)
@Label("GIL Statistics")
@Description("Held, contention, waiters, knock ratio and switch rates of one GIL over the last period")
@Category({"gilspy", "GIL"})
@Period("1 s")
@StackTrace(false)
public final class GilStatsEvent extends jdk.jfr.Event {
    public static final String NAME = "gilspy.GilStats";

    @Label("Interpreter")
    public int interpreterId;

    @Label("Mode")
    @Description("on, legacy or off")
    public String mode;

    @Label("Switch Interval")
    @Timespan(Timespan.MICROSECONDS)
    public long switchInterval;

    @Label("Held")
    @Description("Fraction of wall time during which some thread held the GIL")
    @Percentage
    public double held;

    @Label("Contention")
    @Description("Fraction of wall time during which at least one thread waited")
    @Percentage
    public double contention;

    @Label("Waiters")
    @Description("Average number of waiting threads: total wait time / wall time")
    public double waiters;

    @Label("Knock Ratio")
    @Description("gilknocker's estimate: probe wait time / sampling window; -1 when the knocker is off (the default, knock=1ms turns it on)")
    @Percentage
    public double knockRatio;

    @Label("Switches/s")
    public double switchesPerSecond;

    @Label("Forced Drops/s")
    public double forcedDropsPerSecond;

    @Label("Acquisitions")
    @Description("GIL takes since the agent started (cumulative)")
    public long acquisitionsTotal;
}
