package dev.gilspy.interp.runtime;

import java.math.BigInteger;

/**
 * A {@code range} whose bounds do not fit in a Java long ({@code range(1 << 1000)}, which
 * {@code _collections_abc} builds at import): CPython's {@code longrange} path. Iteration, length
 * (an OverflowError beyond {@code sys.maxsize}, as CPython), membership, truth and repr.
 */
public final class PyLongRange extends PyObj {
    final BigInteger start;
    final BigInteger stop;
    final BigInteger step;

    PyLongRange(BigInteger start, BigInteger stop, BigInteger step) {
        if (step.signum() == 0) {
            throw Err.value("range() arg 3 must not be zero");
        }
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override public PyType type() { return Types.RANGE; }

    BigInteger length() {
        BigInteger span = step.signum() > 0 ? stop.subtract(start) : start.subtract(stop);
        if (span.signum() <= 0) {
            return BigInteger.ZERO;
        }
        BigInteger s = step.abs();
        return span.add(s).subtract(BigInteger.ONE).divide(s);
    }

    Object len() {
        BigInteger n = length();
        if (n.bitLength() > 63) {
            throw Err.make(Types.get("OverflowError"), "Python int too large to convert to C ssize_t");
        }
        return n.longValue();
    }

    boolean contains(Object o) {
        if (!Ops.isInt(o)) {
            return false;
        }
        BigInteger v = Ops.big(o);
        boolean inside = step.signum() > 0 ? v.compareTo(start) >= 0 && v.compareTo(stop) < 0
                : v.compareTo(start) <= 0 && v.compareTo(stop) > 0;
        return inside && v.subtract(start).mod(step.abs()).signum() == 0;
    }

    PyIter iterator() {
        BigInteger n = length();
        return new PyIter() {
            private BigInteger i = BigInteger.ZERO;

            @Override public Object next(PyThread t) {
                if (i.compareTo(n) >= 0) {
                    return null;
                }
                Object v = Ops.normalize(start.add(step.multiply(i)));
                i = i.add(BigInteger.ONE);
                return v;
            }

            @Override long lengthHint() {
                BigInteger left = n.subtract(i).max(BigInteger.ZERO);
                return left.bitLength() < 63 ? left.longValue() : Long.MAX_VALUE;
            }
        };
    }

    @Override
    public String toString() {
        return "range(" + start + ", " + stop + (step.equals(BigInteger.ONE) ? "" : ", " + step) + ")";
    }
}
