package dev.gilspy.interp.nodes;

import dev.gilspy.interp.runtime.Frame;
import dev.gilspy.interp.runtime.Ops;

/** An executable expression node. */
public abstract class Expr {
    public int line;

    abstract Object eval(Frame f);

    boolean evalBool(Frame f) {
        return Ops.truthy(eval(f));
    }
}
