package dev.gilspy.agent.jfr;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/** A waiter asked the holder to drop the GIL after a whole switch interval. */
@Name(GilDropRequestEvent.NAME)
@Label("GIL Drop Request")
@Description("A waiting thread set the drop request on the GIL holder after one full switch interval")
@Category({"gilspy", "GIL"})
@StackTrace(false)
public final class GilDropRequestEvent extends jdk.jfr.Event {
    public static final String NAME = "gilspy.GilDropRequest";

    @Label("Interpreter")
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
