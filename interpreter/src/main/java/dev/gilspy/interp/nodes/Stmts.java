package dev.gilspy.interp.nodes;

import dev.gilspy.interp.runtime.BinOp;
import dev.gilspy.interp.runtime.Completion;
import dev.gilspy.interp.runtime.Delegation;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBaseException;
import dev.gilspy.interp.runtime.PyDict;
import dev.gilspy.interp.runtime.PyException;
import dev.gilspy.interp.runtime.PyFrame;
import dev.gilspy.interp.runtime.PyGenerator;
import dev.gilspy.interp.runtime.PyList;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyRange;
import dev.gilspy.interp.runtime.PySet;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Statement nodes. Compound statements inside generators are {@link Resumable}: they save
 * which child was running in {@code frame.state} so a resumed generator walks straight back to
 * the yield that suspended it.
 */
public final class Stmts {
    private Stmts() {}

    /** A compound statement's state while its header expression runs: a yield in it may suspend the frame. */
    static final int IN_HEADER = 2;

    public static final class Suite extends Stmt implements Resumable {
        public final Stmt[] body;
        final int stateIdx;
        boolean gen;

        public Suite(Stmt[] body, int stateIdx) {
            this.body = body;
            this.stateIdx = stateIdx;
        }

        @Override public void enableResume() { gen = true; }

        @Override
        public Completion exec(PyFrame f) {
            Stmt[] b = body;
            if (gen) {
                return execGen(f);
            }
            for (Stmt s : b) {
                f.line = s.line;
                Completion c = s.exec(f);
                if (c != NORMAL) {
                    return c;
                }
            }
            return NORMAL;
        }

        private Completion execGen(PyFrame f) {
            Stmt[] b = body;
            int i = f.resuming ? f.state[stateIdx] : 0;
            for (; i < b.length; i++) {
                Stmt s = b[i];
                f.line = s.line;
                f.state[stateIdx] = i;
                Completion c = s.exec(f);
                if (c != NORMAL) {
                    return c;
                }
            }
            return NORMAL;
        }
    }

    public static final class ExprStmt extends Stmt {
        public Expr value;
        public ExprStmt(Expr value) { this.value = value; }
        public @Override Completion exec(PyFrame f) {
            value.eval(f);
            return NORMAL;
        }
    }

    public static final class Assign extends Stmt {
        final Target[] targets;
        public Expr value;
        public Assign(Target[] targets, Expr value) { this.targets = targets; this.value = value; }
        public @Override Completion exec(PyFrame f) {
            Object v = value.eval(f);
            for (Target t : targets) {
                t.assign(f, v);
            }
            return NORMAL;
        }
    }

    /** {@code x = value} for a local slot: the common case, kept tiny for the JIT. */
    public static final class AssignLocal extends Stmt {
        final int slot;
        public Expr value;
        public AssignLocal(int slot, Expr value) { this.slot = slot; this.value = value; }
        public @Override Completion exec(PyFrame f) {
            f.slots[slot] = value.eval(f);
            return NORMAL;
        }
    }

    /** {@code target op= value}; a constant value makes a {@link ConstAugAssign} (see there). */
    public static class AugAssign extends Stmt {
        Expr target;
        final BinOp op;
        public Expr value;
        public AugAssign(Expr target, BinOp op, Expr value) { this.target = target; this.op = op; this.value = value; }
        /** The parser's form: the operator by its symbol ({@code "+"} for {@code +=}). */
        public AugAssign(Expr target, String symbol, Expr value) { this(target, BinOp.fromSymbol(symbol), value); }

        @Override
        public Completion exec(PyFrame f) {
            if (target instanceof Exprs.Name n) {
                if (n.kind == SlotKind.LOCAL) {
                    Object cur = f.slots[n.slot];
                    if (cur == null) {
                        n.eval(f);
                    }
                    f.slots[n.slot] = apply(cur, value.eval(f));
                    return NORMAL;
                }
                n.assign(f, apply(n.eval(f), value.eval(f)));
            } else if (target instanceof Exprs.Attribute a) {
                Object o = Exprs.local(a.obj, f);
                Object cur = a.get(f.t, o); // through the node's caches: self.n += 1
                a.set(o, apply(cur, value.eval(f)));
            } else if (target instanceof Exprs.Subscript s) {
                Object o = s.obj.eval(f);
                Object k = s.index.eval(f);
                Object cur = Ops.getitem(o, k);
                Ops.setitem(o, k, apply(cur, value.eval(f)));
            }
            return NORMAL;
        }

        private Object apply(Object a, Object b) {
            switch (op) {
                case ADD:
                    if (a instanceof Long || a instanceof String || a instanceof Double) {
                        return Ops.add(a, b);
                    }
                    break;
                case SUB:
                    if (a instanceof Long || a instanceof Double) {
                        return Ops.sub(a, b);
                    }
                    break;
                case MUL:
                    if (a instanceof Long || a instanceof Double) {
                        return Ops.mul(a, b);
                    }
                    break;
                default:
                    break;
            }
            return op.applyInPlace(a, b);
        }
    }

