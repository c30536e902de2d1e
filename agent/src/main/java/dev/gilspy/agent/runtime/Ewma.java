package dev.gilspy.agent.runtime;

/**
 * An exponentially weighted moving average updated once per window, as the Unix load average is
 * (there every 5 s with {@code exp(-5/60)}; here every window with {@code exp(-window/period)}).
 * Unlike the load average it starts at the first value rather than at zero, so that a profile of a
 * short run is not dominated by the warm-up.
 */
final class Ewma {
    private final double periodSeconds;
    private double value = Double.NaN;

    Ewma(double periodSeconds) {
        this.periodSeconds = periodSeconds;
    }

    void update(double sample, double windowSeconds) {
        if (Double.isNaN(sample)) {
            return;
        }
        if (Double.isNaN(value)) {
            value = sample;
        } else {
            double decay = Math.exp(-windowSeconds / periodSeconds);
            value = value * decay + sample * (1 - decay);
        }
    }

    double value() {
        return Double.isNaN(value) ? 0 : value;
    }

    void reset() {
        value = Double.NaN;
    }
}
