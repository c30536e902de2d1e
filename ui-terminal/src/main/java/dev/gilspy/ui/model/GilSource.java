package dev.gilspy.ui.model;

import java.util.Optional;

/** Where {@code top} reads its figures: the CLI implements it over JMX, tests over fixed samples. */
public interface GilSource {
    TargetInfo target();

    /**
     * Reads the GIL now.
     *
     * @return empty while the target has no gilspy GIL (no interpreter yet, or the agent is not measuring)
     * @throws SourceGoneException when the target exited or the connection broke
     */
    Optional<GilSample> sample() throws SourceGoneException;

    /** Clears the target's windows, histograms and averages ({@code GilMXBean.resetWindows}). */
    void resetWindows() throws SourceGoneException;
}
