package dev.gilspy.interp.nodes;

import dev.gilspy.interp.runtime.Completion;
import dev.gilspy.interp.runtime.PyFrame;

/** A statement whose concrete node is chosen after name resolution (the parser's {@code local = value}). */
public final class DeferredStmt extends Stmt {
    private Stmt delegate;

    public DeferredStmt(Stmt generic) {
        this.delegate = generic;
    }

    public Stmt delegate() {
        return delegate;
    }

    /** Replaces the generic node with the one name resolution allows. */
    public void resolve(Stmt concrete) {
        this.delegate = concrete;
    }

    @Override
    public Completion exec(PyFrame f) {
        return delegate.exec(f);
    }
}
