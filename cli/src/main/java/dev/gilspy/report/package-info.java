/**
 * Reading gilspy recordings and turning them into flame graphs and reports. Start here:
 * <ul>
 *   <li>{@link dev.gilspy.report.RecordingReader} reads a {@code .jfr} into a
 *       {@link dev.gilspy.report.GilRecording} of {@link dev.gilspy.report.GilEvent}s (waits, holds,
 *       samples, drop requests), each with a shared, parsed {@link dev.gilspy.report.PyStack}.
 *       {@link dev.gilspy.report.JdkRecordingReader} ({@code jdk.jfr.consumer.RecordingFile}) is the
 *       default; {@link dev.gilspy.report.JmcRecordingReader} (JMC's parser) is {@code --parser jmc}.</li>
 *   <li>{@link dev.gilspy.report.Profile} turns events into weighted stacks for a
 *       {@link dev.gilspy.report.Mode}: {@code wait} puts a synthetic {@code [GIL wait]} frame on top of
 *       the waiting function, {@code hold}, {@code cpu}, {@code wall} (the thread state as a leaf),
 *       {@code blame} (holders weighted by the waits they caused) and {@code java} (async-profiler's
 *       JVM stacks).</li>
 *   <li>{@link dev.gilspy.report.ProfileConverter} is the template-method base of the output formats,
 *       as async-profiler's {@code one.convert}: {@link dev.gilspy.report.CollapsedConverter},
 *       {@link dev.gilspy.report.SpeedscopeConverter} and our own {@link dev.gilspy.report.SvgConverter}.</li>
 *   <li>{@link dev.gilspy.report.Summary} prints the report; {@link dev.gilspy.report.Blame} pairs each
 *       wait with the overlapping holds of other threads; {@link dev.gilspy.report.DiffReport} compares two
 *       recordings.</li>
 * </ul>
 *
 * <h2>Speed (1,000,000 GIL events, 43 MB .jfr, 2 cores, {@code -Xmx512m})</h2>
 * Measured with {@code ReportBenchmark} (test sources):
 * <ul>
 *   <li>{@code RecordingFile} reader: 1.2-1.6 s, 143 MB heap after reading.</li>
 *   <li>JMC reader: 8.3 s, 335 MB heap after reading: about 5x slower, because it builds its own
 *       item model of the whole file before we see an event. It stays as {@code --parser jmc} and the
 *       tests check that both give the same stacks.</li>
 *   <li>Whole {@code report FILE -o out.svg} (read, summary with percentiles and blame, SVG):
 *       2.5-3.2 s wall, 215-330 MB resident, on a quiet machine.</li>
 * </ul>
 */
package dev.gilspy.report;
