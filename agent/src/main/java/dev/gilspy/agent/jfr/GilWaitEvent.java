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
// The default for recordings whose settings do not name gilspy's events, as the JDK's default.jfc: cheap,
// and still every wait of two switch intervals or more. The profile settings and gilspy.jfc go to 1 ms.
@Threshold("10 ms")
public final class GilWaitEvent extends jdk.jfr.Event {
    public static final String NAME = "gilspy.GilWait";
    public static final String INTERPRETER_ID = "interpreterId";
    public static final String PYTHON_THREAD = "pythonThread";
    public static final String PYTHON_STACK = "pythonStack";
    public static final String HOLDER_THREAD = "holderThread";

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
