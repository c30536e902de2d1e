package dev.gilspy.interp.runtime;

/** Base of every Python value that is not one of the Java-native int/float/bool/str representations. */
public abstract class PyObj {
    /**
     * {@code id()}'s answer once asked, over 16 (0: not asked yet, or the id is a spare one that
     * {@link ObjectIds} does not cache here). pickle's and copy's memos ask for the id of every
     * object they meet, again on each dump; without this each call went through the striped weak
     * table. Written without a lock: every writer writes the same value.
     */
    int idOver16;

    public abstract PyType type();
}
