package dev.gilspy.agent.runtime;

import dev.gilspy.agent.jfr.GilDropRequestEvent;
import dev.gilspy.agent.jfr.GilHoldEvent;
import dev.gilspy.agent.jfr.GilSampleEvent;
import dev.gilspy.agent.jfr.GilStatsEvent;
import dev.gilspy.agent.jfr.GilWaitEvent;

/**
 * Whether a recording enables each {@code gilspy.*} event, asked without touching an event class
 * before {@link JfrSupport#register} ran: creating the first event object starts JFR's metadata
 * repository (about 0.4 s of CPU, some 300 classes), which a JVM nobody records must not pay.
 * No recording can enable an event that is not registered, so until then every answer is false.
 */
final class JfrProbes {
    private static volatile boolean registered;

    private JfrProbes() {}

    /** Called by {@link JfrSupport#register} once the event types are registered. */
    static void registered() {
        registered = true;
    }

    static boolean waitEnabled() {
        return registered && Holder.WAIT.isEnabled();
    }

    static boolean holdEnabled() {
        return registered && Holder.HOLD.isEnabled();
    }

    static boolean dropRequestEnabled() {
        return registered && Holder.DROP_REQUEST.isEnabled();
    }

    static boolean sampleEnabled() {
        return registered && Holder.SAMPLE.isEnabled();
    }

    static boolean statsEnabled() {
        return registered && Holder.STATS.isEnabled();
    }

    /** The probe objects, created on first use, which is after registration. */
    private static final class Holder {
        static final GilWaitEvent WAIT = new GilWaitEvent();
        static final GilHoldEvent HOLD = new GilHoldEvent();
        static final GilDropRequestEvent DROP_REQUEST = new GilDropRequestEvent();
        static final GilSampleEvent SAMPLE = new GilSampleEvent();
        static final GilStatsEvent STATS = new GilStatsEvent();
    }
}
