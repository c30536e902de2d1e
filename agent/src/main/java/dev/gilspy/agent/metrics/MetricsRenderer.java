package dev.gilspy.agent.metrics;

import dev.gilspy.agent.jmx.GilMXBean;
import dev.gilspy.agent.jmx.ThreadGilStats;
import io.prometheus.metrics.expositionformats.ExpositionFormatWriter;
import io.prometheus.metrics.expositionformats.OpenMetricsTextFormatWriter;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.snapshots.ClassicHistogramBuckets;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot;
import io.prometheus.metrics.model.snapshots.InfoSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricMetadata;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import io.prometheus.metrics.model.snapshots.Unit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The endpoint's body: gilspy's GIL statistics as the Prometheus Java client's data model,
 * written by its own OpenMetrics or classic text writer, whichever the scraper's {@code Accept}
 * header asks for (OpenMetrics when it names {@code application/openmetrics-text}, else the
 * classic {@code text/plain; version=0.0.4}). Every family has HELP and, where it has one, a
 * UNIT; no value is NaN.
 */
public final class MetricsRenderer {
    private static final ExpositionFormatWriter OPEN_METRICS = OpenMetricsTextFormatWriter.create();
    private static final ExpositionFormatWriter CLASSIC = PrometheusTextFormatWriter.create();

    private final String version;
    private final String target;

    public MetricsRenderer(String version, String target) {
        this.version = version;
        this.target = target;
    }

    /** The body and its content type, for this {@code Accept} header (null when absent). */
    public record Body(String contentType, byte[] bytes) {}

    public Body render(List<GilMetricsSource> gils, String accept) throws IOException {
        ExpositionFormatWriter writer = accept != null && OPEN_METRICS.accepts(accept) ? OPEN_METRICS : CLASSIC;
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        writer.write(out, snapshots(gils));
        return new Body(writer.getContentType(), out.toByteArray());
    }

    MetricSnapshots snapshots(List<GilMetricsSource> gils) {
        List<MetricSnapshot> all = new ArrayList<>();
        all.add(InfoSnapshot.builder().name("gilspy_build").help("The gilspy agent's version and target option")
                .dataPoint(InfoSnapshot.InfoDataPointSnapshot.builder()
                        .labels(Labels.of("version", version, "target", target)).build())
                .build());
        counter(all, gils, "gilspy_gil_held_seconds", "Time during which some thread held the GIL", Unit.SECONDS,
                GilMXBean::getHeldSecondsTotal);
        counter(all, gils, "gilspy_gil_wait_seconds", "Sum over all threads of the time spent waiting for the GIL",
                Unit.SECONDS, GilMXBean::getWaitSecondsTotal);
        counter(all, gils, "gilspy_gil_contended_seconds", "Time during which at least one thread waited for the GIL",
                Unit.SECONDS, GilMXBean::getContendedSecondsTotal);
        counter(all, gils, "gilspy_gil_measured_seconds", "Wall time since the agent started measuring this GIL",
                Unit.SECONDS, GilMXBean::getWallSecondsTotal);
        counter(all, gils, "gilspy_gil_acquisitions", "GIL takes", null, b -> b.getAcquisitionsTotal());
        counter(all, gils, "gilspy_gil_switches", "GIL holder changes", null, b -> b.getSwitchesTotal());
        counter(all, gils, "gilspy_gil_forced_drops", "Drops that answered a waiter's drop request", null,
                b -> b.getForcedDropsTotal());
        counter(all, gils, "gilspy_gil_drop_requests", "Drop requests made by waiting threads after a switch interval",
                null, b -> b.getDropRequestsTotal());
        gauge(all, gils, "gilspy_gil_held_ratio", "held: fraction of the last second during which some thread held the GIL",
                Unit.RATIO, GilMXBean::getHeld);
        gauge(all, gils, "gilspy_gil_contention_ratio",
                "contention: fraction of the last second during which at least one thread waited", Unit.RATIO,
                GilMXBean::getContention);
        gauge(all, gils, "gilspy_gil_waiters", "waiters: average number of waiting threads over the last second", null,
                GilMXBean::getWaiters);
        gauge(all, gils, "gilspy_gil_switch_interval_seconds", "The switch interval (sys.getswitchinterval())",
                Unit.SECONDS, GilMXBean::getSwitchIntervalSeconds);
        gauge(all, gils, "gilspy_gil_knock_ratio", "gilknocker's estimate over the last second (only with knock=DURATION)",
                Unit.RATIO, GilMXBean::getKnockRatio);
        histogram(all, gils, "gilspy_gil_wait_duration_seconds", "Each wait to take the GIL", true);
        histogram(all, gils, "gilspy_gil_hold_duration_seconds", "Each hold of the GIL, from take to drop", false);
        threads(all, gils);
        return new MetricSnapshots(all);
    }

