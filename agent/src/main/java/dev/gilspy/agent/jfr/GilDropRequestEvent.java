package dev.gilspy.agent.jfr;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Enabled;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/** A waiter asked the holder to drop the GIL after a whole switch interval. */
@Name(GilDropRequestEvent.NAME)
@Label("GIL Drop Request")
@Description("A waiting thread set the drop request on the GIL holder after one full switch interval")
@Category({"gilspy", "GIL"})
@StackTrace(false)
// Off unless asked for: the profile settings, gilspy.jfc and jfr= turn it on (up to 200 events/s per waiter).
@Enabled(false)
public final class GilDropRequestEvent extends jdk.jfr.Event {
    public static final String NAME = "gilspy.GilDropRequest";
    public static final String INTERPRETER_ID = "interpreterId";
    public static final String REQUESTER_THREAD = "requesterThread";
    public static final String HOLDER_THREAD = "holderThread";
    public static final String HOLDER_STACK = "holderStack";

    @Label("Interpreter")
    @Description("The id of the interpreter whose GIL this is (0 is the main interpreter)")
    public int interpreterId;

    @Label("Requester")
    @Description("The Python thread that waited and made the request")
    public String requesterThread;

    @Label("Holder")
    @Description("The Python thread asked to drop the GIL")
    public String holderThread;

    @Label("Holder Python Stack")
    @Description("Where the holder was when asked, innermost frame first, one 'function (file:line)' per line")
    public String holderStack;
}
