package dev.gilspy.interp.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Rich comparisons: numbers across int/float/bool, strings, sequences lexicographically, then dunders. */
public enum Compare {
    EQ("==", "__eq__", "__eq__"), NE("!=", "__ne__", "__ne__"), LT("<", "__lt__", "__gt__"),
    LE("<=", "__le__", "__ge__"), GT(">", "__gt__", "__lt__"), GE(">=", "__ge__", "__le__");

    final String symbol;
    final String dunder;
    final String reflected;

    Compare(String symbol, String dunder, String reflected) {
        this.symbol = symbol;
        this.dunder = dunder;
        this.reflected = reflected;
    }

    /** The same comparison with its operands swapped ({@code a < b} is {@code b > a}): the reflected slot's operator. */
    public Compare swapped() {
        return switch (this) {
            case LT -> GT;
            case LE -> GE;
            case GT -> LT;
            case GE -> LE;
            default -> this;
        };
    }

    public boolean test(Object a, Object b) {
        Object r = rich(a, b);
        return r instanceof Boolean x ? x : Ops.truthy(r);
    }

    private boolean fromCmp(int c) {
        return switch (this) {
            case EQ -> c == 0;
            case NE -> c != 0;
            case LT -> c < 0;
            case LE -> c <= 0;
            case GT -> c > 0;
            case GE -> c >= 0;
        };
    }

    /** A keys or items view against a set or view, either side first (dictview_richcompare); null: neither. */
    private Object viewRich(Object a, Object b) {
        String op = switch (this) {
            case EQ, NE -> "==";
            case LT -> "<";
            case LE -> "<=";
            case GT -> ">";
            default -> ">=";
        };
        String reflected = switch (this) {
            case LT -> ">";
            case LE -> ">=";
            case GT -> "<";
            case GE -> "<=";
            default -> "==";
        };
        Object r = a instanceof DictView ? DictMethods.viewCompare(a, b, op) : Types.NOT_IMPLEMENTED;
        if (r == Types.NOT_IMPLEMENTED && b instanceof DictView) {
            r = DictMethods.viewCompare(b, a, reflected);
        }
        if (r == Types.NOT_IMPLEMENTED) {
            return null;
        }
        return this == NE ? !(Boolean) r : r;
    }

    /**
     * The comparison result object (usually a Boolean; user {@code __lt__} may return anything).
     * Ints and strings here, floats and everything else in methods of their own: C1 compiles a warm
     * method whole with full profiling, and the one method of before (1,153 bytes of bytecode) took
     * 47 KB of profiled code and ~25 ms of C1's time in a short real program (ndiff.py).
     */
    Object rich(Object a, Object b) {
        if (BinOp.isNum(a) && BinOp.isNum(b)) {
            if (a instanceof Double || b instanceof Double) {
                return floats(a, b);
            }
            if (a instanceof BigInteger || b instanceof BigInteger) {
                return fromCmp(Ops.big(a).compareTo(Ops.big(b)));
            }
            return fromCmp(Long.compare(Ops.toLong(a), Ops.toLong(b)));
        }
        if (a instanceof String x && b instanceof String y) {
            return fromCmp(CodePoints.compare(x, y));
        }
        return objects(a, b);
    }