    private static Labels gilLabels(GilMXBean b) {
        return Labels.of("interpreter", String.valueOf(b.getInterpreterId()));
    }

    private static void counter(List<MetricSnapshot> all, List<GilMetricsSource> gils, String name, String help, Unit unit,
                                ToDoubleFunction<GilMXBean> value) {
        CounterSnapshot.Builder c = CounterSnapshot.builder().name(name).help(help);
        if (unit != null) {
            c.unit(unit);
        }
        for (GilMetricsSource g : gils) {
            double v = value.applyAsDouble(g.bean());
            if (!Double.isNaN(v) && v >= 0) {
                c.dataPoint(CounterSnapshot.CounterDataPointSnapshot.builder().labels(gilLabels(g.bean())).value(v).build());
            }
        }
        all.add(c.build());
    }

    /** Negative values mean "not measured" (the knock ratio when the knocker is off): left out. */
    private static void gauge(List<MetricSnapshot> all, List<GilMetricsSource> gils, String name, String help, Unit unit,
                              ToDoubleFunction<GilMXBean> value) {
        GaugeSnapshot.Builder g = GaugeSnapshot.builder().name(name).help(help);
        if (unit != null) {
            g.unit(unit);
        }
        int points = 0;
        for (GilMetricsSource s : gils) {
            double v = value.applyAsDouble(s.bean());
            if (!Double.isNaN(v) && v >= 0) {
                g.dataPoint(GaugeSnapshot.GaugeDataPointSnapshot.builder().labels(gilLabels(s.bean())).value(v).build());
                points++;
            }
        }
        if (points > 0 || !name.equals("gilspy_gil_knock_ratio")) {
            all.add(g.build());
        }
    }

    private static void histogram(List<MetricSnapshot> all, List<GilMetricsSource> gils, String name, String help,
                                  boolean waits) {
        HistogramSnapshot.Builder h = HistogramSnapshot.builder().name(name).help(help).unit(Unit.SECONDS);
        for (GilMetricsSource s : gils) {
            GilMetricsSource.Histogram d = waits ? s.waits() : s.holds();
            h.dataPoint(HistogramSnapshot.HistogramDataPointSnapshot.builder().labels(gilLabels(s.bean()))
                    .classicHistogramBuckets(ClassicHistogramBuckets.of(d.upperBoundsSeconds(), d.counts()))
                    .sum(d.sumSeconds()).build());
        }
        all.add(h.build());
    }

    private static void threads(List<MetricSnapshot> all, List<GilMetricsSource> gils) {
        CounterSnapshot.Builder held = CounterSnapshot.builder().name("gilspy_thread_held_seconds")
                .help("Time this Python thread held the GIL").unit(Unit.SECONDS);
        CounterSnapshot.Builder wait = CounterSnapshot.builder().name("gilspy_thread_wait_seconds")
                .help("Time this Python thread waited for the GIL").unit(Unit.SECONDS);
        CounterSnapshot.Builder takes = CounterSnapshot.builder().name("gilspy_thread_acquisitions")
                .help("GIL takes by this Python thread");
        CounterSnapshot.Builder forced = CounterSnapshot.builder().name("gilspy_thread_forced_drops")
                .help("Drops by this Python thread that answered a drop request");
        for (GilMetricsSource s : gils) {
            for (ThreadGilStats t : s.bean().getThreads()) {
                Labels l = Labels.of("interpreter", String.valueOf(s.bean().getInterpreterId()), "thread", t.getName(),
                        "ident", String.valueOf(t.getIdent()));
                held.dataPoint(CounterSnapshot.CounterDataPointSnapshot.builder().labels(l).value(t.getHeldSecondsTotal()).build());
                wait.dataPoint(CounterSnapshot.CounterDataPointSnapshot.builder().labels(l).value(t.getWaitSecondsTotal()).build());
                takes.dataPoint(CounterSnapshot.CounterDataPointSnapshot.builder().labels(l).value(t.getAcquisitionsTotal()).build());
                forced.dataPoint(CounterSnapshot.CounterDataPointSnapshot.builder().labels(l).value(t.getForcedDropsTotal()).build());
            }
        }
        all.add(held.build());
        all.add(wait.build());
        all.add(takes.build());
        all.add(forced.build());
    }
}
