package dev.gilspy.interp;

/** An executable expression node. */
abstract class Expr {
    int line;

    abstract Object eval(Frame f);

    boolean evalBool(Frame f) {
        return Ops.truthy(eval(f));
    }
}
