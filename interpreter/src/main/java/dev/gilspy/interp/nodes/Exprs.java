package dev.gilspy.interp.nodes;

import dev.gilspy.interp.runtime.Attr;
import dev.gilspy.interp.runtime.AttrSite;
import dev.gilspy.interp.runtime.BinOp;
import dev.gilspy.interp.runtime.Compare;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.Formatting;
import dev.gilspy.interp.runtime.InstanceReads;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBaseException;
import dev.gilspy.interp.runtime.PyCell;
import dev.gilspy.interp.runtime.PyDict;
import dev.gilspy.interp.runtime.PyException;
import dev.gilspy.interp.runtime.PyFrame;
import dev.gilspy.interp.runtime.PyInstance;
import dev.gilspy.interp.runtime.PyList;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PySet;
import dev.gilspy.interp.runtime.PySlice;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.Seq;
import dev.gilspy.interp.runtime.StrRepr;
import dev.gilspy.interp.runtime.Types;
import java.util.ArrayList;
import java.util.Arrays;

/** Expression nodes. Hot shapes (locals, small-int arithmetic, method calls) have their own nodes. */
public final class Exprs {
    private Exprs() {}

    // ---------------------------------------------------------------- names and constants

    public static final class Name extends Expr implements Target {
        public final String name;
        public SlotKind kind = SlotKind.GLOBAL;
        public int slot = -1;
        private PyCell globalCell;
        private PyCell builtinCell;

        public Name(String name) {
            this.name = name;
        }

        @Override
        Object eval(PyFrame f) {
            // reference comparisons rather than an enum switch: this is the hottest node
            SlotKind k = kind;
            if (k == SlotKind.LOCAL) {
                Object v = f.slots[slot];
                if (v == null) {
                    throw unbound();
                }
                return v;
            }
            if (k == SlotKind.CELL) {
                Object v = ((PyCell) f.slots[slot]).value;
                if (v == null) {
                    throw unboundCell(f);
                }
                return v;
            }
            if (k == SlotKind.CLASS_NAME) {
                Object v = f.classDict.get(name);
                if (v != null) {
                    return v;
                }
            }
            return global(f);
        }

        /** A cell of this frame's own (a cellvar) is a local to the reader; one from outside is a free variable. */
        private PyException unboundCell(PyFrame f) {
            if (f.code() instanceof dev.gilspy.interp.runtime.Code c) {
                for (int s : c.cellSlots) {
                    if (s == slot) {
                        return unbound();
                    }
                }
            }
            return Err.make(Types.NameError, "cannot access free variable '" + name
                + "' where it is not associated with a value in enclosing scope");
        }

        private PyException unbound() {
            return Err.make(Types.get("UnboundLocalError"),
                "cannot access local variable '" + name + "' where it is not associated with a value");
        }

        private Object global(PyFrame f) {
            PyCell c = globalCell;
            if (c == null) {
                c = f.globals.cell(name);
                globalCell = c;
            }
            Object v = c.value;
            if (v != null) {
                return v;
            }
            PyCell b = builtinCell;
            if (b == null) {
                b = f.t.interp.builtins.cell(name);
                builtinCell = b;
            }
            v = b.value;
            if (v == null) {
                if (name.equals("__class__") && f.function() != null && f.function().owner() != null) {
                    return f.function().owner(); // the implicit __class__ cell of methods
                }
                throw Err.name(name);
            }
            return v;
        }

        @Override
        public void assign(PyFrame f, Object v) {
            SlotKind k = kind;
            if (k == SlotKind.LOCAL) {
                f.slots[slot] = v;
            } else if (k == SlotKind.CELL) {
                ((PyCell) f.slots[slot]).value = v;
            } else if (k == SlotKind.CLASS_NAME) {
                f.classDict.put(name, v);
            } else {
                PyCell c = globalCell;
                if (c == null) {
                    c = f.globals.cell(name);
                    globalCell = c;
                }
                c.value = v;
            }
        }

        @Override
        public void delete(PyFrame f) {
            switch (kind) {
                case LOCAL -> {
                    if (f.slots[slot] == null) {
                        throw unbound();
                    }
                    f.slots[slot] = null;
                }
                case CELL -> ((PyCell) f.slots[slot]).value = null;
                case CLASS_NAME -> {
                    if (f.classDict.remove(name) == null) {
                        throw Err.name(name);
                    }
                }
                case GLOBAL -> {
                    PyCell c = f.globals.cells.get(name);
                    if (c == null || c.value == null) {
                        throw Err.name(name);
                    }
                    c.value = null;
                }
            }
        }
    }

