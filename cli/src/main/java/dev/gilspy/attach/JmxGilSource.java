package dev.gilspy.attach;

import dev.gilspy.agent.jmx.GilspyNames;
import dev.gilspy.ui.model.GilSample;
import dev.gilspy.ui.model.GilSource;
import dev.gilspy.ui.model.SourceGoneException;
import dev.gilspy.ui.model.TargetInfo;
import dev.gilspy.ui.model.ThreadSample;
import dev.gilspy.ui.model.ThreadStatus;
import dev.gilspy.ui.model.WaitHistogram;

import javax.management.Attribute;
import javax.management.AttributeList;
import javax.management.InstanceNotFoundException;
import javax.management.JMException;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a target's {@code dev.gilspy:type=Gil,interpreter=N} MXBean for {@code top}. All attributes
 * come back in one {@code getAttributes} call, so one sample is one round trip and one consistent
 * view. Decodes the open types itself, so it does not depend on the agent's classes at run time.
 */
public final class JmxGilSource implements GilSource {
    static final String[] ATTRIBUTES = {
        "InterpreterId", "Mode", "SwitchIntervalSeconds", "UptimeMillis", "Held", "Contention", "Waiters",
        "KnockRatio", "SwitchesPerSecond", "ForcedDropsPerSecond", "DropRequestsPerSecond",
        "Contention1m", "Contention5m", "Contention15m", "WaitP50Millis", "WaitP99Millis", "WaitMaxMillis",
        "HoldP99Millis", "HoldMaxMillis", "HolderThread", "HolderFunction", "HeldSecondsTotal",
        "WaitSecondsTotal", "AcquisitionsTotal", "SwitchesTotal", "ForcedDropsTotal", "Threads",
        // newer agents only; getAttributes leaves out what a bean lacks
        "ContendedSecondsTotal", "WallSecondsTotal", "Target", "SwitchIntervalSource",
    };

    private final TargetConnection target;
    private final Integer interpreterId;
    private ObjectName name;

    /** @param interpreterId the interpreter to watch, or null for the lowest id in the target */
    public JmxGilSource(TargetConnection target, Integer interpreterId) {
        this.target = target;
        this.interpreterId = interpreterId;
    }

    @Override
    public TargetInfo target() {
        return new TargetInfo(target.pid(), target.mainClass(), target.jvmVersion());
    }

    @Override
    public Optional<GilSample> sample() throws SourceGoneException {
        try {
            if (name == null && !findName()) {
                return Optional.empty();
            }
            AttributeList list = target.mbeans().getAttributes(name, ATTRIBUTES);
            Map<String, Object> values = new HashMap<>();
            for (Attribute a : list.asList()) {
                values.put(a.getName(), a.getValue());
            }
            return Optional.of(decode(values));
        } catch (InstanceNotFoundException e) {
            name = null; // the interpreter went away; another may come
            return Optional.empty();
        } catch (IOException e) {
            throw gone(e);
        } catch (JMException e) {
            throw new SourceGoneException("cannot read " + name + " in PID " + target.pid() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void resetWindows() throws SourceGoneException {
        if (name == null) {
            return;
        }
        try {
            target.mbeans().invoke(name, "resetWindows", new Object[0], new String[0]);
        } catch (IOException e) {
            throw gone(e);
        } catch (JMException e) {
            name = null;
        }
    }

    private SourceGoneException gone(IOException e) {
        boolean alive = !dev.gilspy.attach.AttachedTarget.exitsSoon(target.pid());
        return new SourceGoneException(alive ? "lost the connection to PID " + target.pid() + ": " + e.getMessage()
                : "target PID " + target.pid() + " exited", e);
    }

    private boolean findName() throws IOException {
        ObjectName pattern;
        try {
            pattern = new ObjectName(interpreterId == null ? GilspyNames.ALL_GILS
                    : GilspyNames.gil(interpreterId));
        } catch (MalformedObjectNameException e) {
            throw new IllegalStateException(e);
        }
        name = target.mbeans().queryNames(pattern, null).stream()
                .min(Comparator.comparingLong(JmxGilSource::interpreterOf))
                .orElse(null);
        return name != null;
    }

    private static long interpreterOf(ObjectName n) {
        try {
            return Long.parseLong(n.getKeyProperty("interpreter"));
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    /** The agent reports -1 while no knocker runs (JSON bridges reject NaN); the view model's "none" is NaN. */
    private static double knockRatio(Object value) {
        double ratio = dbl(value);
        return ratio < 0 ? Double.NaN : ratio;
    }

    static GilSample decode(Map<String, Object> v) {
        List<ThreadSample> threads = new ArrayList<>();
        if (v.get("Threads") instanceof CompositeData[] rows) {
            for (CompositeData row : rows) {
                threads.add(decodeThread(row));
            }
        }
        return new GilSample((int) lng(v.get("InterpreterId")), str(v.get("Mode")), dbl(v.get("SwitchIntervalSeconds")),
                lng(v.get("UptimeMillis")), dbl(v.get("Held")), dbl(v.get("Contention")), dbl(v.get("Waiters")),
                knockRatio(v.get("KnockRatio")), dbl(v.get("SwitchesPerSecond")), dbl(v.get("ForcedDropsPerSecond")),
                dbl(v.get("DropRequestsPerSecond")), dbl(v.get("Contention1m")), dbl(v.get("Contention5m")),
                dbl(v.get("Contention15m")), dbl(v.get("WaitP50Millis")), dbl(v.get("WaitP99Millis")),
                dbl(v.get("WaitMaxMillis")), dbl(v.get("HoldP99Millis")), dbl(v.get("HoldMaxMillis")),
                str(v.get("HolderThread")), str(v.get("HolderFunction")), dbl(v.get("HeldSecondsTotal")),
                dbl(v.get("WaitSecondsTotal")), lng(v.get("AcquisitionsTotal")), lng(v.get("SwitchesTotal")),
                lng(v.get("ForcedDropsTotal")), dbl(v.get("ContendedSecondsTotal")), dbl(v.get("WallSecondsTotal")),
                threads, str(v.get("Target")), str(v.get("SwitchIntervalSource")));
    }

    private static ThreadSample decodeThread(CompositeData c) {
        Object stack = get(c, "stack");
        List<String> frames = stack instanceof String[] s ? Arrays.asList(s) : List.of();
        return new ThreadSample(lng(get(c, "ident")), str(get(c, "name")), ThreadStatus.parse(str(get(c, "state"))),
                dbl(get(c, "held")), dbl(get(c, "wait")), dbl(get(c, "acquisitionsPerSecond")),
                dbl(get(c, "avgWaitMillis")), dbl(get(c, "p99WaitMillis")), dbl(get(c, "maxHoldMillis")),
                str(get(c, "function")), frames, dbl(get(c, "heldSecondsTotal")), dbl(get(c, "waitSecondsTotal")),
                lng(get(c, "acquisitionsTotal")), lng(get(c, "forcedDropsTotal")),
                WaitHistogram.of(get(c, "waitBucketBoundsMillis") instanceof double[] b ? b : null,
                        get(c, "waitBucketCountsTotal") instanceof long[] n ? n : null));
    }

    private static Object get(CompositeData c, String key) {
        return c.containsKey(key) ? c.get(key) : null;
    }

    private static double dbl(Object o) {
        return o instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    private static long lng(Object o) {
        return o instanceof Number n ? n.longValue() : 0;
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }
}
