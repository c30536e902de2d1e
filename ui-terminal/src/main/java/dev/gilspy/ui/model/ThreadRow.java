package dev.gilspy.ui.model;

import java.util.List;

/**
 * One row of {@code top}'s thread table: rates over the last refresh, derived from the MXBean's
 * monotonic counters when a previous sample exists, else the MXBean's own one-second window.
 */
public record ThreadRow(long ident, String name, ThreadStatus status, double held, double waiting,
                        double acquisitionsPerSecond, double avgWaitMillis, double p99WaitMillis,
                        double maxHoldMillis, String function, List<String> stack,
                        WaitHistogram waitHistogram) {}