    public static final class Const extends Expr {
        public final Object value;
        public Const(Object value) { this.value = value; }
        @Override Object eval(PyFrame f) { return value; }
    }

    // ---------------------------------------------------------------- operators

    public static final class Binary extends Expr {
        final BinOp op;
        Expr left;
        Expr right;
        public Binary(BinOp op, Expr left, Expr right) { this.op = op; this.left = left; this.right = right; }
        /** The parser's form: the operator by its symbol ({@code "+"}, {@code "**"}, ...). */
        public Binary(String symbol, Expr left, Expr right) { this(BinOp.fromSymbol(symbol), left, right); }

        @Override
        Object eval(PyFrame f) {
            Object a = left.eval(f);
            Object b = right.eval(f);
            switch (op) {
                case ADD: return Ops.add(a, b);
                case SUB: return Ops.sub(a, b);
                case MUL: return Ops.mul(a, b);
                case MOD:
                    if (a instanceof Long x && b instanceof Long y && y > 0) {
                        long m = x % y;
                        return m < 0 ? m + y : m;
                    }
                    return op.apply(a, b);
                case FLOORDIV:
                    if (a instanceof Long x && b instanceof Long y && y > 0) {
                        return Math.floorDiv((long) x, (long) y);
                    }
                    return op.apply(a, b);
                default: return op.apply(a, b);
            }
        }
    }

    public static final class Unary extends Expr {
        final String op;
        Expr operand;
        public Unary(String op, Expr operand) { this.op = op; this.operand = operand; }

        /** {@code not x} (a SyntaxError names it apart from the other unary operators). */
        public boolean isNot() { return op.equals("not"); }

        @Override
        Object eval(PyFrame f) {
            Object v = operand.eval(f);
            switch (op) {
                case "not":
                    return !Ops.truthy(v);
                case "-":
                    if (v instanceof Long l) {
                        return l == Long.MIN_VALUE ? (Object) java.math.BigInteger.valueOf(l).negate() : (Object) (-l);
                    }
                    if (v instanceof Double d) {
                        return -d;
                    }
                    if (v instanceof Boolean b) {
                        return b ? -1L : 0L;
                    }
                    if (v instanceof java.math.BigInteger b) {
                        return Ops.normalize(b.negate());
                    }
                    return dunder(v, "__neg__", "-");
                case "+":
                    if (v instanceof Long || v instanceof Double || v instanceof java.math.BigInteger) {
                        return v;
                    }
                    if (v instanceof Boolean b) {
                        return b ? 1L : 0L;
                    }
                    return dunder(v, "__pos__", "+");
                default:
                    if (v instanceof Long l) {
                        return ~l;
                    }
                    if (v instanceof Boolean b) {
                        return b ? -2L : -1L;
                    }
                    if (v instanceof java.math.BigInteger b) {
                        return Ops.normalize(b.not());
                    }
                    return dunder(v, "__invert__", "~");
            }
        }

        @Override
        boolean evalBool(PyFrame f) {
            if (op.equals("not")) {
                return !operand.evalBool(f);
            }
            return super.evalBool(f);
        }

        private static Object dunder(Object v, String name, String sym) {
            Object m = Ops.typeOf(v).lookup(name);
            if (m == null) {
                throw Err.type("bad operand type for unary " + sym + ": '" + Ops.typeName(v) + "'");
            }
            return Ops.call(PyThread.current(), m, new Object[] {v}, null);
        }
    }

    public static final class And extends Expr {
        Expr left;
        Expr right;
        public And(Expr left, Expr right) { this.left = left; this.right = right; }
        @Override Object eval(PyFrame f) {
            Object a = left.eval(f);
            return Ops.truthy(a) ? right.eval(f) : a;
        }
        @Override boolean evalBool(PyFrame f) { return left.evalBool(f) && right.evalBool(f); }
    }

    public static final class Or extends Expr {
        Expr left;
        Expr right;
        public Or(Expr left, Expr right) { this.left = left; this.right = right; }
        @Override Object eval(PyFrame f) {
            Object a = left.eval(f);
            return Ops.truthy(a) ? a : right.eval(f);
        }
        @Override boolean evalBool(PyFrame f) { return left.evalBool(f) || right.evalBool(f); }
    }

    /** One comparison {@code a OP b}; chains are nested {@link CompareChain}s. */
    public static final class Cmp extends Expr {
        final String op;
        Expr left;
        Expr right;
        final Compare cmp;
        final Op code;
        /** For two ints: 0-5 for {@code == != < <= > >=} (the order of {@link Op}), -1 for the others. */
        final int longOp;

