package dev.gilspy.report;

/**
 * How a frame is named where space is short (flame graph labels, table columns): {@code f (/long/path/app.py:18)}
 * becomes {@code f (app.py:18)}. The directory eats the width and says nothing that the full name, kept in
 * tooltips and in the collapsed output, does not. The SVG's script has the same rule as {@code short}.
 */
public final class FrameLabel {
    private FrameLabel() {}

    public static String shortName(String name) {
        if (!name.endsWith(")")) return name;
        int open = name.lastIndexOf(" (");
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return open >= 0 && slash > open ? name.substring(0, open + 2) + name.substring(slash + 1) : name;
    }
}
