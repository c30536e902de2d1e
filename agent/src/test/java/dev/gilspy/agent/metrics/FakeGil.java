package dev.gilspy.agent.metrics;

import dev.gilspy.agent.jmx.GilMXBean;
import dev.gilspy.agent.jmx.ThreadGilStats;
import java.lang.reflect.Proxy;

/** A GIL whose every figure is known, for the renderer and server tests. */
final class FakeGil implements GilMetricsSource {
    private final GilMXBean bean;
    private final double knockRatio;

    FakeGil(int interpreterId, double knockRatio) {
        this.knockRatio = knockRatio;
        this.bean = (GilMXBean) Proxy.newProxyInstance(GilMXBean.class.getClassLoader(), new Class<?>[] {GilMXBean.class},
                (p, m, a) -> switch (m.getName()) {
                    case "getInterpreterId" -> interpreterId;
                    case "getKnockRatio", "getKnockRatioLastWindow" -> this.knockRatio;
                    case "getSwitchIntervalSeconds" -> 0.005;
                    case "getThreads" -> new ThreadGilStats[] {
                            new ThreadGilStats(11, "worker \"1\"\\n", "HOLD", 0.5, 0.5, 100, 1, 5, 6, "f (a.py:1)",
                                    new String[] {"f (a.py:1)"}, 1.5, 1.25, 300, 7,
                                    new double[] {1}, new long[] {290, 10}),
                            new ThreadGilStats(12, "worker-2", "WAIT", 0.5, 0.5, 100, 1, 5, 6, "", new String[0],
                                    1.25, 1.5, 290, 3, new double[] {1}, new long[] {280, 10})};
                    case "getMode", "getTarget", "getHolderThread", "getHolderFunction", "getSwitchIntervalSource" -> "on";
                    default -> m.getReturnType() == long.class ? (Object) 42L
                            : m.getReturnType() == int.class ? (Object) 1 : (Object) 0.25;
                });
    }

    @Override public GilMXBean bean() { return bean; }

    @Override public Histogram waits() {
        return new Histogram(new double[] {0.001, 0.005, 0.01, Double.POSITIVE_INFINITY}, new long[] {5, 10, 80, 5}, 0.9);
    }

    @Override public Histogram holds() {
        return new Histogram(new double[] {0.001, 0.005, 0.01, Double.POSITIVE_INFINITY}, new long[] {0, 0, 99, 1}, 0.6);
    }
}