        /** The comparison operators: the six rich comparisons, identity and membership. */
        enum Op {
            EQ, NE, LT, LE, GT, GE, IS, IS_NOT, IN, NOT_IN;

            static Op of(String symbol) {
                return switch (symbol) {
                    case "==" -> EQ;
                    case "!=" -> NE;
                    case "<" -> LT;
                    case "<=" -> LE;
                    case ">" -> GT;
                    case ">=" -> GE;
                    case "is" -> IS;
                    case "is not" -> IS_NOT;
                    case "in" -> IN;
                    default -> NOT_IN;
                };
            }
        }

        public Cmp(String op, Expr left, Expr right) {
            this.op = op;
            this.left = left;
            this.right = right;
            this.code = Op.of(op);
            this.longOp = code.ordinal() <= Op.GE.ordinal() ? code.ordinal() : -1;
            this.cmp = switch (op) {
                case "==" -> Compare.EQ;
                case "!=" -> Compare.NE;
                case "<" -> Compare.LT;
                case "<=" -> Compare.LE;
                case ">" -> Compare.GT;
                case ">=" -> Compare.GE;
                default -> null;
            };
        }

        @Override Object eval(PyFrame f) { return evalBool(f); }

        @Override
        boolean evalBool(PyFrame f) {
            return test(left.eval(f), right.eval(f));
        }

        /**
         * Small enough (about 40 bytes) to inline into the loop or branch that asks: a {@code while n > 0}
         * loop compiles it into its own code. The whole test was 392 bytes, over the JIT's inlining size,
         * so each loop called it. When one thread's loop ended and C2 threw that code away (an unstable
         * branch), some runs had other threads spend the rest of their loop at 2-4x their CPU, in the
         * bytecode interpreter and its adapters: the likeliest reading of the 2 s four-thread countdown's
         * slow runs (issue 17), with or without the agent.
         */
        boolean test(Object a, Object b) {
            if (a instanceof Long x && b instanceof Long y && longOp >= 0) {
                return compareLongs(longOp, x, y);
            }
            return testObjects(a, b);
        }

        /** {@code op} is {@link #longOp}: a switch on an int, not on the enum (its ordinal and switch map loads). */
        private static boolean compareLongs(int op, long p, long q) {
            switch (op) {
                case 0: return p == q;
                case 1: return p != q;
                case 2: return p < q;
                case 3: return p <= q;
                case 4: return p > q;
                default: return p >= q;
            }
        }

        private boolean testObjects(Object a, Object b) {
            switch (code) {
                case IS: return a == b || (a instanceof Boolean && a.equals(b)) || isSameSmall(a, b);
                case IS_NOT: return !(a == b || (a instanceof Boolean && a.equals(b)) || isSameSmall(a, b));
                case IN: return Ops.contains(b, a);
                case NOT_IN: return !Ops.contains(b, a);
                case EQ: return Ops.eq(a, b);
                case NE: return a instanceof String x && b instanceof String y ? !x.equals(y) : cmp.test(a, b);
                default: return cmp.test(a, b);
            }
        }

        private static boolean isSameSmall(Object a, Object b) {
            return (a instanceof Long x && b instanceof Long y && x.longValue() == y.longValue() && x >= -5 && x <= 256)
                || (a instanceof String p && b instanceof String q && p.equals(q) && p.length() <= 1);
        }
    }

    public static final class CompareChain extends Expr {
        final Expr[] operands;
        final Cmp[] ops;
        public CompareChain(Expr[] operands, Cmp[] ops) { this.operands = operands; this.ops = ops; }
        @Override Object eval(PyFrame f) { return evalBool(f); }
        @Override boolean evalBool(PyFrame f) {
            Object a = operands[0].eval(f);
            for (int i = 0; i < ops.length; i++) {
                Object b = operands[i + 1].eval(f);
                if (!ops[i].test(a, b)) {
                    return false;
                }
                a = b;
            }
            return true;
        }
    }

    public static final class IfExp extends Expr {
        Expr cond;
        Expr then;
        Expr orelse;
        public IfExp(Expr cond, Expr then, Expr orelse) { this.cond = cond; this.then = then; this.orelse = orelse; }
        @Override Object eval(PyFrame f) { return cond.evalBool(f) ? then.eval(f) : orelse.eval(f); }
    }

    public static final class NamedExpr extends Expr {
        final Target target;
        public Expr value;
        public NamedExpr(Target target, Expr value) { this.target = target; this.value = value; }
        @Override Object eval(PyFrame f) {
            Object v = value.eval(f);
            target.assign(f, v);
            return v;
        }
    }

