package dev.gilspy.interp.modules;

import dev.gilspy.interp.runtime.InterpreterState;
import dev.gilspy.interp.runtime.ModuleDict;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyDict;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import java.util.Map;

/**
 * {@code exec(src, globals, locals)} with a separate locals dict, as dataclasses' {@code _create_fn}
 * uses it: the code runs at module level over globals then locals, and the names it binds or
 * rebinds land in locals (gilspy runs module code in one namespace, so the split is made after).
 */
final class ExecLocals {
    private ExecLocals() {}

    /**
     * Globals then locals in one dict. Of the globals only the names {@code src} spells (and dunder
     * names) are copied: the functions the code defines keep this namespace as their globals, and a
     * whole copy of a module's globals held everything bound there at the time, among them the class
     * a loop made in its previous iteration (dataclasses' {@code _create_fn} runs once per generated
     * method, so every dataclass ever made in a loop stayed reachable).
     */
    private static PyDict seed(PyThread t, InterpreterState interp, Object globals, PyDict locals, String src) {
        PyDict seed = new PyDict();
        java.util.Set<String> spelled = identifiers(src);
        if (globals instanceof PyDict g) {
            for (var e : g.entries()) {
                if (!(e.getKey() instanceof String n) || spelled.contains(n) || isDunder(n)) {
                    seed.put(e.getKey(), e.getValue());
                }
            }
        } else if (globals == PyNone.NONE || globals == null) {
            PyModule caller = t.top == null ? interp.mainModule : t.top.globals;
            caller.cells.forEach((n, c) -> {
                if (c.value != null && (spelled.contains(n) || isDunder(n))) {
                    seed.put(n, c.value);
                }
            });
        }
        PyDict.updateDict(seed, locals);
        return seed;
    }

    private static boolean isDunder(String n) {
        return n.length() > 4 && n.startsWith("__") && n.endsWith("__");
    }

    /** Every identifier-like word of {@code src} (a superset of the names its code can read). */
    static java.util.Set<String> identifiers(String src) {
        java.util.Set<String> out = new java.util.HashSet<>();
        int n = src.length();
        for (int i = 0; i < n; ) {
            char c = src.charAt(i);
            if (Character.isJavaIdentifierStart(c) || c > 127) {
                int j = i + 1;
                while (j < n && (Character.isJavaIdentifierPart(src.charAt(j)) || src.charAt(j) > 127)) {
                    j++;
                }
                out.add(src.substring(i, j));
                i = j;
            } else {
                i++;
            }
        }
        return out;
    }

    static void run(PyThread t, InterpreterState interp, String src, Object globals, PyDict locals) {
        PyDict seed = seed(t, interp, globals, locals, src);
        Map<String, Object> before = new java.util.HashMap<>();
        for (var e : seed.entries()) {
            if (e.getKey() instanceof String n) {
                before.put(n, e.getValue());
            }
        }
        PyModule real = ModuleDict.moduleOf(globals);
        Object runGlobals = seed;
        if (real != null) {
            // globals are a module's: the names the source does not spell are that module's own cells,
            // shared, so the functions the code defines see the module as it is and will be (typing's
            // get_type_hints on a dataclass's __init__ evaluates its string annotations there) without a
            // copy that would keep what the module held at this moment. Code binds only names it spells,
            // so it never writes to a shared cell.
            PyModule scratch = new PyModule("__exec__");
            scratch.execOf = real;
            for (var e : seed.entries()) {
                if (e.getKey() instanceof String n) {
                    scratch.put(n, e.getValue());
                }
            }
            synchronized (real.cells) {
                for (var e : real.cells.entrySet()) {
                    scratch.cells.putIfAbsent(e.getKey(), e.getValue());
                }
            }
            runGlobals = Ops.getattr(scratch, "__dict__");
        }
        PyModule target = Builtins.runIn(t, interp, src, runGlobals, "<string>");
        target.cells.forEach((n, c) -> {
            if (real != null && real.cells.get(n) == c) {
                return; // the module's own
            }
            Object v = c.value;
            if (v != null && before.get(n) != v && !n.equals("__name__") && !n.equals("__builtins__")
                && !(n.equals("__doc__") && v == PyNone.NONE)) {
                locals.put(n, v);
            }
        });
    }
}
