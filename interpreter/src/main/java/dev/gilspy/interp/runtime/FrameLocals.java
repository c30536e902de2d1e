package dev.gilspy.interp.runtime;

import java.util.Map;

/**
 * {@code locals()}: in a function, the frame's one dict, refreshed with its variables that are bound (cells read through,
 * free variables included, as CPython's PyFrame_FastToLocals gives); in a class body, its namespace
 * as it is now; at module level (and in exec'd code), the module's dict.
 */
public final class FrameLocals {
    private FrameLocals() {}

    /** Whether the running frame has locals of its own (a function or class body), not module code's. */
    public static boolean hasOwnLocals(PyThread t) {
        PyFrame f = t.top;
        return f != null && (f.classDict != null || (f.code.flags & Code.CO_OPTIMIZED) != 0);
    }

    public static Object of(PyThread t) {
        PyFrame f = t.top;
        if (f == null) {
            return Attr.get(t.interp.mainModule, "__dict__");
        }
        if (f.classDict != null) {
            PyDict d = new PyDict();
            for (Map.Entry<String, Object> e : f.classDict.entrySet()) {
                d.put(e.getKey(), e.getValue());
            }
            return d;
        }
        Code c = f.code;
        if ((c.flags & Code.CO_OPTIMIZED) == 0) {
            return Attr.get(f.globals, "__dict__");
        }
        PyDict d = f.localsDict;
        if (d == null) {
            d = f.localsDict = new PyDict();
        }
        for (int i = 0; i < c.localNames.length; i++) {
            int slot = c.localSlots[i];
            Object v = slot < f.slots.length ? f.slots[slot] : null;
            if (v instanceof PyCell cell) {
                v = cell.value;
            }
            if (v != null) {
                d.put(c.localNames[i], v);
            } else {
                d.remove(c.localNames[i]);
            }
        }
        return d;
    }
}
