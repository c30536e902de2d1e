package dev.gilspy.interp.runtime;

/** Python {@code range} (long bounds). */
public final class PyRange extends PyObj {
    public final long start;
    public final long stop;
    public final long step;

    PyRange(long start, long stop, long step) {
        if (step == 0) {
            throw Err.value("range() arg 3 must not be zero");
        }
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override public PyType type() { return Types.RANGE; }

    long length() {
        if (step > 0) {
            return start < stop ? (stop - start + step - 1) / step : 0;
        }
        return start > stop ? (start - stop - step - 1) / -step : 0;
    }

    long get(long i) {
        long n = length();
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw Err.index("range object index out of range");
        }
        return start + i * step;
    }

    @Override
    public String toString() {
        return "range(" + start + ", " + stop + (step != 1 ? ", " + step : "") + ")";
    }
}
