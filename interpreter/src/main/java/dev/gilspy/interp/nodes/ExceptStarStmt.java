package dev.gilspy.interp.nodes;

import dev.gilspy.interp.runtime.Completion;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.ExceptionGroups;
import dev.gilspy.interp.runtime.InternalErrors;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBaseException;
import dev.gilspy.interp.runtime.PyBuiltin;
import dev.gilspy.interp.runtime.PyException;
import dev.gilspy.interp.runtime.PyFrame;
import dev.gilspy.interp.runtime.PyList;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * {@code try: ... except* T: ...} (PEP 654), the body, handlers and {@code else}; a {@code finally}
 * wraps this statement in a plain {@link TryStmt}. Each handler takes the part of the exception
 * group that {@code split} gives it; a naked exception is first wrapped in {@code ExceptionGroup("")}.
 * What the handlers raise and what no handler took are then combined as CPython's
 * {@code _PyExc_PrepReraiseStar} does: re-raised parts and the rest go back into the original
 * group's shape, new exceptions go beside it in a new {@code ExceptionGroup("")}.
 * Not resumable: a {@code yield} in an {@code except*} handler is not supported.
 */
public final class ExceptStarStmt extends Stmt {
    final Stmt body;
    final TryStmt.Handler[] handlers;
    final Stmt orelse;

    public ExceptStarStmt(Stmt body, TryStmt.Handler[] handlers, Stmt orelse) {
        this.body = body;
        this.handlers = handlers;
        this.orelse = orelse;
    }

    @Override
    public Completion exec(PyFrame f) {
        Completion c;
        try {
            c = body.exec(f);
        } catch (PyException e) {
            handle(f, e);
            return NORMAL;
        } catch (StackOverflowError so) {
            handle(f, Err.make(Types.RecursionError, "maximum recursion depth exceeded"));
            return NORMAL;
        } catch (RuntimeException re) {
            handle(f, InternalErrors.toPython(re));
            return NORMAL;
        }
        if (c == NORMAL && orelse != null) {
            return orelse.exec(f);
        }
        return c;
    }

    private void handle(PyFrame f, PyException e) {
        e.exc.addTraceback(f);
        PyThread t = f.t;
        PyBaseException orig = e.exc;
        boolean naked = !ExceptionGroups.isGroup(orig);
        PyBaseException rest = naked ? wrap(t, orig) : orig;
        List<PyBaseException> raised = new ArrayList<>();
        List<PyBaseException> reraised = new ArrayList<>();
        for (TryStmt.Handler h : handlers) {
            if (rest == null) {
                break;
            }
            Object type;
            try {
                type = checkedType(h.type().eval(f));
            } catch (PyException bad) {
                if (bad.exc.context == null) {
                    bad.exc.context = orig;
                }
                throw bad;
            }
            Object[] mr = ExceptionGroups.split(t, rest, type);
            rest = (PyBaseException) mr[1];
            if (mr[0] != null) {
                runHandler(f, h, (PyBaseException) mr[0], raised, reraised);
            }
        }
        if (raised.isEmpty() && reraised.isEmpty()) {
            if (rest == null) {
                return;
            }
            throw naked ? e : new PyException(rest);
        }
        if (naked) {
            // only one handler can have run: what it raised (or re-raised) is the result
            throw new PyException(raised.isEmpty() ? reraised.get(0) : raised.get(0));
        }
        Set<PyBaseException> keep = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PyBaseException r : reraised) {
            leaves(r, keep);
        }
        if (rest != null) {
            leaves(rest, keep);
        }
        Object kept = keep.isEmpty() ? null : ExceptionGroups.split(t, orig, new PyBuiltin("_leaf_in_kept",
            (th, a, k) -> keep.contains(a[0])))[0];
        if (raised.isEmpty()) {
            throw new PyException((PyBaseException) kept);
        }
        List<Object> all = new ArrayList<>(raised);
        if (kept != null) {
            all.add(kept);
        }
        Object group = Ops.call(t, Types.get("BaseExceptionGroup"), new Object[] {"", new PyList(all.toArray())}, null);
        throw new PyException((PyBaseException) group);
    }

    private void runHandler(PyFrame f, TryStmt.Handler h, PyBaseException match, List<PyBaseException> raised,
                            List<PyBaseException> reraised) {
        PyThread t = f.t;
        PyBaseException saved = t.handled;
        t.handled = match;
        if (h.name() != null) {
            h.name().assign(f, match);
        }
        try {
            h.body().exec(f);
        } catch (PyException x) {
            if (x.exc == match) {
                reraised.add(match);
            } else {
                if (x.exc.context == null && x.exc != match) {
                    x.exc.context = match;
                }
                raised.add(x.exc);
            }
        } finally {
            t.handled = saved;
            if (h.name() != null) {
                try {
                    h.name().delete(f);
                } catch (PyException ignored) {
                    // already deleted by the handler
                }
            }
        }
    }

    private static Object checkedType(Object type) {
        PyType group = Types.get("BaseExceptionGroup");
        Object[] types = type instanceof PyTuple tup ? tup.items : new Object[] {type};
        for (Object o : types) {
            if (!(o instanceof PyType pt && pt.isSubtypeOf(Types.BaseException))) {
                throw Err.type("catching classes that do not inherit from BaseException is not allowed");
            }
            if (pt.isSubtypeOf(group)) {
                throw Err.type("catching ExceptionGroup with except* is not allowed. Use except instead.");
            }
        }
        return type;
    }

    /** {@code ExceptionGroup("", [e])} with e's traceback, as CPython wraps a naked exception. */
    private static PyBaseException wrap(PyThread t, PyBaseException e) {
        Object g = Ops.call(t, Types.get("BaseExceptionGroup"), new Object[] {"", PyTuple.of(e)}, null);
        Ops.setattr(g, "__traceback__", Ops.getattr(e, "__traceback__"));
        return (PyBaseException) g;
    }

    private static void leaves(PyBaseException e, Set<PyBaseException> out) {
        if (!ExceptionGroups.isGroup(e)) {
            out.add(e);
            return;
        }
        for (Object o : Ops.toArray(Ops.getattr(e, "exceptions"))) {
            leaves((PyBaseException) o, out);
        }
    }
}
