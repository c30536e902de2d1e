package dev.gilspy.doctor;

import java.util.List;

/**
 * One diagnosis: what the doctor found, the numbers and functions behind it, what to do (the seed's
 * "right tool for each job"), and what that should change.
 *
 * @param id             a stable key for tools: cpu-bound-threads, io-bound, native-release, native-hold,
 *                       convoy, interval-too-small, hot-function, single-thread-cpu, free-threaded,
 *                       machine-too-busy (no verdict)
 * @param headline       the one-line diagnosis a person would give, e.g. "I/O-bound; threads are fine"
 * @param title          the workload class
 * @param evidence       figures, each compared with its threshold
 * @param functions      the Python functions involved, {@code function (file:line)}
 * @param recommendation the tool for the job
 * @param expectedEffect what the recommendation should change
 */
public record Finding(String id, String headline, String title, List<String> evidence, List<String> functions,
                      String recommendation, String expectedEffect) {}
