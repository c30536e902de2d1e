package dev.gilspy.report;

/**
 * Frame colours. The colour comes from a hash of the name alone, so the same function has the same
 * colour in every graph; the frame type picks the palette: Python warm yellow-orange, JVM green,
 * native red, the GIL-wait frame violet, states grey-blue, thread roots aqua.
 */
final class Palette {
    private Palette() {}

    static String color(Frame.Type type, String name) {
        int h = fnv(name);
        double v1 = (h & 0xff) / 255.0;
        double v2 = ((h >>> 8) & 0xff) / 255.0;
        double v3 = ((h >>> 16) & 0xff) / 255.0;
        return switch (type) {
            case PYTHON -> rgb(230 + 25 * v1, 140 + 90 * v2, 30 + 50 * v3);
            case JVM -> rgb(50 + 60 * v1, 190 + 60 * v2, 50 + 60 * v3);
            case NATIVE -> rgb(200 + 55 * v1, 60 + 50 * v2, 60 + 50 * v2);
            case GIL_WAIT -> rgb(160 + 20 * v1, 90 + 20 * v2, 230 + 25 * v3);
            case STATE -> rgb(150 + 20 * v1, 170 + 20 * v1, 205 + 20 * v1);
            case THREAD -> rgb(80 + 40 * v1, 190 + 40 * v2, 205 + 40 * v3);
        };
    }

    /** difffolded's colours: red for a frame that grew, blue for one that shrank, pale for no change. */
    static String diff(double delta, double maxDelta) {
        if (maxDelta <= 0 || delta == 0) return "rgb(235,235,235)";
        double r = Math.min(1, Math.abs(delta) / maxDelta);
        int v = (int) Math.round(225 * (1 - r));
        return delta > 0 ? "rgb(255," + v + "," + v + ")" : "rgb(" + v + "," + v + ",255)";
    }

    private static String rgb(double r, double g, double b) {
        return "rgb(" + (int) r + "," + (int) g + "," + (int) b + ")";
    }

    /** FNV-1a: stable across runs and JVMs, unlike {@code String.hashCode} mixing which could change. */
    private static int fnv(String s) {
        int h = 0x811c9dc5;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x01000193;
        }
        return h ^ (h >>> 15);
    }
}
