package dev.gilspy.agent.jfr;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;
import jdk.jfr.Threshold;

/** A thread waited to take the GIL. Committed by the waiting thread when it gets the GIL. */
@Name(GilWaitEvent.NAME)
@Label("GIL Wait")
@Description("A Python thread waited to take the Global Interpreter Lock")
@Category({"gilspy", "GIL"})
@StackTrace(false)
// The default for recordings started without gilspy's settings (jcmd JFR.start, JMC): see agent/README.md.
@Threshold("1 ms")
public final class GilWaitEvent extends jdk.jfr.Event {
    public static final String NAME = "gilspy.GilWait";

    @Label("Interpreter")
    @Description("The id of the interpreter whose GIL this is (0 is the main interpreter)")
    public int interpreterId;

    @Label("Python Thread")
    @Description("The Python thread name (threading.current_thread().name)")
    public String pythonThread;

    @Label("Python Stack")
    @Description("The waiter's Python stack, innermost frame first, one 'function (file:line)' per line")
    public String pythonStack;

    @Label("Previous Holder")
    @Description("The Python thread that held the GIL when the wait began, if any")
    public String holderThread;
}
