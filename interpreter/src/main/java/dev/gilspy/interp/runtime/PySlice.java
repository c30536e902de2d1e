package dev.gilspy.interp.runtime;

/** Python {@code slice}; {@link #indices} clamps like {@code PySlice_AdjustIndices}. */
public final class PySlice extends PyObj {
    final Object start;
    final Object stop;
    final Object step;

    public PySlice(Object start, Object stop, Object step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override public PyType type() { return Types.SLICE; }

    /** slice_richcompare: equal when (start, stop, step) are; slices stay unhashable, as in 3.11. */
    @Override public boolean equals(Object o) {
        return o == this || o instanceof PySlice s
            && Compare.EQ.test(PyTuple.of(start, stop, step), PyTuple.of(s.start, s.stop, s.step));
    }

    @Override public int hashCode() { return super.hashCode(); }

    /** Returns {start, stop, step, length} for a sequence of {@code len} items. */
    long[] indices(long len) {
        long st = step == PyNone.NONE ? 1 : Ops.toIndex(step);
        if (st == 0) {
            throw Err.value("slice step cannot be zero");
        }
        long stepForLength = st == Long.MIN_VALUE ? -Long.MAX_VALUE : st; // -step must not overflow
        long lo;
        long hi;
        if (st > 0) {
            lo = start == PyNone.NONE ? 0 : clamp(Ops.toIndex(start), len, 0, len);
            hi = stop == PyNone.NONE ? len : clamp(Ops.toIndex(stop), len, 0, len);
        } else {
            lo = start == PyNone.NONE ? len - 1 : clamp(Ops.toIndex(start), len, -1, len - 1);
            hi = stop == PyNone.NONE ? -1 : clamp(Ops.toIndex(stop), len, -1, len - 1);
        }
        long n;
        if (st > 0) {
            n = lo < hi ? (hi - lo - 1) / st + 1 : 0; // PySlice_AdjustIndices' form: no overflow for a huge step
        } else {
            n = lo > hi ? (lo - hi - 1) / -stepForLength + 1 : 0;
        }
        return new long[] {lo, hi, st, n};
    }

    /**
     * The step of {@link #indices}'s result as {@code slice.indices} and range slicing report it: CPython
     * computes those in arbitrary precision, so a step of {@code -sys.maxsize - 1} stays itself there,
     * while sequence slicing clamps it to {@code -sys.maxsize}.
     */
    long exactStep(long clamped) {
        return clamped == -Long.MAX_VALUE && step instanceof Long l && l == Long.MIN_VALUE ? Long.MIN_VALUE : clamped;
    }

    private static long clamp(long i, long len, long min, long max) {
        if (i < 0) {
            i += len;
        }
        return Math.max(min, Math.min(max, i));
    }

    @Override
    public String toString() {
        return "slice(" + StrRepr.repr(start) + ", " + StrRepr.repr(stop) + ", " + StrRepr.repr(step) + ")";
    }
}
