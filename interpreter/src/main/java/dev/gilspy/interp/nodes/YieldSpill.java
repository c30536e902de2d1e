package dev.gilspy.interp.nodes;

import java.util.function.IntSupplier;

/**
 * The compile-time pass that makes a statement with a {@code yield} or {@code await} inside an
 * expression resumable: every operand of every node that contains one is wrapped in a
 * {@link YieldExprs.Memo} (a frame slot each), so that when the statement is replayed after the
 * suspension nothing evaluated before the yield is evaluated twice. See {@link YieldExprs} for the
 * run-time half. The parser calls {@link #prepare} once per statement, for the expressions that
 * statement evaluates itself (a compound statement's header, not its body).
 *
 * <p>Known departures from CPython: a chained comparison repeats the comparisons before the
 * operand that suspended, and an augmented assignment re-reads its target's current value.
 */
public final class YieldSpill {
    private final IntSupplier newSlot;

    private YieldSpill(IntSupplier newSlot) {
        this.newSlot = newSlot;
    }

    /**
     * Prepares the expressions {@code s} evaluates itself; {@code newSlot} allocates frame slots.
     * Returns whether one of them may suspend the frame: the statement then goes inside
     * {@link #suspending}.
     */
    public static boolean prepare(Stmt s, IntSupplier newSlot) {
        YieldSpill spill = new YieldSpill(newSlot);
        spill.stmt(s);
        return spill.found;
    }

    /** {@code s}, taking the suspensions of its own expressions (see {@link YieldExprs.Suspending}). */
    public static Stmt suspending(Stmt s) {
        YieldExprs.Suspending w = new YieldExprs.Suspending(s);
        w.line = s.line;
        return w;
    }

    /** Whether the statement evaluates a yield or await itself. */
    private boolean found;

    private void stmt(Stmt s) {
        if (s instanceof Stmts.ExprStmt e) {
            expr(e.value);
        } else if (s instanceof Stmts.Assign a) {
            expr(a.value);
            for (Target t : a.targets) {
                if (t instanceof Expr te) {
                    expr(te);
                }
            }
        } else if (s instanceof Stmts.AssignLocal a) {
            expr(a.value);
        } else if (s instanceof Stmts.AugAssign a) {
            if (expr(a.value)) {
                if (a.target instanceof Exprs.Attribute at) {
                    expr(at.obj);
                    at.obj = memo(at.obj);
                } else if (a.target instanceof Exprs.Subscript sub) {
                    any(sub.obj, sub.index);
                    sub.obj = memo(sub.obj);
                    sub.index = memo(sub.index);
                }
            }
        } else if (s instanceof Stmts.Return r) {
            expr(r.value);
        } else if (s instanceof Stmts.Raise r) {
            if (any(r.exc, r.cause)) {
                r.exc = memo(r.exc);
                r.cause = memo(r.cause);
            }
        } else if (s instanceof Stmts.Assert a) {
            if (any(a.test, a.msg)) {
                a.test = memo(a.test);
            }
        } else if (s instanceof Stmts.If i) {
            expr(i.cond);
            if (i.orelse instanceof Stmts.If elif) {
                stmt(elif);
            }
        } else if (s instanceof Stmts.While w) {
            expr(w.cond);
        } else if (s instanceof Stmts.For fo) {
            expr(fo.iter);
        } else if (s instanceof WithStmt w) {
            expr(w.manager);
        } else if (s instanceof AsyncStmts.AsyncWith w) {
            expr(w.manager);
        } else if (s instanceof AsyncStmts.AsyncFor fo) {
            expr(fo.iter);
        } else if (s instanceof Stmts.Del d) {
            for (Target t : d.targets) {
                if (t instanceof Expr te) {
                    expr(te);
                }
            }
        }
    }

    private Expr memo(Expr e) {
        if (e == null || e instanceof Exprs.Const || e instanceof YieldExprs.Memo) {
            return e;
        }
        if (e instanceof Exprs.Starred s) {
            s.value = memo(s.value);
            return s;
        }
        return new YieldExprs.Memo(e, newSlot.getAsInt());
    }

    private void memoAll(Expr[] a) {
        for (int i = 0; i < a.length; i++) {
            a[i] = memo(a[i]);
        }
    }

    private boolean any(Expr... es) {
        boolean r = false;
        for (Expr e : es) {
            if (e != null && expr(e)) {
                r = true;
            }
        }
        return r;
    }

    private boolean anyOf(Expr[] es) {
        return es != null && any(es);
    }

    /** Prepares {@code e}; returns whether it contains a yield or await. */
    private boolean expr(Expr e) {
        boolean r = exprInner(e);
        found |= r;
        return r;
    }

