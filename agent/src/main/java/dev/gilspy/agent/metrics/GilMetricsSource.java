package dev.gilspy.agent.metrics;

import dev.gilspy.agent.jmx.GilMXBean;

/** What the endpoint exports of one GIL: its MXBean, plus the wait and hold histograms. */
public interface GilMetricsSource {
    GilMXBean bean();

    /** Every wait to take the GIL since measuring began. */
    Histogram waits();

    /** Every hold of the GIL, take to drop, since measuring began. */
    Histogram holds();

    /**
     * A cumulative histogram.
     *
     * @param upperBoundsSeconds increasing, the last one {@code +Inf}
     * @param counts             per bucket (not cumulative), one per upper bound
     */
    record Histogram(double[] upperBoundsSeconds, long[] counts, double sumSeconds) {}
}
