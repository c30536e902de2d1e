package dev.gilspy.report;

/**
 * How to draw: the title, a subtitle line, icicle or flame, and the minimum frame width.
 *
 * @param minwidth frames narrower than this are left out, with their children: pixels, or a
 *                 percentage of the whole when {@code minwidthPercent}
 */
public record RenderOptions(String title, String subtitle, boolean inverted, double minwidth, boolean minwidthPercent) {

    public static RenderOptions defaults(String title) { return new RenderOptions(title, "", false, 0.1, false); }

    /** Parses {@code --minwidth}: {@code 0.5} pixels or {@code 1%}. */
    public RenderOptions withMinwidth(String text) {
        String t = text.strip();
        boolean pct = t.endsWith("%");
        double v = Double.parseDouble(pct ? t.substring(0, t.length() - 1) : t);
        if (v < 0 || Double.isNaN(v) || (pct && v > 100)) throw new IllegalArgumentException("bad --minwidth '" + text + "'");
        return new RenderOptions(title, subtitle, inverted, v, pct);
    }

    public RenderOptions withInverted(boolean i) { return new RenderOptions(title, subtitle, i, minwidth, minwidthPercent); }

    public RenderOptions withSubtitle(String s) { return new RenderOptions(title, s, inverted, minwidth, minwidthPercent); }
}