    // ---------------------------------------------------------------- attributes and items

    public static final class Attribute extends Expr implements Target {
        Expr obj;
        public final String name;
        /** The last instance shape read or written here (an inline cache: see runtime.Shape). */
        private final AttrSite getSite = new AttrSite();
        private final AttrSite setSite = new AttrSite();
        /** {@code type(obj).lookup(name)} for the type met last, by its version (a property, a method, a class constant). */
        private final MethodCache.Site classSite = new MethodCache.Site();
        /** The module met last and its cell for the name ({@code math.pi}). */
        private final ModuleSite modules = new ModuleSite();
        // interned: shapes intern their names, so a lookup that misses the cache compares references
        public Attribute(Expr obj, String name) { this.obj = obj; this.name = name.intern(); }

        @Override
        Object eval(PyFrame f) {
            return get(f.t, local(obj, f));
        }

        /** {@code o.name}, as {@code getattr} gives it, through this site's caches. */
        Object get(PyThread t, Object o) {
            if (o instanceof PyModule m) {
                Object v = modules.read(m, name);
                if (v != null) {
                    return v;
                }
            } else if (o instanceof PyInstance inst && !inst.cls.hasGetattribute) {
                if (!inst.cls.hasProperties) {
                    Object v = inst.getCached(name, getSite);
                    if (v != null) {
                        return v;
                    }
                }
                Object v = instanceRead(t, inst);
                if (v != null) {
                    return v;
                }
            }
            Object v = Ops.getattrOrNull(o, name);
            if (v == null) {
                throw Ops.attrError(o, name);
            }
            return v;
        }

        /** Attr's instance read in its order (data descriptor, instance, class), from the caches; null: the generic path. */
        private Object instanceRead(PyThread t, PyInstance inst) {
            PyType cls = inst.cls;
            Object tv = classSite.lookup(cls, name);
            if (tv != null && (Attr.isDataDescriptor(tv) || cls.slotsBesideDict && InstanceReads.isSlotMember(tv))) {
                return InstanceReads.property(t, inst, tv);
            }
            Object v = inst.getCached(name, getSite);
            if (v != null || tv == null) {
                return v;
            }
            return InstanceReads.classSide(inst, tv);
        }

        @Override
        public void assign(PyFrame f, Object v) {
            set(obj.eval(f), v);
        }

        /** {@code o.name = v}, as {@code setattr} does it, through this site's caches. */
        void set(Object o, Object v) {
            if (o instanceof PyInstance inst && !inst.cls.hasSetattr && !(o instanceof PyBaseException) && name != "__class__" && name != "__dict__") {
                if (!inst.cls.hasProperties || !inst.cls.slotsBesideDict && !Attr.isDataDescriptor(classSite.lookup(inst.cls, name))) {
                    inst.putCached(name, v, setSite);
                    return;
                }
            }
            Ops.setattr(o, name, v);
        }

        @Override
        public void delete(PyFrame f) {
            Attr.delete(obj.eval(f), name);
        }
    }

    /**
     * {@code e}'s value, a local variable's read inline: the receiver of {@code self.x}, {@code d[k]}
     * is most often one, and the child's virtual {@code eval} is a megamorphic call C2 cannot inline.
     */
    static Object local(Expr e, PyFrame f) {
        if (e instanceof Name n && n.kind == SlotKind.LOCAL) {
            Object v = f.slots[n.slot];
            if (v != null) {
                return v;
            }
        }
        return e.eval(f);
    }

    public static final class Subscript extends Expr implements Target {
        Expr obj;
        Expr index;
        public Subscript(Expr obj, Expr index) { this.obj = obj; this.index = index; }
        @Override Object eval(PyFrame f) {
            Object o = local(obj, f);
            Object k = local(index, f);
            if (o.getClass() == PyDict.class) { // an exact dict (subclasses are other classes): no type checks
                Object v = ((PyDict) o).get(k);
                if (v != null) {
                    return v;
                }
            }
            return Ops.getitem(o, k);
        }
        @Override public void assign(PyFrame f, Object v) {
            Object o = obj.eval(f);
            Ops.setitem(o, index.eval(f), v);
        }
        @Override public void delete(PyFrame f) {
            Object o = obj.eval(f);
            Seq.delitem(o, index.eval(f));
        }
    }

    public static final class Slice extends Expr {
        Expr lo;
        Expr hi;
        Expr step;
        public Slice(Expr lo, Expr hi, Expr step) { this.lo = lo; this.hi = hi; this.step = step; }
        @Override Object eval(PyFrame f) {
            return new PySlice(lo == null ? PyNone.NONE : lo.eval(f), hi == null ? PyNone.NONE : hi.eval(f),
                step == null ? PyNone.NONE : step.eval(f));
        }
    }

