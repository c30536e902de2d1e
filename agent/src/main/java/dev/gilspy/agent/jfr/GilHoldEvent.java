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
// The default for recordings whose settings do not name gilspy's events, as the JDK's default.jfc: cheap,
// and still every hold of two switch intervals or more. The profile settings and gilspy.jfc go to 1 ms.
@Threshold("10 ms")
public final class GilHoldEvent extends jdk.jfr.Event {
    public static final String NAME = "gilspy.GilHold";
    public static final String INTERPRETER_ID = "interpreterId";
    public static final String PYTHON_THREAD = "pythonThread";
    public static final String PYTHON_STACK = "pythonStack";
    public static final String FORCED = "forced";

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
