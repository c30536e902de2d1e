package dev.gilspy.report;

import java.util.List;

/**
 * The names of gilspy's JFR events and of the fields the CLI reads, in one place for every reader
 * and for the recording settings. They equal the agent's {@code dev.gilspy.agent.jfr.*Event.NAME}
 * constants and field names ({@code EventNamesTest} holds them to it).
 */
public final class EventNames {
    private EventNames() {}

    public static final String GIL_WAIT = "gilspy.GilWait";
    public static final String GIL_HOLD = "gilspy.GilHold";
    public static final String GIL_SAMPLE = "gilspy.GilSample";
    public static final String GIL_DROP_REQUEST = "gilspy.GilDropRequest";
    public static final String GIL_STATS = "gilspy.GilStats";

    /** The events a recording of gilspy's must enable; GilStats is periodic. */
    public static final List<String> DURATION_AND_INSTANT_EVENTS = List.of(GIL_WAIT, GIL_HOLD, GIL_SAMPLE, GIL_DROP_REQUEST);

    /** Fields, by the events that carry them. */
    public static final class Field {
        private Field() {}

        /** All but GilStats. */
        public static final String INTERPRETER_ID = "interpreterId";
        /** GilWait, GilHold, GilSample. */
        public static final String PYTHON_THREAD = "pythonThread";
        /** GilWait, GilHold, GilSample. */
        public static final String PYTHON_STACK = "pythonStack";
        /** GilWait: the previous holder; GilDropRequest: the holder asked to drop. */
        public static final String HOLDER_THREAD = "holderThread";
        /** GilDropRequest. */
        public static final String HOLDER_STACK = "holderStack";
        /** GilDropRequest. */
        public static final String REQUESTER_THREAD = "requesterThread";
        /** GilSample: HOLD, WAIT, IO, NATIVE or IDLE. */
        public static final String STATE = "state";
        /** GilSample: the Java thread sampled (the event's own thread is the sampler). */
        public static final String SAMPLED_THREAD = "sampledThread";
        /** GilHold: the drop answered a drop request. */
        public static final String FORCED = "forced";
        /** GilStats fields. */
        public static final String MODE = "mode";
        public static final String SWITCH_INTERVAL = "switchInterval";
        /** GilStats, newer agents: where the switch interval came from. */
        public static final String SWITCH_INTERVAL_SOURCE = "switchIntervalSource";
        /** GilStats: cumulative takes, time spent taking (waits, the uncontended ones included), measured wall time. */
        public static final String ACQUISITIONS_TOTAL = "acquisitionsTotal";
        public static final String WAIT_TOTAL = "waitTotal";
        public static final String WALL_TOTAL = "wallTotal";
        /** GilStats, newer agents: gilspy or graalpy. */
        public static final String TARGET = "target";
        public static final String HELD = "held";
        public static final String CONTENTION = "contention";
        public static final String SWITCHES_PER_SECOND = "switchesPerSecond";
        public static final String FORCED_DROPS_PER_SECOND = "forcedDropsPerSecond";
    }
}
