package dev.gilspy.interp.runtime;

import java.io.PrintStream;
import java.util.function.Supplier;

/**
 * {@code -X importtime} (or {@code PYTHONPROFILEIMPORTTIME}): one line on stderr per module the import
 * system finds and loads, in CPython's format ({@code import.c}): the module's own time and its time
 * with the imports it made, in microseconds, the name indented two spaces per nesting level, printed
 * when the module finishes (so a package's submodules come before it).
 *
 * <p>{@code -X importtime=compile} (gilspy's own) adds a column: the part of the module's own time
 * spent compiling its source (reading, lexing, parsing, resolving names), the rest being the
 * execution of its body.
 */
public final class ImportTimer {
    private final PrintStream err;
    private final boolean compileColumn;
    private boolean header = true;
    private int level;
    /** Cumulative time of the imports finished inside the current one (CPython's {@code accumulated}). */
    private long accumulated;
    /** Compile time of the current module's own source. */
    private long compiled;

    public ImportTimer(PrintStream err, boolean compileColumn) {
        this.err = err;
        this.compileColumn = compileColumn;
    }

    /** Runs {@code load} (finding and loading {@code name}) and prints its line. */
    <T> T time(String name, Supplier<T> load) {
        if (header) {
            err.println(compileColumn ? "import time: self [us] | cumulative | compile [us] | imported package"
                : "import time: self [us] | cumulative | imported package");
            header = false;
        }
        long savedAccumulated = accumulated;
        long savedCompiled = compiled;
        accumulated = 0;
        compiled = 0;
        level++;
        long t0 = now();
        try {
            return load.get();
        } finally {
            long cum = now() - t0;
            level--;
            String indent = " ".repeat(level * 2);
            if (compileColumn) {
                err.printf("import time: %9d | %10d | %12d | %s%s%n", micros(cum - accumulated), micros(cum), micros(compiled), indent, name);
            } else {
                err.printf("import time: %9d | %10d | %s%s%n", micros(cum - accumulated), micros(cum), indent, name);
            }
            err.flush();
            accumulated = savedAccumulated + cum;
            compiled = savedCompiled;
        }
    }

    /**
     * The clock: wall time as CPython's, or with {@code -Dgilspy.importtime=cpu} the importing thread's
     * CPU time (on a loaded machine wall times of a cold JVM's imports vary two- to threefold).
     */
    private static final boolean CPU = "cpu".equals(System.getProperty("gilspy.importtime"));

    public static long now() {
        return CPU ? java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** Counts {@code nanos} of compiling toward the module being imported (none: the main script). */
    public void compiled(long nanos) {
        if (level > 0) {
            compiled += nanos;
        }
    }

    /** Rounded up, as CPython's {@code _PyTime_ROUND_CEILING}. */
    private static long micros(long nanos) {
        return (nanos + 999) / 1000;
    }
}
