package dev.gilspy.agent.jfr;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/** One sample of one Python thread, taken by the sampler thread (which never takes the GIL). */
@Name(GilSampleEvent.NAME)
@Label("GIL Sample")
@Description("The state and Python stack of one Python thread, sampled at a fixed rate")
@Category({"gilspy", "GIL"})
@StackTrace(false)
public final class GilSampleEvent extends jdk.jfr.Event {
    public static final String NAME = "gilspy.GilSample";

    @Label("Interpreter")
    public int interpreterId;

    @Label("Sampled Thread")
    @Description("The Java thread running the sampled Python thread")
    public Thread sampledThread;

    @Label("Python Thread")
    public String pythonThread;

    @Label("State")
    @Description("HOLD, WAIT, IO, NATIVE or IDLE")
    public String state;

    @Label("Python Stack")
    @Description("Innermost frame first, one 'function (file:line)' per line")
    public String pythonStack;
}