    private boolean exprInner(Expr e) {
        if (e == null) {
            return false;
        }
        if (e instanceof YieldExprs.Yield y) {
            if (expr(y.value)) {
                y.value = memo(y.value);
            }
            return true;
        }
        if (e instanceof YieldExprs.YieldFrom y) {
            if (expr(y.source)) {
                y.source = memo(y.source);
            }
            return true;
        }
        if (e instanceof Exprs.Binary b) {
            if (any(b.left, b.right)) {
                b.left = memo(b.left);
                b.right = memo(b.right);
                return true;
            }
            return false;
        }
        if (e instanceof Exprs.Unary u) {
            if (expr(u.operand)) {
                u.operand = memo(u.operand);
                return true;
            }
            return false;
        }
        if (e instanceof Exprs.And a) {
            if (any(a.left, a.right)) {
                a.left = memo(a.left);
                a.right = memo(a.right);
                return true;
            }
            return false;
        }
        if (e instanceof Exprs.Or o) {
            if (any(o.left, o.right)) {
                o.left = memo(o.left);
                o.right = memo(o.right);
                return true;
            }
            return false;
        }
        if (e instanceof Exprs.Cmp c) {
            if (any(c.left, c.right)) {
                c.left = memo(c.left);
                c.right = memo(c.right);
                return true;
            }
            return false;
        }
        if (e instanceof Exprs.CompareChain c) {
            if (anyOf(c.operands)) {
                memoAll(c.operands);
                return true;
            }
            return false;
        }
        if (e instanceof Exprs.IfExp i) {
            if (any(i.cond, i.then, i.orelse)) {
                i.cond = memo(i.cond);
                i.then = memo(i.then);
                i.orelse = memo(i.orelse);
                return true;
            }
            return false;
        }
        if (e instanceof Exprs.NamedExpr n) {
            if (expr(n.value)) {
                n.value = memo(n.value);
                return true;
            }
            return false;
        }
        if (e instanceof Exprs.Attribute a) {
            if (expr(a.obj)) {
                a.obj = memo(a.obj);
                return true;
            }
            return false;
        }
        if (e instanceof Exprs.Subscript s) {
            if (any(s.obj, s.index)) {
                s.obj = memo(s.obj);
                s.index = memo(s.index);
                return true;
            }
            return false;
        }
        if (e instanceof Exprs.Slice s) {
            if (any(s.lo, s.hi, s.step)) {
                s.lo = memo(s.lo);
                s.hi = memo(s.hi);
                s.step = memo(s.step);
                return true;
            }
            return false;
        }
        if (e instanceof Exprs.Starred s) {
            return expr(s.value);
        }
        if (e instanceof Exprs.ListDisplay d) {
            return items(d.items);
        }
        if (e instanceof Exprs.TupleDisplay d) {
            return items(d.items);
        }
        if (e instanceof Exprs.SetDisplay d) {
            return items(d.items);
        }
        if (e instanceof Exprs.DictDisplay d) {
            if (anyOf(d.keys) | anyOf(d.values)) {
                memoAll(d.keys);
                memoAll(d.values);
                return true;
            }
            return false;
        }
        if (e instanceof Exprs.FString fs) {
            return fstring(fs);
        }
        if (e instanceof Calls.Call c) {
            return call(c);
        }
        if (e instanceof Calls.CallMethod c) {
            boolean r = expr(c.obj) | anyOf(c.args) | anyOf(c.kwvalues)
                | any(c.fallbackShape.starArgs, c.fallbackShape.starKwargs);
            if (r) {
                c.obj = memo(c.obj);
                memoAll(c.args);
                memoAll(c.kwvalues);
                c.fallbackShape.starArgs = memo(c.fallbackShape.starArgs);
                c.fallbackShape.starKwargs = memo(c.fallbackShape.starKwargs);
            }
            return r;
        }
        if (e instanceof Functions.MakeFunction m) {
            if (anyOf(m.defaults) | anyOf(m.kwdefaultValues)) {
                memoAll(m.defaults);
                memoAll(m.kwdefaultValues);
                return true;
            }
            return false;
        }
        if (e instanceof Functions.GenExp g) {
            if (expr(g.firstIter)) {
                g.firstIter = memo(g.firstIter);
                return true;
            }
            return false;
        }
        if (e instanceof Functions.Comprehension c) {
            return c.suspends;
        }
        return false;
    }

    private boolean items(Expr[] items) {
        if (anyOf(items)) {
            memoAll(items);
            return true;
        }
        return false;
    }

    private boolean call(Calls.Call c) {
        boolean r = expr(c.func) | anyOf(c.args) | anyOf(c.kwvalues) | any(c.starArgs, c.starKwargs);
        if (r) {
            c.func = memo(c.func);
            memoAll(c.args);
            memoAll(c.kwvalues);
            c.starArgs = memo(c.starArgs);
            c.starKwargs = memo(c.starKwargs);
        }
        return r;
    }

    private boolean fstring(Exprs.FString fs) {
        boolean r = false;
        for (Object p : fs.parts) {
            if (p instanceof Exprs.FString.Field fl && (expr(fl.value()) | expr(fl.spec()))) {
                r = true;
            }
        }
        if (r) {
            for (int i = 0; i < fs.parts.length; i++) {
                if (fs.parts[i] instanceof Exprs.FString.Field fl) {
                    fs.parts[i] = new Exprs.FString.Field(memo(fl.value()), fl.conversion(), memo(fl.spec()), fl.debugText());
                }
            }
        }
        return r;
    }
}
