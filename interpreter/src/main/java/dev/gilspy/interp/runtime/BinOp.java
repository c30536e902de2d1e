package dev.gilspy.interp.runtime;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashSet;

/** Binary operators: the numeric tower, sequence/set operators, then {@code __op__}/{@code __rop__}. */
public enum BinOp {
    ADD("+", "add"), SUB("-", "sub"), MUL("*", "mul"), TRUEDIV("/", "truediv"), FLOORDIV("//", "floordiv"),
    MOD("%", "mod"), POW("**", "pow"), LSHIFT("<<", "lshift"), RSHIFT(">>", "rshift"), AND("&", "and"),
    OR("|", "or"), XOR("^", "xor"), MATMUL("@", "matmul");

    final String symbol;
    final String dunder;
    final String rdunder;
    final String idunder;

    BinOp(String symbol, String name) {
        this.symbol = symbol;
        this.dunder = "__" + name + "__";
        this.rdunder = "__r" + name + "__";
        this.idunder = "__i" + name + "__";
    }

    public static BinOp fromSymbol(String s) {
        for (BinOp op : values()) {
            if (op.symbol.equals(s)) {
                return op;
            }
        }
        return null;
    }

    public Object apply(Object a, Object b) {
        boolean an = isNum(a);
        boolean bn = isNum(b);
        if (an && bn) {
            if (a instanceof Boolean x && b instanceof Boolean y && (this == AND || this == OR || this == XOR)) {
                return this == AND ? x & y : this == OR ? x | y : x ^ y;
            }
            if (a instanceof Double || b instanceof Double) {
                if (this.compareTo(LSHIFT) >= 0) {
                    throw error(a, b); // float has no bitwise operators or @: the message names both operands' types
                }
                return floatOp(Ops.toDouble(a), Ops.toDouble(b));
            }
            if (a instanceof Long x && b instanceof Long y) {
                return longOp(x, y);
            }
            return bigOp(Ops.big(a), Ops.big(b));
        }
        if ((a instanceof PyComplex || b instanceof PyComplex) && (an || a instanceof PyComplex) && (bn || b instanceof PyComplex)) {
            Object c = PyComplex.binop(this, a, b);
            if (c != null) {
                return c;
            }
            throw error(a, b);
        }
        if (Ops.isUser(a) || Ops.isUser(b) || a instanceof NativeObj || b instanceof NativeObj) {
            Object r = dunder(a, b);
            if (r != Types.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (this == MOD && PyValueSub.unwrap(a) instanceof String fmt && b instanceof PyValueSub bv
            && !(bv.value instanceof PyTuple) && !(bv.value instanceof PyDict)) {
            return Formatting.percent(fmt, b); // one value kept whole: %s of a str subclass calls its own __str__
        }
        if (a instanceof PyValueSub || b instanceof PyValueSub) {
            return apply(PyValueSub.unwrap(a), PyValueSub.unwrap(b));
        }
        Object r = seqOp(a, b);
        if (r != null) {
            return r;
        }
        if (this == OR && PyUnion.unionable(a) && PyUnion.unionable(b) && !(a == PyNone.NONE && b == PyNone.NONE)) {
            return PyUnion.of(a, b); // PEP 604: int | str
        }
        throw error(a, b);
    }

    PyException error(Object a, Object b) {
        if (this == ADD && a instanceof String) {
            return Err.type("can only concatenate str (not \"" + Ops.typeName(b) + "\") to str");
        }
        if (this == ADD && a instanceof PyList) {
            return Err.type("can only concatenate list (not \"" + Ops.typeName(b) + "\") to list");
        }
        if (this == ADD && a instanceof PyTuple) {
            return Err.type("can only concatenate tuple (not \"" + Ops.typeName(b) + "\") to tuple");
        }
        if (this == ADD && a instanceof PyBytes) { // bytes_concat: the right side is no buffer
            return Err.type("can't concat " + Ops.typeName(b) + " to " + Ops.typeName(a));
        }
        if (this == MUL && (a instanceof String || a instanceof PyList || a instanceof PyTuple
            || b instanceof String || b instanceof PyList || b instanceof PyTuple)) {
            Object other = (a instanceof String || a instanceof PyList || a instanceof PyTuple) ? b : a;
            return Err.type("can't multiply sequence by non-int of type '" + Ops.typeName(other) + "'");
        }
        String sym = this == POW ? "** or pow()" : symbol;
        return Err.type("unsupported operand type(s) for " + sym + ": '" + Ops.typeName(a) + "' and '" + Ops.typeName(b) + "'");
    }

    /**
     * CPython's binary_op1 over Python-level methods: {@code a.__op__(b)}, then {@code b.__rop__(a)} when the
     * types differ; a right operand whose type is a proper subclass of the left's and overrides
     * {@code __rop__} goes first.
     */
    Object dunder(Object a, Object b) {
        PyType ta = Ops.typeOf(a);
        PyType tb = Ops.typeOf(b);
        Object m = userMethod(ta, dunder, a);
        Object rm = ta != tb ? userMethod(tb, rdunder, b) : null;
        PyThread t = PyThread.current();
        if (rm != null && tb.isSubtypeOf(ta) && rm != ta.lookup(rdunder)) {
            Object r = Ops.call(t, rm, new Object[] {b, a}, null);
            if (r != Types.NOT_IMPLEMENTED) {
                return r;
            }
            rm = null;
        }
        if (m != null) {
            Object r = Ops.call(t, m, new Object[] {a, b}, null);
            if (r != Types.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (rm != null) {
            return Ops.call(t, rm, new Object[] {b, a}, null);
        }
        return Types.NOT_IMPLEMENTED;
    }

    /** The type's method, unless a builtin type's own (the fast paths above serve those). */
    private static Object userMethod(PyType type, String name, Object self) {
        Object m = type.lookup(name);
        if (m == null || m == PyNone.NONE || (m instanceof PyBuiltin && !(self instanceof NativeObj))) {
            return null;
        }
        return m;
    }

    /** A repetition count: an int beyond 64 bits is CPython's OverflowError for an index-sized integer. */
    static long repeatCount(Object n) {
        if (n instanceof java.math.BigInteger) {
            throw Err.overflow("cannot fit 'int' into an index-sized integer");
        }
        return Ops.toLong(n);
    }

    /** In-place form ({@code +=}): {@code __iadd__} first, list extend, then the plain operator. */
    public Object applyInPlace(Object a, Object b) {
        if (a instanceof PyList l && this == ADD && !(a instanceof PyListSub)) { // a subclass may override __iadd__
            Object[] items = Ops.toArray(b);
            l.extend(items, items.length);
            return l;
        }
        if (a instanceof PyBytes ba && ba.mutable && (this == ADD || this == MUL)) {
            if (this == ADD && b instanceof PyBytes add) { // in place, into the spare room: a += loop stays linear
                ba.appendBytes(add.data(), 0, add.length());
                return ba;
            }
            Object r = apply(a, b);
            if (r instanceof PyBytes rb) {
                ba.setData(rb.data());
                return ba;
            }
        }
        if (a instanceof PyList l && this == MUL && !(a instanceof PyListSub)) {
            Object[] items = l.toArray();
            long n = repeatCount(b);
            Object[] out = Seq.repeat(items, n);
            l.replace(out);
            return l;
        }
        if (Ops.isUser(a) || a instanceof NativeObj) {
            Object m = Ops.typeOf(a).lookup(idunder);
            if (m != null) {
                Object r = Ops.call(PyThread.current(), m, new Object[] {a, b}, null);
                if (r != Types.NOT_IMPLEMENTED) {
                    return r;
                }
            }
        }
        if (a instanceof PySet s && !s.frozen && b instanceof PySet o) {
            switch (this) {
                case OR -> { for (Object x : o.toArray()) { s.add(x); } return s; }
                case AND -> { return SetMethods.inPlace(s, r -> r.retainAll(o.set)); }
                case SUB -> { return SetMethods.inPlace(s, r -> r.removeAll(o.set)); }
                case XOR -> { return SetMethods.inPlace(s, r -> SetMethods.xorInto(s, r, o)); }
                default -> { }
            }
        }
        if (a instanceof PyDict d && this == OR && (b instanceof PyDict || a.getClass() == PyDict.class)) {
            PyDict.updateDict(d, b); // dict_ior takes any mapping or iterable of pairs
            return d;
        }
        try {
            return apply(a, b);
        } catch (PyException e) {
            String plain = "unsupported operand type(s) for " + (this == POW ? "** or pow()" : symbol) + ":";
            String text = e.exc.messageText();
            if (Err.matches(e, Types.TypeError) && text.startsWith(plain)) { // binary_iop1's message names the in-place operator
                throw Err.type("unsupported operand type(s) for " + symbol + "=:" + text.substring(plain.length()));
            }
            throw e;
        }
    }

    static boolean isNum(Object o) {
        return o instanceof Long || o instanceof Double || o instanceof Boolean || o instanceof BigInteger;
    }

    Object floatOp(double x, double y) {
        switch (this) {
            case ADD: return x + y;
            case SUB: return x - y;
            case MUL: return x * y;
            case TRUEDIV:
                if (y == 0) {
                    throw Err.zero("float division by zero");
                }
                return x / y;
            case FLOORDIV:
                if (y == 0) {
                    throw Err.zero("float floor division by zero");
                }
                return Math.floor(x / y);
            case MOD: {
                if (y == 0) {
                    throw Err.zero("float modulo");
                }
                double m = x % y;
                if (m != 0 && ((m < 0) != (y < 0))) {
                    m += y;
                } else if (m == 0) {
                    m = Math.copySign(0.0, y); // float_rem: a zero result takes the divisor's sign
                }
                return m;
            }
            case POW: {
                if (x == 0 && y < 0 && !Double.isInfinite(y)) {
                    throw Err.zero("0.0 cannot be raised to a negative power");
                }
                if (y == 0 || x == 1.0 || x == -1.0 && Double.isInfinite(y)) {
                    return 1.0; // C99 pow, which float_pow follows; Java's Math.pow gives NaN for 1**nan and (-1)**inf
                }
                if (x < 0 && !Double.isInfinite(x) && !Double.isInfinite(y) && !Double.isNaN(y) && y != Math.floor(y)) {
                    return PyComplex.pow(new PyComplex(x, 0.0), new PyComplex(y, 0.0)); // float_pow defers to complex
                }
                double r = Math.pow(x, y);
                if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
                    throw Err.make(Types.OverflowError, new Object[] {34L, "Numerical result out of range"});
                }
                return r;
            }
            default:
                throw Err.type("unsupported operand type(s) for " + symbol + ": 'float' and 'float'");
        }
    }

    Object longOp(long x, long y) {
        switch (this) {
            case ADD: return Ops.add(x, y);
            case SUB: return Ops.sub(x, y);
            case MUL: return Ops.mul(x, y);
            case TRUEDIV:
                if (y == 0) {
                    throw Err.zero("division by zero");
                }
                if (Math.abs(x) <= 1L << 53 && Math.abs(y) <= 1L << 53) {
                    return (double) x / (double) y;
                }
                return trueDivide(BigInteger.valueOf(x), BigInteger.valueOf(y));
            case FLOORDIV:
                if (y == 0) {
                    throw Err.zero("integer division or modulo by zero");
                }
                if (x == Long.MIN_VALUE && y == -1) {
                    return BigInteger.valueOf(x).negate();
                }
                return Math.floorDiv(x, y);
            case MOD:
                if (y == 0) {
                    throw Err.zero("integer modulo by zero");
                }
                return Math.floorMod(x, y);
            case POW:
                if (y < 0) {
                    if (x == 0) {
                        throw Err.zero("0.0 cannot be raised to a negative power");
                    }
                    return Math.pow(x, y);
                }
                return powLong(x, y);
            case LSHIFT:
                if (y < 0) {
                    throw Err.value("negative shift count");
                }
                if (y < 63 && x != Long.MIN_VALUE && Math.abs(x) < (1L << (62 - y))) {
                    return x << y;
                }
                return shiftLeft(BigInteger.valueOf(x), BigInteger.valueOf(y));
            case RSHIFT:
                if (y < 0) {
                    throw Err.value("negative shift count");
                }
                return x >> Math.min(y, 63);
            case AND: return x & y;
            case OR: return x | y;
            case XOR: return x ^ y;
            default:
                throw Err.type("unsupported operand type(s) for " + symbol + ": 'int' and 'int'");
        }
    }

    /** {@code x << y} for y >= 0: a zero stays zero whatever the count, as in CPython's long_lshift. */
    private static Object shiftLeft(BigInteger x, BigInteger y) {
        if (x.signum() == 0) {
            return 0L;
        }
        if (y.bitLength() > 31) {
            // CPython's long_lshift: a result of more than MAX_LONG_DIGITS 30-bit digits cannot
            // exist (OverflowError); a smaller one fails to allocate
            BigInteger digits = y.divide(BigInteger.valueOf(30)).add(BigInteger.valueOf(x.bitLength() / 30 + 2));
            if (digits.compareTo(BigInteger.valueOf((Long.MAX_VALUE - 24) / 4)) > 0) {
                throw Err.overflow("too many digits in integer");
            }
            throw Err.make(Types.get("MemoryError"));
        }
        return Ops.normalize(x.shiftLeft(y.intValue()));
    }

    /** {@code x ** y} for y >= 0 that does not fit a long: only 0, 1 and -1 have a result that fits memory. */
    private static Object bigPow(BigInteger x, BigInteger y) {
        if (y.bitLength() <= 31) {
            return Ops.normalize(x.pow(y.intValue()));
        }
        if (x.signum() == 0 || x.equals(BigInteger.ONE)) {
            return Ops.normalize(x);
        }
        if (x.equals(BigInteger.ONE.negate())) {
            return y.testBit(0) ? -1L : 1L;
        }
        throw Err.make(Types.get("MemoryError"));
    }

    private static Object powLong(long x, long y) {
        long result = 1;
        long base = x;
        long e = y;
        try {
            while (e > 0) {
                if ((e & 1) != 0) {
                    result = Math.multiplyExact(result, base);
                }
                e >>= 1;
                if (e > 0) {
                    base = Math.multiplyExact(base, base);
                }
            }
            return result;
        } catch (ArithmeticException ex) {
            return bigPow(BigInteger.valueOf(x), BigInteger.valueOf(y));
        }
    }

    /**
     * Correctly rounded {@code x / y} like CPython's long_true_divide: a quotient of at least 55
     * significant bits plus a sticky bit for any remainder, so the one rounding to double is exact.
     */
    static double trueDivide(BigInteger x, BigInteger y) {
        BigInteger a = x.abs();
        BigInteger b = y.abs();
        if (a.bitLength() <= 53 && b.bitLength() <= 53) {
            return x.doubleValue() / y.doubleValue();
        }
        int shift = 55 - (a.bitLength() - b.bitLength());
        BigInteger[] qr = shift >= 0 ? a.shiftLeft(shift).divideAndRemainder(b) : a.divideAndRemainder(b.shiftLeft(-shift));
        BigInteger q = qr[0];
        if (qr[1].signum() != 0) {
            q = q.setBit(0);
        }
        // q has 55 or 56 bits, so doubleValue rounds once; scalb is exact unless the result is subnormal
        double r = Math.scalb(q.doubleValue(), -shift);
        if (Double.isInfinite(r)) {
            throw Err.overflow("integer division result too large for a float");
        }
        return x.signum() < 0 != y.signum() < 0 ? -r : r; // 0 / -huge is -0.0, as long_true_divide's negate
    }

    Object bigOp(BigInteger x, BigInteger y) {
        switch (this) {
            case ADD: return Ops.normalize(x.add(y));
            case SUB: return Ops.normalize(x.subtract(y));
            case MUL: return Ops.normalize(x.multiply(y));
            case TRUEDIV:
                if (y.signum() == 0) {
                    throw Err.zero("division by zero");
                }
                return trueDivide(x, y);
            case FLOORDIV: {
                if (y.signum() == 0) {
                    throw Err.zero("integer division or modulo by zero");
                }
                BigInteger[] qr = x.divideAndRemainder(y);
                BigInteger q = qr[0];
                if (qr[1].signum() != 0 && (qr[1].signum() != y.signum())) {
                    q = q.subtract(BigInteger.ONE);
                }
                return Ops.normalize(q);
            }
            case MOD: {
                if (y.signum() == 0) {
                    throw Err.zero("integer modulo by zero");
                }
                BigInteger m = x.mod(y.abs());
                if (y.signum() < 0 && m.signum() != 0) {
                    m = m.add(y);
                }
                return Ops.normalize(m);
            }
            case POW:
                if (y.signum() < 0) {
                    return Math.pow(x.doubleValue(), y.doubleValue());
                }
                return bigPow(x, y);
            case LSHIFT:
                if (y.signum() < 0) {
                    throw Err.value("negative shift count");
                }
                return shiftLeft(x, y);
            case RSHIFT:
                if (y.signum() < 0) {
                    throw Err.value("negative shift count");
                }
                return Ops.normalize(x.shiftRight(y.min(BigInteger.valueOf(Integer.MAX_VALUE)).intValue()));
            case AND: return Ops.normalize(x.and(y));
            case OR: return Ops.normalize(x.or(y));
            case XOR: return Ops.normalize(x.xor(y));
            default:
                throw Err.type("unsupported operand type(s) for " + symbol + ": 'int' and 'int'");
        }
    }

    private Object seqOp(Object a, Object b) {
        if (a instanceof DictView || b instanceof DictView) {
            if (this == AND || this == OR || this == SUB || this == XOR) {
                PySet x = new PySet(false);
                for (Object o : Ops.toArray(a)) {
                    x.add(o);
                }
                PySet y = new PySet(false);
                for (Object o : Ops.toArray(b)) {
                    y.add(o);
                }
                return seqOp(x, y);
            }
            return null;
        }
        switch (this) {
            case ADD:
                if (a instanceof String x && b instanceof String y) {
                    return x + y;
                }
                if (a instanceof PyList x && b instanceof PyList y) {
                    Object[] xa = x.toArray();
                    Object[] ya = y.toArray();
                    Object[] r = Arrays.copyOf(xa, xa.length + ya.length);
                    System.arraycopy(ya, 0, r, xa.length, ya.length);
                    return new PyList(r);
                }
                if (a instanceof PyTuple x && b instanceof PyTuple y) {
                    Object[] r = Arrays.copyOf(x.items, x.items.length + y.items.length);
                    System.arraycopy(y.items, 0, r, x.items.length, y.items.length);
                    return new PyTuple(r);
                }
                if (a instanceof PyBytes x && (b instanceof PyBytes || b instanceof PyMemoryView || b instanceof BufferExporter)) {
                    byte[] yd = BytesMethods.toBytes(b); // bytes_concat takes any buffer on the right
                    byte[] r = Arrays.copyOf(x.data(), x.data().length + yd.length);
                    System.arraycopy(yd, 0, r, x.data().length, yd.length);
                    return new PyBytes(r, x.mutable);
                }
                return null;
            case MUL: {
                Object seq = Ops.isInt(a) ? b : a;
                Object n = Ops.isInt(a) ? a : b;
                if (!Ops.isInt(n)) {
                    return null;
                }
                long count = repeatCount(n);
                if (seq instanceof String s) {
                    int len = Seq.repeatedLength(s.length(), count, "repeated string is too long");
                    return len == 0 ? "" : s.repeat((int) count);
                }
                if (seq instanceof PyList l) {
                    return new PyList(Seq.repeat(l.toArray(), count));
                }
                if (seq instanceof PyTuple t) {
                    if (count == 1 && t.getClass() == PyTuple.class) {
                        return t; // tuple_repeat: an exact tuple times one is itself
                    }
                    return new PyTuple(Seq.repeat(t.items, count));
                }
                if (seq instanceof PyBytes by) {
                    byte[] r = new byte[Seq.repeatedLength(by.data().length, count,
                        by.mutable ? null : "repeated bytes are too long")];
                    for (int i = 0; i < count; i++) {
                        System.arraycopy(by.data(), 0, r, i * by.data().length, by.data().length);
                    }
                    return new PyBytes(r, by.mutable);
                }
                return null;
            }
            case MOD:
                if (a instanceof String s) {
                    return Formatting.percent(s, b);
                }
                if (a instanceof PyBytes fb) {
                    return ByteArrayMethods.percent(fb, b);
                }
                return null;
            case OR:
            case AND:
            case SUB:
            case XOR:
                if (a instanceof PySet x && b instanceof PySet y) {
                    HashSet<Object> r = new HashSet<>(x.set);
                    switch (this) {
                        case OR -> r.addAll(y.set);
                        case AND -> r.retainAll(y.set);
                        case SUB -> r.removeAll(y.set);
                        default -> {
                            for (Object o : y.set) {
                                if (!r.remove(o)) {
                                    r.add(o);
                                }
                            }
                        }
                    }
                    return PySet.withOriginals(r, x.frozen, x, y);
                }
                if (this == OR && a instanceof PyDict x && b instanceof PyDict y) {
                    PyDict r = new PyDict();
                    for (var e : x.entries()) {
                        r.put(e.getKey(), e.getValue());
                    }
                    for (var e : y.entries()) {
                        r.put(e.getKey(), e.getValue());
                    }
                    return r;
                }
                return null;
            default:
                return null;
        }
    }
}
