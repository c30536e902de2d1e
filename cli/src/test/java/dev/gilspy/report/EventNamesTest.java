package dev.gilspy.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gilspy.agent.jfr.GilDropRequestEvent;
import dev.gilspy.agent.jfr.GilHoldEvent;
import dev.gilspy.agent.jfr.GilSampleEvent;
import dev.gilspy.agent.jfr.GilStatsEvent;
import dev.gilspy.agent.jfr.GilWaitEvent;
import jdk.jfr.EventType;
import jdk.jfr.ValueDescriptor;
import org.junit.jupiter.api.Test;

/** The CLI's names for events and fields are the agent's: a rename on one side fails here, not in a user's report. */
class EventNamesTest {

    @Test
    void eventNamesAreTheAgents() {
        assertThat(EventNames.GIL_WAIT).isEqualTo(GilWaitEvent.NAME);
        assertThat(EventNames.GIL_HOLD).isEqualTo(GilHoldEvent.NAME);
        assertThat(EventNames.GIL_SAMPLE).isEqualTo(GilSampleEvent.NAME);
        assertThat(EventNames.GIL_DROP_REQUEST).isEqualTo(GilDropRequestEvent.NAME);
        assertThat(EventNames.GIL_STATS).isEqualTo(GilStatsEvent.NAME);
    }

    @Test
    void fieldsTheReadersUseExistOnTheEvents() {
        assertThat(fields(GilWaitEvent.class)).contains(EventNames.Field.INTERPRETER_ID, EventNames.Field.PYTHON_THREAD,
                EventNames.Field.PYTHON_STACK, EventNames.Field.HOLDER_THREAD);
        assertThat(fields(GilHoldEvent.class)).contains(EventNames.Field.PYTHON_THREAD, EventNames.Field.PYTHON_STACK,
                EventNames.Field.FORCED);
        assertThat(fields(GilSampleEvent.class)).contains(EventNames.Field.SAMPLED_THREAD, EventNames.Field.STATE,
                EventNames.Field.PYTHON_STACK);
        assertThat(fields(GilDropRequestEvent.class)).contains(EventNames.Field.REQUESTER_THREAD,
                EventNames.Field.HOLDER_THREAD, EventNames.Field.HOLDER_STACK);
        assertThat(fields(GilStatsEvent.class)).contains(EventNames.Field.MODE, EventNames.Field.SWITCH_INTERVAL,
                EventNames.Field.HELD, EventNames.Field.CONTENTION, EventNames.Field.SWITCHES_PER_SECOND,
                EventNames.Field.FORCED_DROPS_PER_SECOND, EventNames.Field.TARGET, EventNames.Field.SWITCH_INTERVAL_SOURCE);
    }

    private static java.util.List<String> fields(Class<? extends jdk.jfr.Event> event) {
        return EventType.getEventType(event).getFields().stream().map(ValueDescriptor::getName).toList();
    }
}
