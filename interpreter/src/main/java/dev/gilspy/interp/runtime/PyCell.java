package dev.gilspy.interp.runtime;

/** A closure cell: a variable shared between a function and the functions nested in it. */
public sealed class PyCell extends PyObj implements Attr.AttrHolder permits PyCell.Padded {
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

    /**
     * A cell followed by two cache lines of nothing, for a global that a loop may write while another
     * thread runs ({@link PyModule#cell}): two subinterpreters' {@code n -= 1} at module level wrote
     * their {@code __main__}'s cells for {@code n}, which the collector had copied next to each other.
     */
    @SuppressWarnings("unused")
    static final class Padded extends PyCell {
        private long p00, p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12, p13, p14, p15;
    }
}
