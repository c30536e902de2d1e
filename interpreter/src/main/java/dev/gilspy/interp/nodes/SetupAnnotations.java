package dev.gilspy.interp.nodes;

import dev.gilspy.interp.runtime.Completion;
import dev.gilspy.interp.runtime.PyDict;
import dev.gilspy.interp.runtime.PyFrame;

/**
 * CPython's SETUP_ANNOTATIONS: a module or class body with an annotated assignment anywhere in it
 * starts with an empty {@code __annotations__}, so the body may read it before the first annotation.
 */
public final class SetupAnnotations extends Stmt {
    @Override
    public Completion exec(PyFrame f) {
        if (f.classDict != null) {
            if (!f.classDict.containsKey("__annotations__")) {
                f.classDict.put("__annotations__", new PyDict());
            }
        } else if (f.globals.get("__annotations__") == null) {
            f.globals.put("__annotations__", new PyDict());
        }
        return NORMAL;
    }
}
