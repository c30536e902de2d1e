package dev.gilspy.interp.nodes;

import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyFrame;

/** An executable expression node. */
public abstract class Expr {
    public int line;

    abstract Object eval(PyFrame f);

    boolean evalBool(PyFrame f) {
        return Ops.truthy(eval(f));
    }
}
