package dev.gilspy.interp.runtime;

/** A closure cell: a variable shared between a function and the functions nested in it. */
public final class PyCell extends PyObj implements Attr.AttrHolder {
    public Object value;
    public PyCell() {}
    public PyCell(Object v) { value = v; }

    @Override public PyType type() { return Types.CELL; }

    @Override public Object getAttr(String name) {
        if (!name.equals("cell_contents")) {
            return null;
        }
        if (value == null) {
            throw Err.value("Cell is empty");
        }
        return value;
    }

    @Override public boolean setAttr(String name, Object v) {
        if (name.equals("cell_contents")) {
            value = v;
            return true;
        }
        return false;
    }
}
