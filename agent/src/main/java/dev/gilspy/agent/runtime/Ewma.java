package dev.gilspy.agent.runtime;

/**
 * An exponentially weighted moving average updated once per window, as the Unix load average is
 * (there every 5 s with {@code exp(-5/60)}; here every window with {@code exp(-window/period)}).
 * Like the load average it starts at zero: seeding it with the first window would let start-up
 * (one thread, nobody waiting, or a burst of imports) colour the 15-minute figure for a long time.
 */
final class Ewma {
    private final double periodSeconds;
    private double value;

    Ewma(double periodSeconds) {
        this.periodSeconds = periodSeconds;
    }

    void update(double sample, double windowSeconds) {
        if (Double.isNaN(sample)) {
            return;
        }
        double decay = Math.exp(-windowSeconds / periodSeconds);
        value = value * decay + sample * (1 - decay);
    }

    double value() {
        return value;
    }

    void reset() {
        value = 0;
    }
}
