package dev.gilspy.agent.runtime;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The agent's option string: {@code key=value} pairs separated by commas, for example
 * {@code jfr=out.jfr,sample=100,knock=1ms,target=auto,metrics=127.0.0.1:9404,quiet}.
 *
 * <pre>
 * jfr=FILE              record gilspy.* events (plus the JDK's default settings) from start-up; dump at exit;
 *                       %p in FILE is this JVM's pid (as in -XX:StartFlightRecording's filename), so the
 *                       multiprocessing workers that inherit the option each write their own file
 * sample=HZ|off         sampler rate (default 100)
 * knock=DURATION|off    knocker polling interval (default off; knock=1ms is gilknocker's)
 * knock-window=DURATION knocker sampling window (default 10 x polling)
 * wait-threshold=D      gilspy.GilWait threshold in the jfr= recording (default 1ms)
 * hold-threshold=D      gilspy.GilHold threshold in the jfr= recording (default 1ms)
 * threshold=D           both thresholds
 * target=auto|gilspy|graalpy
 * metrics=[HOST:]PORT   OpenMetrics text at http://HOST:PORT/metrics (HOST defaults to 127.0.0.1)
 * delay=DURATION        with -javaagent, start measuring this long after start-up (default 1s; 0 with
 *                       jfr= or another JFR recording from start-up)
 * quiet                 no informational lines on stderr (errors are still printed)
 * </pre>
 * Durations take {@code ns}, {@code us}, {@code ms} or {@code s}; a bare number is milliseconds.
 */
public record AgentOptions(String raw, String jfrFile, int sampleHz, long knockPollNanos, long knockWindowNanos,
                           long waitThresholdNanos, long holdThresholdNanos, String target, String metricsHost,
                           int metricsPort, boolean quiet, long delayNanos) {

    /** Without a recording from start-up, a JVM that ends within this time never loads ByteBuddy, JFR or JMX for us. */
    public static final long DEFAULT_DELAY_NANOS = 1_000_000_000L;
    /** {@link #delayNanos()} when no {@code delay=} was given: the start-up decides (see {@code AgentStartup}). */
    public static final long DELAY_UNSET = -1;

    static final long DEFAULT_THRESHOLD_NANOS = 1_000_000;

    /** @throws IllegalArgumentException with a one-line message naming the bad option */
    public static AgentOptions parse(String options) {
        String raw = options == null ? "" : options.trim();
        Map<String, String> kv = new LinkedHashMap<>();
        if (!raw.isEmpty()) {
            for (String part : raw.split(",")) {
                String p = part.trim();
                if (p.isEmpty()) {
                    continue;
                }
                int eq = p.indexOf('=');
                String key = (eq < 0 ? p : p.substring(0, eq)).trim().toLowerCase(Locale.ROOT);
                String value = eq < 0 ? null : p.substring(eq + 1).trim();
                if (kv.containsKey(key)) {
                    throw new IllegalArgumentException("option '" + shown(key) + "' is given twice");
                }
                kv.put(key, value);
            }
        }
        String jfr = null;
        int sampleHz = 100;
        long poll = 0; // opt-in: the probe's own drop requests change the GIL's behaviour
        Long window = null;
        long waitThreshold = DEFAULT_THRESHOLD_NANOS;
        long holdThreshold = DEFAULT_THRESHOLD_NANOS;
        String target = "auto";
        String metricsHost = null;
        int metricsPort = -1;
        boolean quiet = false;
        Long delay = null;
        for (Map.Entry<String, String> e : kv.entrySet()) {
            String key = e.getKey();
            String v = e.getValue();
            if (key.equals("quiet")) {
                if (v != null && !v.equalsIgnoreCase("true")) {
                    throw new IllegalArgumentException("option 'quiet' takes no value");
                }
                quiet = true;
                continue;
            }
            if (v == null || v.isEmpty()) {
                throw new IllegalArgumentException("option '" + shown(key) + "' needs a value");
            }
            switch (key) {
                case "jfr": jfr = v; break;
                case "sample": sampleHz = v.equalsIgnoreCase("off") ? 0 : hertz(key, v); break;
                case "knock": poll = v.equalsIgnoreCase("off") ? 0 : positive(key, duration(key, v)); break;
                case "knock-window": window = positive(key, duration(key, v)); break;
                case "wait-threshold": waitThreshold = duration(key, v); break;
                case "hold-threshold": holdThreshold = duration(key, v); break;
                case "threshold": waitThreshold = holdThreshold = duration(key, v); break;
                case "delay": delay = duration(key, v); break;
                case "target":
                    target = v.toLowerCase(Locale.ROOT);
                    if (!target.equals("auto") && !target.equals("gilspy") && !target.equals("graalpy")) {
                        throw new IllegalArgumentException("option 'target' must be auto, gilspy or graalpy, not '" + shown(v) + "'");
                    }
                    break;
                case "metrics": {
                    int colon = v.lastIndexOf(':');
                    metricsHost = colon < 0 ? "127.0.0.1" : v.substring(0, colon);
                    metricsPort = port(colon < 0 ? v : v.substring(colon + 1));
                    break;
                }
                default:
                    throw new IllegalArgumentException("unknown option '" + shown(key) + "' (known: jfr, sample, knock, "
                            + "knock-window, wait-threshold, hold-threshold, threshold, target, metrics, delay, quiet)");
            }
        }
        long knockWindow = poll == 0 ? 0 : (window != null ? window : 10 * poll);
        if (poll > 0 && knockWindow < poll) {
            throw new IllegalArgumentException("option 'knock-window' must be at least the polling interval");
        }
        return new AgentOptions(raw, jfr, sampleHz, poll, knockWindow, waitThreshold, holdThreshold, target,
                metricsHost, metricsPort, quiet, delay != null ? delay : jfr != null ? 0 : DELAY_UNSET);
    }

    /** {@code %p} in a {@code jfr=} path is this JVM's pid: workers inherit the agent's options (gilspy record --follow-children). */
    public static String expandPid(String path) {
        return path.replace("%p", Long.toString(ProcessHandle.current().pid()));
    }

    private static int hertz(String key, String v) {
        try {
            int hz = Integer.parseInt(v);
            if (hz < 0 || hz > 10_000) {
                throw new NumberFormatException();
            }
            return hz;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option '" + shown(key) + "' must be a rate in Hz from 0 to 10000 or off, not '" + shown(v) + "'");
        }
    }

    private static int port(String v) {
        try {
            int p = Integer.parseInt(v);
            if (p < 0 || p > 65535) {
                throw new NumberFormatException();
            }
            return p;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option 'metrics' needs [HOST:]PORT with a port from 0 to 65535, not '" + shown(v) + "'");
        }
    }

    private static long positive(String key, long nanos) {
        if (nanos <= 0) {
            throw new IllegalArgumentException("option '" + shown(key) + "' must be greater than zero");
        }
        return nanos;
    }

    /** Parses {@code 250us}, {@code 1ms}, {@code 2s}, {@code 500ns}; a bare number is milliseconds. */
    static long duration(String key, String v) {
        String s = v.toLowerCase(Locale.ROOT);
        long unit = 1_000_000;
        String number = s;
        if (s.endsWith("ns")) { unit = 1; number = s.substring(0, s.length() - 2); }
        else if (s.endsWith("us")) { unit = 1_000; number = s.substring(0, s.length() - 2); }
        else if (s.endsWith("ms")) { unit = 1_000_000; number = s.substring(0, s.length() - 2); }
        else if (s.endsWith("s")) { unit = 1_000_000_000; number = s.substring(0, s.length() - 1); }
        try {
            double d = Double.parseDouble(number.trim());
            if (d < 0 || Double.isNaN(d) || Double.isInfinite(d) || d * unit > 3_600e9) {
                throw new NumberFormatException();
            }
            return Math.round(d * unit);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option '" + shown(key) + "' needs a duration such as 500us, 1ms or 2s, not '" + shown(v) + "'");
        }
    }

    /**
     * A user's option name or value as an error message shows it: on one line (control characters
     * escaped, as {@code \\n} or {@code \\u0001}) and at most 60 characters, so a bad option can
     * never spread the agent's one-line warning over the host's stderr.
     */
    static String shown(String text) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        for (; i < text.length() && b.length() < 60; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    int type = Character.getType(c);
                    if (Character.isISOControl(c) || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return i < text.length() ? b + "..." : b.toString();
    }
}