    /** Numbers of which at least one is a float: exact against ints too large for a double. */
    private Object floats(Object a, Object b) {
        double x = Ops.toDoubleLenient(a);
        double y = Ops.toDoubleLenient(b);
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return this == NE;
        }
        // an int too large for a double is still finite: only a float's own infinity is infinite
        if (!(a instanceof Double) && Double.isInfinite(x)) {
            x = Math.copySign(Double.MAX_VALUE, x);
        }
        if (!(b instanceof Double) && Double.isInfinite(y)) {
            y = Math.copySign(Double.MAX_VALUE, y);
        }
        if ((a instanceof BigInteger || b instanceof BigInteger || Math.abs(x) >= 9.007199254740992E15
            || Math.abs(y) >= 9.007199254740992E15) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
            return fromCmp(toDec(a).compareTo(toDec(b)));
        }
        return fromCmp(Double.compare(x, y) == 0 ? 0 : (x < y ? -1 : (x > y ? 1 : 0)));
    }

    /** Neither two numbers nor two strings: complex, the dunders, sequences, views, native objects, identity. */
    private Object objects(Object a, Object b) {
        if ((this == EQ || this == NE) && (a instanceof PyComplex || b instanceof PyComplex)) {
            Object r = PyComplex.equal(a, b);
            if (r != null) {
                return this == EQ ? r : !(Boolean) r;
            }
        }
        if (Ops.isUser(a) || Ops.isUser(b)) {
            Object r = dunder(a, b);
            if (r != Types.NOT_IMPLEMENTED) {
                return r;
            }
            if (a instanceof PyValueSub || b instanceof PyValueSub) {
                return rich(PyValueSub.unwrap(a), PyValueSub.unwrap(b));
            }
        }
        if (a instanceof PyTuple x && b instanceof PyTuple y) {
            return seq(x.items, x.items.length, y.items, y.items.length);
        }
        if (a instanceof PyList x && b instanceof PyList y) {
            return lists(x, y);
        }
        if (a instanceof DictView || b instanceof DictView) {
            Object r = viewRich(a, b);
            if (r != null) {
                return r;
            }
        }
        if (a instanceof NativeObj na) {
            Object r = na.compare(this, b);
            if (r != Types.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (b instanceof NativeObj nb) {
            Object r = nb.compare(swapped(), a);
            if (r != Types.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (this == EQ || this == NE) {
            boolean eq;
            if (a instanceof PyDict x && b instanceof PyDict y) {
                eq = dictEq(x, y);
            } else if (a instanceof PySet x && b instanceof PySet y) {
                eq = x.set.equals(y.set);
            } else if (a instanceof PyBytes || a instanceof PyRange || a instanceof PySlice) {
                eq = a.equals(b) || (a instanceof PyRange r1 && b instanceof PyRange r2 && rangeEq(r1, r2));
            } else if (a instanceof PyBoundMethod || a instanceof PyGenericAlias || a instanceof PyUnion) {
                eq = a.equals(b);
            } else if (a instanceof EqualsByValue || b instanceof EqualsByValue) {
                eq = a instanceof EqualsByValue ? a.equals(b) : b.equals(a);
            } else {
                eq = a == b;
            }
            return this == EQ ? eq : !eq;
        }
        if (a instanceof PySet x && b instanceof PySet y) {
            return switch (this) {
                case LT -> x.set.size() < y.set.size() && y.containsAllOf(x);
                case LE -> y.containsAllOf(x);
                case GT -> x.set.size() > y.set.size() && x.containsAllOf(y);
                default -> x.containsAllOf(y);
            };
        }
        if (a instanceof PyBytes x && b instanceof PyBytes y) {
            return fromCmp(java.util.Arrays.compareUnsigned(x.data(), y.data()));
        }
        throw Err.type("'" + symbol + "' not supported between instances of '" + Ops.typeName(a) + "' and '" + Ops.typeName(b) + "'");
    }

    private static boolean rangeEq(PyRange a, PyRange b) {
        long n = a.length();
        return n == b.length() && (n == 0 || (a.start == b.start && (n == 1 || a.step == b.step)));
    }

    private static BigDecimal toDec(Object o) {
        return o instanceof Double d ? new BigDecimal(d) : new BigDecimal(Ops.big(o));
    }

    private static boolean dictEq(PyDict x, PyDict y) {
        if (x.size() != y.size()) {
            return false;
        }
        for (var e : x.entries()) {
            Object v = y.get(e.getKey());
            if (v == null || !Ops.eq(e.getValue(), v)) {
                return false;
            }
        }
        return true;
    }

    /**
     * list_richcompare: the sizes are read afresh at every step, since an item's {@code __eq__} may
     * empty either list (bpo-38588); lists of different sizes are unequal without comparing items.
     */
    private Object lists(PyList x, PyList y) {
        if (x.size != y.size && (this == EQ || this == NE)) {
            return this == NE;
        }
        int i = 0;
        for (; i < x.size && i < y.size; i++) {
            Object xi = x.items[i];
            Object yi = y.items[i];
            if (xi != yi && !Ops.eq(xi, yi)) {
                break;
            }
        }
        if (i >= x.size || i >= y.size) {
            return fromCmp(Integer.compare(x.size, y.size));
        }
        if (this == EQ || this == NE) {
            return this == NE;
        }
        return rich(x.items[i], y.items[i]);
    }

    private Object seq(Object[] x, int nx, Object[] y, int ny) {
        int n = Math.min(nx, ny);
        for (int i = 0; i < n; i++) {
            if (x[i] != y[i] && !Ops.eq(x[i], y[i])) {
                if (this == EQ) {
                    return false;
                }
                if (this == NE) {
                    return true;
                }
                return rich(x[i], y[i]);
            }
        }
        return fromCmp(Integer.compare(nx, ny));
    }

    /**
     * Whether the comparison method {@code m} found on {@code t} is one to call: a Python function,
     * or a Java one that a class other than a built-in type defines (types.SimpleNamespace's).
     */
    private static boolean defined(PyType t, Object m, String name) {
        return m instanceof PyFunction || m instanceof PyBuiltin && StrRepr.userSlot(t, name) == m;
    }

    private Object dunder(Object a, Object b) {
        PyType ta = Ops.typeOf(a);
        PyType tb = Ops.typeOf(b);
        boolean reflectFirst = tb != ta && tb.isSubtypeOf(ta) && tb.lookup(reflected) instanceof PyFunction;
        if (!reflectFirst) {
            Object m = ta.lookup(dunder);
            if (defined(ta, m, dunder)) {
                Object r = Ops.call(PyThread.current(), m, new Object[] {a, b}, null);
                if (r != Types.NOT_IMPLEMENTED) {
                    return r;
                }
            }
        }
        Object rm = tb.lookup(reflected);
        if (rm instanceof PyFunction) {
            Object r = Ops.call(PyThread.current(), rm, new Object[] {b, a}, null);
            if (r != Types.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (this == NE) {
            // object.__ne__ negates __eq__, the subclass's first as for any reflected operand
            boolean subFirst = tb != ta && tb.isSubtypeOf(ta);
            for (int i = 0; i < 2; i++) {
                Object x = (i == 0) == subFirst ? b : a;
                Object y = x == b ? a : b;
                Object m = Ops.typeOf(x).lookup("__eq__");
                if (m instanceof PyFunction) {
                    Object r = Ops.call(PyThread.current(), m, new Object[] {x, y}, null);
                    if (r != Types.NOT_IMPLEMENTED) {
                        return !Ops.truthy(r);
                    }
                }
            }
        }
        return Types.NOT_IMPLEMENTED;
    }
}
