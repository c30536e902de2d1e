package dev.gilspy.ui.model;

import java.util.Locale;

/** Number formats shared by the screen and batch mode, so both print the same figures. */
public final class Fmt {
    private static final String SPARKS = "▁▂▃▄▅▆▇█";

    private Fmt() {}

    /** A fraction as a percentage with one decimal: {@code 97.1%}; {@code -} when unknown. */
    public static String pct(double fraction) {
        if (Double.isNaN(fraction)) {
            return "-";
        }
        return String.format(Locale.ROOT, "%.1f%%", fraction * 100);
    }

    public static String num(double value, int decimals) {
        if (Double.isNaN(value)) {
            return "-";
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /** A duration given in milliseconds, in the unit that keeps 2-3 significant digits. */
    public static String millis(double ms) {
        if (Double.isNaN(ms) || ms < 0) {
            return "-";
        }
        if (ms == 0) {
            return "0";
        }
        if (ms < 1) {
            return String.format(Locale.ROOT, "%.0fus", ms * 1000);
        }
        if (ms < 10) {
            return String.format(Locale.ROOT, "%.2fms", ms);
        }
        if (ms < 1000) {
            return String.format(Locale.ROOT, "%.1fms", ms);
        }
        return String.format(Locale.ROOT, "%.2fs", ms / 1000);
    }

    /** {@code 1:02:03} or {@code 2:03}, like {@code top}'s uptime. */
    public static String uptime(long millis) {
        long s = Math.max(0, millis) / 1000;
        long h = s / 3600;
        long m = (s / 60) % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", m, s % 60);
    }

    /** A refresh interval as typed on the command line: {@code 1s}, {@code 0.5s}. */
    public static String seconds(java.time.Duration d) {
        return java.math.BigDecimal.valueOf(d.toMillis(), 3).stripTrailingZeros().toPlainString() + "s";
    }

    /** The switch interval as CPython users set it: {@code 5.0ms}. */
    public static String interval(double seconds) {
        return Double.isNaN(seconds) ? "-" : millis(seconds * 1000);
    }

    /** The last {@code width} values (fractions 0..1) as block characters, oldest first. */
    public static String sparkline(java.util.List<Double> values, int width) {
        StringBuilder sb = new StringBuilder();
        int from = Math.max(0, values.size() - width);
        for (int i = from; i < values.size(); i++) {
            double v = values.get(i);
            if (Double.isNaN(v)) {
                sb.append(' ');
                continue;
            }
            int level = (int) Math.round(Math.max(0, Math.min(1, v)) * (SPARKS.length() - 1));
            sb.append(SPARKS.charAt(level));
        }
        return sb.toString();
    }

    /** Cuts {@code text} to {@code width} columns, marking the cut with {@code ~}. */
    public static String fit(String text, int width) {
        if (width <= 0) {
            return "";
        }
        if (text.length() <= width) {
            return text;
        }
        return text.substring(0, Math.max(0, width - 1)) + "~";
    }

    public static String padRight(String text, int width) {
        String t = fit(text, width);
        return t + " ".repeat(width - t.length());
    }

    public static String padLeft(String text, int width) {
        String t = fit(text, width);
        return " ".repeat(width - t.length()) + t;
    }
}
