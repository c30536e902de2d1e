/**
 * {@code gilspy doctor} and {@code gilspy compare}: turn GIL measurements into a decision.
 *
 * <p>Start with {@link dev.gilspy.doctor.Diagnosis}: it applies {@link dev.gilspy.doctor.Thresholds}
 * to a {@link dev.gilspy.doctor.GilProfile} (the figures of one recording, read by
 * {@link dev.gilspy.doctor.DoctorRecordingReader}) and returns {@link dev.gilspy.doctor.Finding}s,
 * each with evidence, the seed's "right tool for each job" and the expected effect.
 *
 * <p>Findings, most important first (the first is the verdict):
 * <ol>
 *   <li>{@code native-hold}: holds that ran on at least 4 intervals (and 20 ms) after a Python thread's
 *       drop request cover at least 40% of the contended time: native code holding the GIL.</li>
 *   <li>{@code convoy}: an I/O thread (at least 30% of its non-idle samples in I/O) has at least 10 waits
 *       of 0.5-3 switch intervals while CPU-bound threads are forced off (at least 10 forced drops).</li>
 *   <li>{@code interval-too-small}: interval below 1 ms, at least 400 switches/s, contention at least 30%.</li>
 *   <li>{@code cpu-bound-threads}: contention at least 50%, held at least 50%, forced drops/s at least
 *       0.15 x 1/interval, two or more busy threads.</li>
 *   <li>{@code native-release}: at least 30% of non-idle samples in native code, held below 60%.</li>
 *   <li>{@code io-bound}: held below 25% and (when sampled) at least 40% of non-idle samples in I/O.</li>
 *   <li>{@code single-thread-cpu}: held at least 50%, contention below 10%.</li>
 *   <li>{@code hot-function}: one innermost function holds at least 60% of the hold time, held at least 20%.</li>
 * </ol>
 * Samples of threads blocked in threading's join/wait/acquire count as LOCK, not I/O; drop requests of
 * the agent's own knocker probe are ignored.
 *
 * <p>{@link dev.gilspy.doctor.Comparison} runs a script as whole child processes under each
 * {@link dev.gilspy.doctor.CompareMode}; {@link dev.gilspy.doctor.ScriptRun} measures wall and CPU time.
 * Variant convention: a script offering a processes or subinterpreters variant reads the environment
 * variable {@code GILSPY_COMPARE_MODE} ({@code processes} | {@code subinterpreters}); compare runs the
 * variant when the script's text names the variable and the variant. Fixed-duration scripts that print
 * {@code rounds: N} or {@code work: N} are compared by that throughput, others by wall time.
 */
package dev.gilspy.doctor;