    /**
     * {@code n -= 1}: an augmented assignment whose value is a constant, with the same code as
     * {@link AugAssign}'s copied into methods of its own, so that C2 compiles it from a profile of its
     * own. Shared, {@code exec}'s profile came from whichever statement ran hot first: a countdown
     * loop's, which saw only a {@code Const} value, and then {@code threading.Thread.__init__}'s
     * {@code name += f" ({target_name})"} (a {@code JoinedStr}) hit that class check three times as the
     * benchmark created its two threads, made the loop's compiled {@code exec} not entrant and left both
     * workers in the bytecode interpreter until C2 had compiled it again, inside the timed phase.
     */
    public static final class ConstAugAssign extends AugAssign {
        public ConstAugAssign(Expr target, String symbol, Expr value) { super(target, symbol, value); }

        @Override
        public Completion exec(PyFrame f) {
            if (target instanceof Exprs.Name n) {
                if (n.kind == SlotKind.LOCAL) {
                    Object cur = f.slots[n.slot];
                    if (cur == null) {
                        n.eval(f);
                    }
                    f.slots[n.slot] = apply(cur, value.eval(f));
                    return NORMAL;
                }
                n.assign(f, apply(n.eval(f), value.eval(f)));
            } else if (target instanceof Exprs.Attribute a) {
                Object o = Exprs.local(a.obj, f);
                Object cur = a.get(f.t, o);
                a.set(o, apply(cur, value.eval(f)));
            } else if (target instanceof Exprs.Subscript s) {
                Object o = s.obj.eval(f);
                Object k = s.index.eval(f);
                Object cur = Ops.getitem(o, k);
                Ops.setitem(o, k, apply(cur, value.eval(f)));
            }
            return NORMAL;
        }

        private Object apply(Object a, Object b) {
            switch (op) {
                case ADD:
                    if (a instanceof Long || a instanceof String || a instanceof Double) {
                        return Ops.add(a, b);
                    }
                    break;
                case SUB:
                    if (a instanceof Long || a instanceof Double) {
                        return Ops.sub(a, b);
                    }
                    break;
                case MUL:
                    if (a instanceof Long || a instanceof Double) {
                        return Ops.mul(a, b);
                    }
                    break;
                default:
                    break;
            }
            return op.applyInPlace(a, b);
        }
    }

    public static final class Return extends Stmt {
        public Expr value;
        public Return(Expr value) { this.value = value; }
        public @Override Completion exec(PyFrame f) {
            f.retval = value == null ? PyNone.NONE : value.eval(f);
            return RETURN;
        }
    }

    public static final class Pass extends Stmt {
        public @Override Completion exec(PyFrame f) { return NORMAL; }
    }

    public static final class Break extends Stmt {
        public @Override Completion exec(PyFrame f) { return BREAK; }
    }

    public static final class Continue extends Stmt {
        public @Override Completion exec(PyFrame f) { return CONTINUE; }
    }

    public static final class If extends Stmt implements Resumable {
        Expr cond;
        final Stmt then;
        final Stmt orelse;
        final int stateIdx;
        boolean gen;

        public If(Expr cond, Stmt then, Stmt orelse, int stateIdx) {
            this.cond = cond;
            this.then = then;
            this.orelse = orelse;
            this.stateIdx = stateIdx;
        }

        @Override public void enableResume() { gen = true; }

        @Override
        public Completion exec(PyFrame f) {
            if (gen) {
                boolean takeThen;
                if (f.resuming && f.state[stateIdx] != IN_HEADER) {
                    takeThen = f.state[stateIdx] == 0;
                } else {
                    f.state[stateIdx] = IN_HEADER;
                    takeThen = cond.evalBool(f);
                    f.state[stateIdx] = takeThen ? 0 : 1;
                }
                return takeThen ? then.exec(f) : orelse == null ? NORMAL : orelse.exec(f);
            }
            if (cond.evalBool(f)) {
                return then.exec(f);
            }
            return orelse == null ? NORMAL : orelse.exec(f);
        }
    }

    public static final class While extends Stmt implements Resumable {
        Expr cond;
        public final Stmt body;
        final Stmt orelse;
        final int stateIdx;
        boolean gen;

        public While(Expr cond, Stmt body, Stmt orelse, int stateIdx) {
            this.cond = cond;
            this.body = body;
            this.orelse = orelse;
            this.stateIdx = stateIdx;
        }

        @Override public void enableResume() { gen = true; }

