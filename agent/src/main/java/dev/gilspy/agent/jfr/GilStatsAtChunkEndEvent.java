package dev.gilspy.agent.jfr;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.Period;
import jdk.jfr.StackTrace;

/**
 * Never written itself: while it is enabled (the default), the end of every recording chunk, so
 * the end of every recording, writes one more {@code gilspy.GilStats} per GIL with the totals.
 * JFR allows one period per event type; this type carries the second one.
 */
@Name(GilStatsAtChunkEndEvent.NAME)
@Label("GIL Statistics at Chunk End (trigger)")
@Description("Not written: enabled, it makes every recording end with one gilspy.GilStats per GIL")
@Category({"gilspy", "GIL"})
@Period("endChunk")
@StackTrace(false)
public final class GilStatsAtChunkEndEvent extends jdk.jfr.Event {
    public static final String NAME = "gilspy.GilStatsAtChunkEnd";
}
