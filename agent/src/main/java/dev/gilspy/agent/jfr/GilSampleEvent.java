package dev.gilspy.agent.jfr;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Enabled;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/** One sample of one Python thread, taken by the sampler thread (which never takes the GIL). */
@Name(GilSampleEvent.NAME)
@Label("GIL Sample")
@Description("The state and Python stack of one Python thread, sampled at a fixed rate")
@Category({"gilspy", "GIL"})
@StackTrace(false)
// Off unless asked for: the profile settings, gilspy.jfc and jfr= turn it on (one event per thread per sample).
@Enabled(false)
public final class GilSampleEvent extends jdk.jfr.Event {
    public static final String NAME = "gilspy.GilSample";
    public static final String INTERPRETER_ID = "interpreterId";
    public static final String SAMPLED_THREAD = "sampledThread";
    public static final String PYTHON_THREAD = "pythonThread";
    public static final String STATE = "state";
    public static final String PYTHON_STACK = "pythonStack";

    @Label("Interpreter")
    @Description("The id of the interpreter the sampled thread belongs to (0 is the main interpreter)")
    public int interpreterId;

    @Label("Sampled Thread")
    @Description("The Java thread running the sampled Python thread")
    public Thread sampledThread;

    @Label("Python Thread")
    @Description("The Python thread name (threading.current_thread().name)")
    public String pythonThread;

    @Label("State")
    @Description("HOLD (holds the GIL), WAIT (waits for it), IO or NATIVE (released it for I/O or native work), IDLE")
    public String state;

    @Label("Python Stack")
    @Description("The Python stack, innermost frame first, one 'function (file:line)' per line")
    public String pythonStack;
}
