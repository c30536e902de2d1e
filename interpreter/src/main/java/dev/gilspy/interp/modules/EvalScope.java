package dev.gilspy.interp.modules;

import dev.gilspy.interp.runtime.FrameLocals;
import dev.gilspy.interp.runtime.InterpreterState;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyDict;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.Types;

/**
 * The names an {@code eval} sees when they are not one module's: CPython's eval looks names up in
 * locals, then globals, then builtins. Locals are the mapping passed (typing's
 * {@code get_type_hints} passes one), or, when no globals are passed either, the calling function's
 * or class body's variables ({@code eval("C[int]")} inside a test method). gilspy runs the
 * expression as module code, so such a call runs in a scratch module seeded with the globals and
 * then the locals; what the expression binds (a walrus) stays there, as CPython's writes to a
 * function's {@code locals()} snapshot do.
 */
final class EvalScope {
    private EvalScope() {}

    /** The locals to see, or null when the expression runs straight in its globals (the module case). */
    static Object localsFor(PyThread t, Object[] a) {
        Object globals = a.length > 1 ? a[1] : PyNone.NONE;
        Object locals = a.length > 2 ? a[2] : PyNone.NONE;
        if (locals != PyNone.NONE) {
            return locals == globals ? null : locals;
        }
        if (globals != PyNone.NONE || t.top == null) {
            return null;
        }
        Object caller = FrameLocals.of(t);
        return caller instanceof PyDict d && d != moduleDict(t.top.globals) ? d : null;
    }

    private static Object moduleDict(PyModule m) {
        return Ops.getattrOrNull(m, "__dict__");
    }

    /** A fresh globals dict: the given globals (or the caller's module's names), then the locals over them. */
    static PyDict seed(PyThread t, InterpreterState interp, Object globals, Object locals) {
        PyDict seed = new PyDict();
        if (globals instanceof PyDict g) {
            PyDict.updateDict(seed, g);
        } else {
            PyModule caller = t.top == null ? interp.mainModule : t.top.globals;
            caller.cells.forEach((n, c) -> {
                if (c.value != null) {
                    seed.put(n, c.value);
                }
            });
        }
        if (locals instanceof PyDict d) {
            PyDict.updateDict(seed, d);
        } else {
            for (Object key : Ops.toArray(Ops.call(Ops.getattr(locals, "keys")))) {
                seed.put(key, Ops.getitem(locals, key));
            }
        }
        return seed;
    }

    /** CPython refuses a code object with free variables: nothing could fill its cells. */
    static void rejectFreeVariables(Object code, String fn) {
        if (Ops.typeOf(code) == Types.CODE && Ops.getattr(code, "co_freevars") instanceof PyTuple free && free.size() > 0) {
            throw Err.type(fn.equals("eval") ? "code object passed to eval() may not contain free variables"
                : "code object requires a closure of exactly length " + free.size()); // exec's closure= argument

        }
    }
}
