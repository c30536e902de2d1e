package dev.gilspy.samples;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** {@code --name value} options of the sample mains; a bad one is a one-line {@link UsageError}. */
final class Args {
    private final Map<String, String> values = new HashMap<>();

    /** Thrown for bad usage; the mains print its message and exit with 2. */
    static final class UsageError extends RuntimeException {
        UsageError(String message) {
            super(message, null, false, false);
        }
    }

    Args(String[] argv, Set<String> known) {
        for (int i = 0; i < argv.length; i++) {
            String a = argv[i];
            if (!a.startsWith("--")) {
                throw new UsageError("unexpected argument '" + a + "'");
            }
            String name = a.substring(2);
            String value;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else if (i + 1 < argv.length) {
                value = argv[++i];
            } else {
                throw new UsageError("option --" + name + " needs a value");
            }
            if (!known.contains(name)) {
                throw new UsageError("unknown option --" + name + " (known: --" + String.join(", --", known) + ")");
            }
            values.put(name, value);
        }
    }

    String string(String name, String dflt) {
        return values.getOrDefault(name, dflt);
    }

    long integer(String name, long dflt, long min, long max) {
        String v = values.get(name);
        if (v == null) {
            return dflt;
        }
        long n;
        try {
            n = Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new UsageError("--" + name + " must be an integer, not '" + v + "'");
        }
        if (n < min || n > max) {
            throw new UsageError("--" + name + " must be between " + min + " and " + max + ", not " + n);
        }
        return n;
    }

    double decimal(String name, double dflt, double minExclusive) {
        String v = values.get(name);
        if (v == null) {
            return dflt;
        }
        double d;
        try {
            d = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new UsageError("--" + name + " must be a number, not '" + v + "'");
        }
        if (!(d > minExclusive)) {
            throw new UsageError("--" + name + " must be greater than " + minExclusive + ", not " + v);
        }
        return d;
    }
}
