package dev.gilspy.agent.jfr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jdk.jfr.EventType;
import jdk.jfr.Frequency;
import jdk.jfr.Timespan;
import jdk.jfr.ValueDescriptor;
import org.junit.jupiter.api.Test;

/** What JMC and {@code jfr print} show of gilspy's events: labels, descriptions, units JMC knows. */
class JfrEventsTest {
    private static final List<Class<? extends jdk.jfr.Event>> EVENTS = List.of(GilWaitEvent.class, GilHoldEvent.class,
            GilDropRequestEvent.class, GilSampleEvent.class, GilStatsEvent.class, GilStatsAtChunkEndEvent.class);

    @Test
    void everyEventAndEveryFieldHasALabelAndADescription() {
        for (Class<? extends jdk.jfr.Event> c : EVENTS) {
            EventType t = EventType.getEventType(c);
            assertThat(t.getName()).startsWith("gilspy.");
            assertThat(t.getLabel()).as(t.getName()).isNotBlank();
            assertThat(t.getDescription()).as(t.getName()).isNotBlank();
            for (ValueDescriptor f : t.getFields()) {
                if (List.of("startTime", "duration", "eventThread", "stackTrace").contains(f.getName())) {
                    continue; // the JDK's own
                }
                assertThat(f.getLabel()).as(t.getName() + "." + f.getName()).isNotBlank();
                assertThat(f.getDescription()).as(t.getName() + "." + f.getName()).isNotBlank();
            }
        }
    }

    @Test
    void unitsAreOnesJmcKnows() {
        EventType stats = EventType.getEventType(GilStatsEvent.class);
        for (ValueDescriptor f : stats.getFields()) {
            Timespan span = f.getAnnotation(Timespan.class);
            if (span != null && !f.getName().equals("duration")) { // the JDK's own field, in ticks
                assertThat(span.value()).as(f.getName()).isIn(Timespan.NANOSECONDS, Timespan.MILLISECONDS);
            }
        }
        assertThat(stats.getField(GilStatsEvent.SWITCH_INTERVAL).getAnnotation(Timespan.class).value())
                .isEqualTo(Timespan.NANOSECONDS);
        for (String perSecond : List.of(GilStatsEvent.SWITCHES_PER_SECOND, GilStatsEvent.FORCED_DROPS_PER_SECOND,
                GilStatsEvent.DROP_REQUESTS_PER_SECOND)) {
            assertThat(stats.getField(perSecond).getAnnotation(Frequency.class)).as(perSecond).isNotNull();
        }
    }

    @Test
    void theFieldNameConstantsNameRealFields() {
        assertThat(EventType.getEventType(GilWaitEvent.class).getField(GilWaitEvent.PYTHON_STACK)).isNotNull();
        assertThat(EventType.getEventType(GilHoldEvent.class).getField(GilHoldEvent.FORCED)).isNotNull();
        assertThat(EventType.getEventType(GilDropRequestEvent.class).getField(GilDropRequestEvent.HOLDER_STACK)).isNotNull();
        assertThat(EventType.getEventType(GilSampleEvent.class).getField(GilSampleEvent.STATE)).isNotNull();
        assertThat(EventType.getEventType(GilStatsEvent.class).getField(GilStatsEvent.AT_CHUNK_END)).isNotNull();
    }

    @Test
    void theJdkDefaultSettingsAreCheap() {
        assertThat(EventType.getEventType(GilSampleEvent.class).isEnabled()).isFalse();
        assertThat(EventType.getEventType(GilDropRequestEvent.class).isEnabled()).isFalse();
        assertThat(EventType.getEventType(GilWaitEvent.class).getSettingDescriptors())
                .anyMatch(s -> s.getName().equals("threshold") && s.getDefaultValue().equals("10 ms"));
    }

    @Test
    void gilspyJfcShipsInTheJarAndParses() throws Exception {
        try (var in = JfrEventsTest.class.getResourceAsStream("/gilspy.jfc")) {
            assertThat(in).isNotNull();
            var config = jdk.jfr.Configuration.create(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            assertThat(config.getSettings()).containsEntry("gilspy.GilSample#enabled", "true")
                    .containsEntry("gilspy.GilWait#threshold", "1 ms")
                    .containsEntry("jdk.InitialEnvironmentVariable#enabled", "false");
        }
    }
}
