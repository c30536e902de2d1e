package dev.gilspy.agent.jfr;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;
import jdk.jfr.Threshold;

/** A thread held the GIL. Committed by the holder when it drops the GIL. */
@Name(GilHoldEvent.NAME)
@Label("GIL Hold")
@Description("A Python thread held the Global Interpreter Lock from take to drop")
@Category({"gilspy", "GIL"})
@StackTrace(false)
// The default for recordings started without gilspy's settings (jcmd JFR.start, JMC): see agent/README.md.
@Threshold("1 ms")
public final class GilHoldEvent extends jdk.jfr.Event {
    public static final String NAME = "gilspy.GilHold";

    @Label("Interpreter")
    @Description("The id of the interpreter whose GIL this is (0 is the main interpreter)")
    public int interpreterId;

    @Label("Python Thread")
    @Description("The Python thread name (threading.current_thread().name)")
    public String pythonThread;

    @Label("Python Stack")
    @Description("The holder's Python stack where it dropped the GIL, innermost frame first, one 'function (file:line)' per line")
    public String pythonStack;

    @Label("Forced")
    @Description("True when the drop answered a drop request (a forced switch), false for a voluntary release")
    public boolean forced;
}
