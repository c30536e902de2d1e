package dev.gilspy.interp.runtime;

/** An instance of a class defined in Python. Java equals/hashCode dispatch to {@code __eq__}/{@code __hash__}. */
public class PyInstance extends PyObj {
    public PyType cls;
    final PyDict dict = new PyDict();

    public PyInstance(PyType cls) { this.cls = cls; }

    @Override public PyType type() { return cls; }

    public Object getDictAttr(String name) {
        return dict.get(name);
    }

    public void putDictAttr(String name, Object v) {
        if (cls.slotNames != null && !cls.slotNames.contains(name)) {
            throw Err.attr("'" + cls.name + "' object has no attribute '" + name + "'");
        }
        dict.put(name, v);
    }

    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        Object eq = cls.lookup("__eq__");
        if (eq == null || eq instanceof PyBuiltin) {
            return false;
        }
        Object r = Ops.call(PyThread.current(), eq, new Object[] {this, o}, null);
        return r != Types.NOT_IMPLEMENTED && Ops.truthy(r);
    }

    @Override
    public int hashCode() {
        Object h = cls.lookup("__hash__");
        if (h == PyNone.NONE) {
            throw Err.type("unhashable type: '" + cls.name + "'");
        }
        if (h == null || h instanceof PyBuiltin) {
            if (cls.lookup("__eq__") instanceof PyFunction) {
                throw Err.type("unhashable type: '" + cls.name + "'");
            }
            return System.identityHashCode(this);
        }
        Object r = Ops.call(PyThread.current(), h, new Object[] {this}, null);
        return Long.hashCode(Ops.toLong(r));
    }
}
