package dev.gilspy.interp.runtime;

/** A closure cell: a variable shared between a function and the functions nested in it. */
public final class PyCell extends PyObj implements Attr.AttrHolder {
    /** {@code types.CellType}; made on first use so that cells stay cheap to create. */
    private static final class CellType {
        static final PyType TYPE = new PyType("cell", new PyType[] {Types.OBJECT}, PyType.Layout.BUILTIN, true);
    }

    public Object value;
    public PyCell() {}
    public PyCell(Object v) { value = v; }

    @Override public PyType type() { return CellType.TYPE; }

    @Override public Object getAttr(String name) {
        if (name.equals("cell_contents")) {
            if (value == null) {
                throw Err.value("Cell is empty");
            }
            return value;
        }
        return null;
    }

    @Override public boolean setAttr(String name, Object v) {
        if (name.equals("cell_contents")) {
            value = v;
            return true;
        }
        return false;
    }
}
