package dev.gilspy.interp.runtime;

/** A closure cell: a variable shared between a function and the functions nested in it. */
public final class PyCell {
    public Object value;
    public PyCell() {}
    public PyCell(Object v) { value = v; }
}
