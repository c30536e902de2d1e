package dev.gilspy.interp.nodes;

import dev.gilspy.interp.runtime.Code;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyCell;
import dev.gilspy.interp.runtime.PyDict;
import dev.gilspy.interp.runtime.PyException;
import dev.gilspy.interp.runtime.PyFrame;
import dev.gilspy.interp.runtime.PyFunction;
import dev.gilspy.interp.runtime.PyList;
import dev.gilspy.interp.runtime.PySet;
import java.util.ArrayList;
import java.util.Arrays;

/** Nodes that make code objects run later: function definitions (def and lambda), comprehensions and generator expressions. */
public final class Functions {
    private Functions() {}

    /** Creates a function object: evaluates defaults and captures closure cells from this frame. */
    public static final class MakeFunction extends Expr {
        final Code code;
        final Expr[] defaults;
        final String[] kwdefaultNames;
        final Expr[] kwdefaultValues;
        public int[] captureSlots = new int[0];

        public MakeFunction(CodeBuilder code, Expr[] defaults, String[] kwdefaultNames, Expr[] kwdefaultValues) {
            this.code = code.code();
            this.defaults = defaults;
            this.kwdefaultNames = kwdefaultNames;
            this.kwdefaultValues = kwdefaultValues;
        }

        @Override
        Object eval(PyFrame f) {
            Object[] defs = null;
            if (defaults.length > 0) {
                defs = new Object[defaults.length];
                for (int i = 0; i < defs.length; i++) {
                    defs[i] = defaults[i].eval(f);
                }
            }
            java.util.Map<String, Object> kwd = null;
            if (kwdefaultNames.length > 0) {
                kwd = new java.util.HashMap<>();
                for (int i = 0; i < kwdefaultNames.length; i++) {
                    kwd.put(kwdefaultNames[i], kwdefaultValues[i].eval(f));
                }
            }
            return new PyFunction(code, f.globals, defs, kwd, capture(f, captureSlots));
        }

        static PyCell[] capture(PyFrame f, int[] slots) {
            if (slots.length == 0) {
                return null;
            }
            PyCell[] cells = new PyCell[slots.length];
            for (int i = 0; i < slots.length; i++) {
                cells[i] = (PyCell) f.slots[slots[i]];
            }
            return cells;
        }
    }

    /** An inlined list/set/dict comprehension: runs its loop statement in the current frame. */
    public static final class Comprehension extends Expr {
        public final Kind kind;
        final int resultSlot;
        final Stmt loop;
        public int[] cellSlots = new int[0];
        /**
         * The comprehension's own variables: emptied when it ends. CPython runs it in a frame of its own
         * that goes with them; kept, the last element stayed reachable from this frame (a {@code __del__}
         * or weakref callback waited for the function to return).
         */
        public int[] localSlots = new int[0];
        /** An await inside (an async comprehension): its loop may suspend the frame and resume. */
        public boolean suspends;

        /** What the comprehension builds. */
        public enum Kind {
            LIST, SET, DICT;

            Object newResult() {
                return switch (this) {
                    case LIST -> new PyList();
                    case SET -> new PySet(false);
                    case DICT -> new PyDict();
                };
            }
        }

        public Comprehension(Kind kind, int resultSlot, Stmt loop) {
            this.kind = kind;
            this.resultSlot = resultSlot;
            this.loop = loop;
        }

        @Override
        Object eval(PyFrame f) {
            if (suspends) {
                return evalSuspending(f);
            }
            Object result = kind.newResult();
            for (int s : cellSlots) {
                f.slots[s] = new PyCell();
            }
            Object saved = f.slots[resultSlot];
            f.slots[resultSlot] = result;
            int line = f.line;
            try {
                loop.exec(f);
            } finally {
                f.slots[resultSlot] = saved;
                f.line = line;
                for (int s : localSlots) {
                    f.slots[s] = null;
                }
            }
            return result;
        }

        /** Keeps the partial result in its slot while an await inside has the frame suspended. */
        private Object evalSuspending(PyFrame f) {
            Object result = f.resuming ? f.slots[resultSlot] : null;
            if (result == null) {
                result = kind.newResult();
                for (int s : cellSlots) {
                    f.slots[s] = new PyCell();
                }
                f.slots[resultSlot] = result;
            }
            int line = f.line;
            try {
                if (loop.exec(f) == dev.gilspy.interp.runtime.Completion.YIELD) {
                    throw dev.gilspy.interp.runtime.PyGenerator.Suspend.INSTANCE;
                }
            } catch (PyException e) {
                f.slots[resultSlot] = null;
                clearLocals(f);
                throw e;
            } finally {
                f.line = line;
            }
            f.slots[resultSlot] = null;
            clearLocals(f);
            return result;
        }

        private void clearLocals(PyFrame f) {
            for (int s : localSlots) {
                f.slots[s] = null;
            }
        }
    }

    /** A generator expression: calls its generator code with the first iterable, evaluated here. */
    public static final class GenExp extends Expr {
        final MakeFunction fn;
        Expr firstIter;
        /** {@code (x async for x in it)}: {@code it.__aiter__()} is taken here, as {@code iter(it)} is otherwise. */
        public boolean asyncFirst;
        public GenExp(MakeFunction fn, Expr firstIter) { this.fn = fn; this.firstIter = firstIter; }
        @Override Object eval(PyFrame f) {
            PyFunction g = (PyFunction) fn.eval(f);
            Object src = firstIter.eval(f);
            if (asyncFirst) {
                Object m = Ops.typeOf(src).lookup("__aiter__");
                if (m == null) {
                    throw dev.gilspy.interp.runtime.Err.type("'async for' requires an object with __aiter__ method, got "
                        + Ops.typeName(src));
                }
                return g.call(f.t, new Object[] {Ops.call(f.t, m, new Object[] {src}, null)}, null);
            }
            return g.call(f.t, new Object[] {Ops.iter(src)}, null);
        }
    }
}
