package dev.gilspy.ui.model;

import java.util.Comparator;
import java.util.function.Function;

/**
 * The thread table's columns, in screen order. The number key {@code 1..9, 0} of column {@code i}
 * sorts by it; numeric columns sort largest first, text columns alphabetically.
 */
public enum Column {
    TID("TID", 7, true, Comparator.comparingLong(ThreadRow::ident)),
    NAME("NAME", 16, false, Comparator.comparing(ThreadRow::name)),
    STATE("STATE", 6, false, Comparator.comparing(ThreadRow::status)),
    HELD("HELD%", 7, true, byDouble(ThreadRow::held)),
    WAIT("WAIT%", 7, true, byDouble(ThreadRow::waiting)),
    ACQ("ACQ/s", 8, true, byDouble(ThreadRow::acquisitionsPerSecond)),
    AVG_WAIT("AVG WAIT", 9, true, byDouble(ThreadRow::avgWaitMillis)),
    P99_WAIT("P99 WAIT", 9, true, byDouble(ThreadRow::p99WaitMillis)),
    MAX_HOLD("MAX HOLD", 9, true, byDouble(ThreadRow::maxHoldMillis)),
    FUNCTION("FUNCTION", 0, false, Comparator.comparing(ThreadRow::function));

    private final String header;
    private final int width;
    private final boolean numeric;
    private final Comparator<ThreadRow> ascending;

    Column(String header, int width, boolean numeric, Comparator<ThreadRow> ascending) {
        this.header = header;
        this.width = width;
        this.numeric = numeric;
        this.ascending = ascending;
    }

    private static Comparator<ThreadRow> byDouble(java.util.function.ToDoubleFunction<ThreadRow> f) {
        // NaN (unknown) sorts below every number, so "largest first" keeps unknowns at the bottom
        return Comparator.comparingDouble(r -> Double.isNaN(f.applyAsDouble(r)) ? Double.NEGATIVE_INFINITY : f.applyAsDouble(r));
    }

    public String header() { return header; }

    /** Width in characters; 0 means "the rest of the line". */
    public int width() { return width; }

    public boolean numeric() { return numeric; }

    /** The ordering a first press of this column's key gives. */
    public boolean naturallyDescending() {
        return numeric && this != TID;
    }

    public Comparator<ThreadRow> comparator(boolean descending) {
        Comparator<ThreadRow> c = descending ? ascending.reversed() : ascending;
        return c.thenComparingLong(ThreadRow::ident);
    }

    /** The column a number key selects: {@code '1'} is TID, {@code '0'} is the tenth. */
    public static Column forKey(char key) {
        int index = key == '0' ? 9 : key - '1';
        Column[] all = values();
        return index >= 0 && index < all.length ? all[index] : null;
    }

    public char key() {
        return ordinal() == 9 ? '0' : (char) ('1' + ordinal());
    }

    /** This column's cell for {@code row}, unpadded. */
    public String cell(ThreadRow row) {
        return CELLS[ordinal()].apply(row);
    }

    @SuppressWarnings("unchecked")
    private static final Function<ThreadRow, String>[] CELLS = new Function[] {
        (Function<ThreadRow, String>) r -> Long.toString(r.ident()),
        (Function<ThreadRow, String>) ThreadRow::name,
        (Function<ThreadRow, String>) r -> r.status().label(),
        (Function<ThreadRow, String>) r -> Fmt.pct(r.held()),
        (Function<ThreadRow, String>) r -> Fmt.pct(r.waiting()),
        (Function<ThreadRow, String>) r -> Fmt.num(r.acquisitionsPerSecond(), 1),
        (Function<ThreadRow, String>) r -> Fmt.millis(r.avgWaitMillis()),
        (Function<ThreadRow, String>) r -> Fmt.millis(r.p99WaitMillis()),
        (Function<ThreadRow, String>) r -> Fmt.millis(r.maxHoldMillis()),
        (Function<ThreadRow, String>) r -> r.function().isEmpty() ? "-" : Fmt.frame(r.function()),
    };

    /** Widest NAME column: past it a long thread name is cut rather than push the numbers off screen. */
    public static final int MAX_NAME_WIDTH = 32;

    /**
     * The NAME column's width for these rows: the longest name plus a space, between the default 16
     * and {@link #MAX_NAME_WIDTH}, so "Thread-1 (countdown)" and "ThreadPoolExecutor-0_0" show whole.
     */
    public static int nameWidth(Iterable<ThreadRow> rows) {
        int longest = 0;
        for (ThreadRow r : rows) {
            longest = Math.max(longest, r.name().length());
        }
        return Math.max(NAME.width, Math.min(MAX_NAME_WIDTH, longest + 1));
    }

    /** The cell padded to this column's width (the last column is not padded). */
    public String paddedCell(ThreadRow row) {
        return paddedCell(row, NAME.width);
    }

    /** The cell padded to this column's width, NAME to {@code nameWidth} (see {@link #nameWidth}). */
    public String paddedCell(ThreadRow row, int nameWidth) {
        return pad(cell(row), nameWidth);
    }

    public String paddedHeader() {
        return paddedHeader(NAME.width);
    }

    public String paddedHeader(int nameWidth) {
        return pad(header, nameWidth);
    }

    private String pad(String text, int nameWidth) {
        int w = this == NAME ? nameWidth : width;
        if (w == 0) {
            return text;
        }
        return numeric ? Fmt.padLeft(text, w - 1) + " " : Fmt.padRight(text, w - 1) + " ";
    }
}