        @Override
        public Completion exec(PyFrame f) {
            if (gen) {
                return execGen(f);
            }
            PyThread t = f.t;
            while (cond.evalBool(f)) {
                Completion c = body.exec(f);
                if (c != NORMAL) {
                    if (c == BREAK) {
                        return NORMAL;
                    }
                    if (c != CONTINUE) {
                        return c;
                    }
                }
                if (t.ts.evalBreaker != 0) {
                    t.checkBreaker();
                }
            }
            return orelse == null ? NORMAL : orelse.exec(f);
        }

        private Completion execGen(PyFrame f) {
            boolean resume = f.resuming;
            if (resume && f.state[stateIdx] == 1) {
                return orelse.exec(f);
            }
            if (resume && f.state[stateIdx] == IN_HEADER) {
                resume = false;
            }
            while (resume || header(f)) {
                resume = false;
                Completion c = body.exec(f);
                if (c != NORMAL) {
                    if (c == BREAK) {
                        return NORMAL;
                    }
                    if (c != CONTINUE) {
                        return c;
                    }
                }
                f.t.checkBreaker();
            }
            if (orelse == null) {
                return NORMAL;
            }
            f.state[stateIdx] = 1;
            return orelse.exec(f);
        }

        private boolean header(PyFrame f) {
            f.state[stateIdx] = IN_HEADER;
            boolean go = cond.evalBool(f);
            f.state[stateIdx] = 0;
            return go;
        }
    }

    public static final class For extends Stmt implements Resumable {
        final Target target;
        Expr iter;
        public final Stmt body;
        final Stmt orelse;
        final int iterSlot;
        final int stateIdx;
        boolean gen;
        /** Slot of a plain local loop variable, for the {@code range} fast path; -1 otherwise. */
        int localSlot = -1;

        public For(Target target, Expr iter, Stmt body, Stmt orelse, int iterSlot, int stateIdx) {
            this.target = target;
            this.iter = iter;
            this.body = body;
            this.orelse = orelse;
            this.iterSlot = iterSlot;
            this.stateIdx = stateIdx;
        }

        @Override public void enableResume() { gen = true; }

        @Override
        public Completion exec(PyFrame f) {
            if (gen) {
                return execGen(f);
            }
            Object src = iter.eval(f);
            PyThread t = f.t;
            if (src instanceof PyRange r && localSlot < 0 && target instanceof Exprs.Name n && n.kind == SlotKind.LOCAL) {
                localSlot = n.slot;
            }
            if (src instanceof PyRange r && localSlot >= 0 && r.step > 0) {
                Object[] slots = f.slots;
                int ls = localSlot;
                long stop = r.stop;
                long step = r.step;
                for (long i = r.start; i < stop; i += step) {
                    slots[ls] = i;
                    Completion c = body.exec(f);
                    if (c != NORMAL) {
                        if (c == BREAK) {
                            return NORMAL;
                        }
                        if (c != CONTINUE) {
                            return c;
                        }
                    }
                    if (t.ts.evalBreaker != 0) {
                        t.checkBreaker();
                    }
                }
                return orelse == null ? NORMAL : orelse.exec(f);
            }
            Object it = Ops.iter(src);
            Object v;
            while ((v = Ops.next(t, it)) != null) {
                target.assign(f, v);
                Completion c = body.exec(f);
                if (c != NORMAL) {
                    if (c == BREAK) {
                        return NORMAL;
                    }
                    if (c != CONTINUE) {
                        return c;
                    }
                }
                if (t.ts.evalBreaker != 0) {
                    t.checkBreaker();
                }
            }
            return orelse == null ? NORMAL : orelse.exec(f);
        }

        private Completion execGen(PyFrame f) {
            boolean resume = f.resuming;
            if (resume && f.state[stateIdx] == 1) {
                return orelse.exec(f);
            }
            Object it;
            if (resume && f.state[stateIdx] != IN_HEADER) {
                it = f.slots[iterSlot];
            } else {
                f.state[stateIdx] = IN_HEADER;
                it = Ops.iter(iter.eval(f));
                f.slots[iterSlot] = it;
                f.state[stateIdx] = 0;
                resume = false;
            }
            PyThread t = f.t;
            while (true) {
                if (!resume) {
                    Object v = Ops.next(t, it);
                    if (v == null) {
                        break;
                    }
                    target.assign(f, v);
                }
                resume = false;
                Completion c = body.exec(f);
                if (c != NORMAL) {
                    if (c == BREAK) {
                        f.slots[iterSlot] = null;
                        return NORMAL;
                    }
                    if (c != CONTINUE) {
                        return c;
                    }
                }
                if (t.ts.evalBreaker != 0) {
                    t.checkBreaker();
                }
            }
            f.slots[iterSlot] = null;
            if (orelse == null) {
                return NORMAL;
            }
            f.state[stateIdx] = 1;
            return orelse.exec(f);
        }
    }

