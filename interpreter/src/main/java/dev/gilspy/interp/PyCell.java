package dev.gilspy.interp;

/** A closure cell: a variable shared between a function and the functions nested in it. */
final class PyCell {
    Object value;
    PyCell() {}
    PyCell(Object v) { value = v; }
}