    // ---------------------------------------------------------------- displays

    /** {@code *x} inside a display, call or assignment target. */
    public static final class Starred extends Expr implements Target {
        public Expr value;
        public Starred(Expr value) { this.value = value; }
        @Override Object eval(PyFrame f) { throw Err.make(Types.SyntaxErrorType, "can't use starred expression here"); }
        @Override public void assign(PyFrame f, Object v) { ((Target) value).assign(f, v); }
        @Override public void delete(PyFrame f) { throw Err.type("cannot delete starred"); }
    }

    static Object[] evalItems(PyFrame f, Expr[] items) {
        boolean star = false;
        for (Expr e : items) {
            if (e instanceof Starred) {
                star = true;
                break;
            }
        }
        if (!star) {
            Object[] out = new Object[items.length];
            for (int i = 0; i < items.length; i++) {
                out[i] = items[i].eval(f);
            }
            return out;
        }
        ArrayList<Object> out = new ArrayList<>();
        for (Expr e : items) {
            if (e instanceof Starred s) {
                out.addAll(Arrays.asList(Ops.toArray(s.value.eval(f))));
            } else {
                out.add(e.eval(f));
            }
        }
        return out.toArray();
    }

    public static final class ListDisplay extends Expr implements Target {
        public final Expr[] items;
        public ListDisplay(Expr[] items) { this.items = items; }
        @Override Object eval(PyFrame f) { return new PyList(evalItems(f, items)); }
        @Override public void assign(PyFrame f, Object v) { Unpack.assign(f, items, v); }
        @Override public void delete(PyFrame f) {
            for (Expr e : items) {
                ((Target) e).delete(f);
            }
        }
    }

    public static final class TupleDisplay extends Expr implements Target {
        public final Expr[] items;
        public TupleDisplay(Expr[] items) { this.items = items; }
        @Override Object eval(PyFrame f) {
            if (items.length == 0) {
                return PyTuple.EMPTY;
            }
            return new PyTuple(evalItems(f, items));
        }
        @Override public void assign(PyFrame f, Object v) { Unpack.assign(f, items, v); }
        @Override public void delete(PyFrame f) {
            for (Expr e : items) {
                ((Target) e).delete(f);
            }
        }
    }

    public static final class SetDisplay extends Expr {
        public final Expr[] items;
        public SetDisplay(Expr[] items) { this.items = items; }
        @Override Object eval(PyFrame f) {
            PySet s = new PySet(false);
            for (Object o : evalItems(f, items)) {
                s.add(o);
            }
            return s;
        }
    }

    /** {@code {k: v, **other}}; a null key marks a {@code **} entry. */
    public static final class DictDisplay extends Expr {
        final Expr[] keys;
        final Expr[] values;
        public DictDisplay(Expr[] keys, Expr[] values) { this.keys = keys; this.values = values; }
        @Override Object eval(PyFrame f) {
            PyDict d = new PyDict(keys.length);
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] == null) {
                    Object other = values[i].eval(f);
                    PyDict.updateDict(d, other);
                } else {
                    Object k = keys[i].eval(f);
                    d.put(k, values[i].eval(f));
                }
            }
            return d;
        }
    }

    /** An f-string: literal parts and formatted fields, joined. */
    public static final class FString extends Expr {
        final Object[] parts; // String or Field
        public FString(Object[] parts) { this.parts = parts; }

        public record Field(Expr value, char conversion, Expr spec, String debugText) {}

        @Override
        Object eval(PyFrame f) {
            StringBuilder sb = new StringBuilder();
            for (Object p : parts) {
                if (p instanceof String s) {
                    sb.append(s);
                    continue;
                }
                Field fl = (Field) p;
                Object v = fl.value.eval(f);
                if (fl.debugText != null) {
                    sb.append(fl.debugText);
                }
                char conv = fl.conversion;
                if (conv == 0 && fl.debugText != null && fl.spec == null) {
                    conv = 'r';
                }
                if (conv == 'r') {
                    v = StrRepr.repr(v);
                } else if (conv == 's') {
                    v = StrRepr.str(v);
                } else if (conv == 'a') {
                    v = Formatting.ascii(v);
                }
                String spec = fl.spec == null ? "" : StrRepr.str(fl.spec.eval(f));
                sb.append(Formatting.format(v, spec));
            }
            return sb.toString();
        }
    }

    // ---------------------------------------------------------------- calls

    // ---------------------------------------------------------------- functions

}
