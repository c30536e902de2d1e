package dev.gilspy.doctor;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** Writes a {@link Diagnosis} as plain text for people or as JSON for tools. */
public final class DiagnosisPrinter {
    private DiagnosisPrinter() {}

    public static void text(Diagnosis d, PrintStream out) {
        GilProfile p = d.profile;
        out.printf(Locale.ROOT, "gilspy doctor: %s, %.1f s measured, %sGIL %s, switch interval %s%s%n", p.source, p.seconds(),
                p.graalPy() ? "GraalPy, " : "", p.mode, Diagnosis.ms(p.intervalNanos),
                p.intervalKnown ? changed(p) + (p.intervalSource == null ? "" : " (" + p.intervalSource + ")")
                        : " (assumed: no GilStats in the recording)");
        if (d.startup != null) {
            out.printf(Locale.ROOT, "  start-up: the first %s (%s alone ran Python: %s) is left out; the figures are the steady state%n",
                    Diagnosis.ms(d.startup.nanos()), d.startup.thread(), p.graalPy() ? "context creation" : "the script's imports and set-up");
        }
        out.printf(Locale.ROOT, "  held %s  contention %s  waiters %.2f  switches %.0f/s  forced drops %.0f/s (1/interval = %.0f/s)%n",
                Diagnosis.pct(p.held), Diagnosis.pct(p.contention), p.waiters, p.switchesPerSecond(), p.forcedDropsPerSecond(),
                p.idealForcedRate());
        out.printf(Locale.ROOT, "  holds %d: p50 %s p99 %s max %s   waits: p50 %s p99 %s max %s%n", p.holds,
                Diagnosis.ms(p.holdP50), Diagnosis.ms(p.holdP99), Diagnosis.ms(p.holdMax),
                Diagnosis.ms(p.waitP50), Diagnosis.ms(p.waitP99), Diagnosis.ms(p.waitMax));
        out.printf(Locale.ROOT, "  %-18s %6s %6s %7s %6s %9s %7s%n", "THREAD", "HOLDS", "VOLUN%", "HELD%", "WAITS", "WAIT p50", "~1 INTV");
        for (GilProfile.ThreadFigures t : p.threads) {
            out.printf(Locale.ROOT, "  %-18s %6d %6s %7s %6d %9s %7d%n", cut(t.thread(), 18), t.holds(),
                    t.holds() == 0 ? "-" : Diagnosis.pct(t.voluntaryShare()), Diagnosis.pct((double) t.heldNanos() / Math.max(1, p.wallNanos)),
                    t.waits(), Diagnosis.ms(t.waitP50()), t.convoyWaits());
        }
        out.println();
        out.println("Verdict: " + d.verdict());
        int i = 1;
        for (Finding f : d.findings) {
            out.println();
            out.printf(Locale.ROOT, "%d. %s [%s]%n", i++, f.title(), f.id());
            for (String e : f.evidence()) out.println("   - " + e);
            if (!f.functions().isEmpty()) out.println("   functions: " + String.join("; ", f.functions()));
            out.println("   do: " + f.recommendation());
            out.println("   expect: " + f.expectedEffect());
        }
    }

    private static String changed(GilProfile p) {
        if (p.intervalsSeen.size() < 2) return "";
        return " at the end (the program changed it: "
                + p.intervalsSeen.stream().map(Diagnosis::ms).collect(java.util.stream.Collectors.joining(" -> ")) + ")";
    }

    private static String cut(String s, int n) { return s.length() <= n ? s : s.substring(0, n - 1) + "~"; }

    public static String json(Diagnosis d) {
        GilProfile p = d.profile;
        StringBuilder b = new StringBuilder("{");
        field(b, "source", p.source).append(',');
        field(b, "verdict", d.verdict()).append(',');
        b.append("\"metrics\":{");
        field(b, "mode", p.mode).append(',');
        field(b, "target", p.target).append(',');
        field(b, "switchIntervalSource", p.intervalSource).append(',');
        num(b, "startupSeconds", d.startup == null ? 0 : d.startup.nanos() / 1e9).append(',');
        num(b, "seconds", p.seconds()).append(',');
        num(b, "switchIntervalMs", p.intervalNanos / 1e6).append(',');
        num(b, "held", p.held).append(',');
        num(b, "contention", p.contention).append(',');
        num(b, "waiters", p.waiters).append(',');
        num(b, "switchesPerSecond", p.switchesPerSecond()).append(',');
        num(b, "forcedDropsPerSecond", p.forcedDropsPerSecond()).append(',');
        num(b, "holds", p.holds).append(',');
        num(b, "holdP50Ms", p.holdP50 / 1e6).append(',');
        num(b, "holdP99Ms", p.holdP99 / 1e6).append(',');
        num(b, "holdMaxMs", p.holdMax / 1e6).append(',');
        num(b, "waitP50Ms", p.waitP50 / 1e6).append(',');
        num(b, "waitP99Ms", p.waitP99 / 1e6).append(',');
        num(b, "waitMaxMs", p.waitMax / 1e6);
        if (!Double.isNaN(p.cpuCores)) num(b.append(','), "cpuCores", p.cpuCores);
        if (!Double.isNaN(p.machineBusy)) num(b.append(','), "machineBusy", p.machineBusy);
        b.append("},\"findings\":[");
        for (int i = 0; i < d.findings.size(); i++) {
            Finding f = d.findings.get(i);
            if (i > 0) b.append(',');
            b.append('{');
            field(b, "id", f.id()).append(',');
            field(b, "headline", f.headline()).append(',');
            field(b, "title", f.title()).append(',');
            list(b, "evidence", f.evidence()).append(',');
            list(b, "functions", f.functions()).append(',');
            field(b, "recommendation", f.recommendation()).append(',');
            field(b, "expectedEffect", f.expectedEffect());
            b.append('}');
        }
        return b.append("]}").toString();
    }

    private static StringBuilder field(StringBuilder b, String name, String value) {
        return quote(b, name).append(':').append(value == null ? "null" : quote(new StringBuilder(), value));
    }

    private static StringBuilder num(StringBuilder b, String name, double v) {
        quote(b, name).append(':');
        return Double.isFinite(v) ? b.append(v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
                : String.format(Locale.ROOT, "%.6g", v)) : b.append("null");
    }

    private static StringBuilder list(StringBuilder b, String name, List<String> values) {
        quote(b, name).append(":[");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) b.append(',');
            quote(b, values.get(i));
        }
        return b.append(']');
    }

    static StringBuilder quote(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"');
    }
}
