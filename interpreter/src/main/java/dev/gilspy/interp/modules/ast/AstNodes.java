package dev.gilspy.interp.modules.ast;

import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyInstance;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyType;
import java.util.HashMap;
import java.util.Map;

/** The {@code _ast} node classes of one interpreter, by name, and instances of them made from Java. */
final class AstNodes {
    private final Map<String, PyType> types = new HashMap<>();

    AstNodes(PyModule m) {
        m.cells.forEach((name, cell) -> {
            if (cell.value instanceof PyType t) {
                types.put(name, t);
            }
        });
    }

    PyType type(String name) {
        PyType t = types.get(name);
        if (t == null) {
            throw Err.make(dev.gilspy.interp.runtime.Types.RuntimeError, "no _ast class " + name);
        }
        return t;
    }

    /** A node of class {@code cls} with the given field names and values, alternately. */
    PyInstance make(String cls, Object... kv) {
        PyInstance n = new PyInstance(type(cls));
        for (int i = 0; i < kv.length; i += 2) {
            n.putDictAttr((String) kv[i], kv[i + 1]);
        }
        return n;
    }

    /** An int attribute of a node (a position). */
    static int i(Object node, String attr) {
        return (int) Ops.toLong(Ops.getattr(node, attr));
    }

    static Object get(Object node, String attr) {
        return ((PyInstance) node).getDictAttr(attr);
    }

    boolean is(Object node, String cls) {
        return node instanceof PyInstance pi && pi.cls == types.get(cls);
    }
}