    public static final class Raise extends Stmt {
        Expr exc;
        Expr cause;
        public Raise(Expr exc, Expr cause) { this.exc = exc; this.cause = cause; }

        @Override
        public Completion exec(PyFrame f) {
            if (exc == null) {
                PyBaseException h = f.t.handled;
                if (h == null) {
                    throw Err.runtime("No active exception to reraise");
                }
                throw new PyException(h);
            }
            PyBaseException e = toException(f.t, exc.eval(f));
            if (cause != null) {
                Object c = cause.eval(f);
                e.cause = c == PyNone.NONE ? null : toException(f.t, c);
                e.suppressContext = true;
            }
            PyBaseException h = f.t.handled;
            if (h != null && h != e) {
                e.chainContext(h);
            }
            throw new PyException(e);
        }

        static PyBaseException toException(PyThread t, Object v) {
            if (v instanceof PyBaseException e) {
                return e;
            }
            if (v instanceof PyType type && type.isSubtypeOf(Types.BaseException)) {
                Object o = Ops.call(t, type, new Object[0], null);
                if (o instanceof PyBaseException e) {
                    return e;
                }
            }
            throw Err.type("exceptions must derive from BaseException");
        }
    }

    public static final class Assert extends Stmt {
        Expr test;
        Expr msg;
        public Assert(Expr test, Expr msg) { this.test = test; this.msg = msg; }
        public @Override Completion exec(PyFrame f) {
            if (!test.evalBool(f)) {
                if (msg == null) {
                    throw Err.make(Types.AssertionError, new Object[0]);
                }
                throw Err.make(Types.AssertionError, new Object[] {msg.eval(f)});
            }
            return NORMAL;
        }
    }

    public static final class Del extends Stmt {
        final Target[] targets;
        public Del(Target[] targets) { this.targets = targets; }
        public @Override Completion exec(PyFrame f) {
            for (Target t : targets) {
                t.delete(f);
            }
            return NORMAL;
        }
    }

    /** {@code yield v} / {@code x = yield v} at statement level: suspends, then delivers the sent value. */
    public static final class Yield extends Stmt {
        public Expr value;
        final Target target;
        public Yield(Expr value, Target target) { this.value = value; this.target = target; }

        @Override
        public Completion exec(PyFrame f) {
            if (f.resuming) {
                f.resuming = false;
                PyException thrown = f.thrown;
                if (thrown != null) {
                    f.thrown = null;
                    throw YieldExprs.withContext(f, thrown);
                }
                if (target != null) {
                    target.assign(f, f.sent);
                }
                f.sent = null;
                return NORMAL;
            }
            f.yielded = value == null ? PyNone.NONE : value.eval(f);
            return YIELD;
        }
    }

    /** {@code yield from it} / {@code x = yield from it}. */
    public static final class YieldFrom extends Stmt {
        Expr iterable;
        final Target target;
        final int iterSlot;
        public YieldFrom(Expr iterable, Target target, int iterSlot) {
            this.iterable = iterable;
            this.target = target;
            this.iterSlot = iterSlot;
        }

        @Override
        public Completion exec(PyFrame f) {
            Object it;
            PyThread t = f.t;
            Object r;
            try {
                if (f.resuming) {
                    f.resuming = false;
                    it = f.slots[iterSlot];
                    PyException thrown = f.thrown;
                    f.thrown = null;
                    Object sent = f.sent;
                    f.sent = null;
                    r = Delegation.resumeStep(f, it, sent, thrown);
                } else {
                    Object src = iterable.eval(f);
                    it = YieldExprs.YieldFrom.iterFor(f, src);
                    f.slots[iterSlot] = it;
                    r = Delegation.step(t, it, PyNone.NONE, null);
                }
            } catch (PyException e) {
                f.slots[iterSlot] = null;
                f.delegate = null;
                throw e;
            }
            if (!(r instanceof Delegation.Done d)) {
                f.yielded = r;
                f.delegate = it;
                return YIELD;
            }
            f.slots[iterSlot] = null;
            f.delegate = null;
            if (target != null) {
                target.assign(f, d.value);
            }
            return NORMAL;
        }
    }

    /** Appends/adds/puts one element into the result of an inlined comprehension. */
    public static final class CompAppend extends Stmt {
        final int resultSlot;
        public Expr value;
        Expr key;
        public CompAppend(int resultSlot, Expr key, Expr value) {
            this.resultSlot = resultSlot;
            this.key = key;
            this.value = value;
        }
        public @Override Completion exec(PyFrame f) {
            Object r = f.slots[resultSlot];
            if (r instanceof PyList l) {
                l.append(value.eval(f));
            } else if (r instanceof PySet s) {
                s.add(value.eval(f));
            } else {
                Object k = key.eval(f);
                ((PyDict) r).put(k, value.eval(f));
            }
            return NORMAL;
        }
    }

}
