package dev.gilspy.interp.gil;

/** The three locking disciplines users compare. */
public enum GilMode {
    /** CPython 3.2+'s time-based GIL with drop requests and forced switching (the default). */
    ON,
    /** CPython 3.1 and earlier: release and re-take every {@code sys.getcheckinterval()} ticks. */
    LEGACY,
    /** Free-threaded, as in PEP 703: no GIL at all. */
    OFF;

    /** Parses the {@code --gil} option value: {@code on}, {@code legacy} or {@code off} (also {@code 1}/{@code 0}). */
    public static GilMode parse(String text) {
        switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "on": case "1": case "new": return ON;
            case "legacy": case "old": case "ticks": return LEGACY;
            case "off": case "0": case "free-threaded": return OFF;
            default: throw new IllegalArgumentException("invalid GIL mode '" + text + "' (expected on, legacy or off)");
        }
    }
}
