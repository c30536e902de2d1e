package dev.gilspy.interp.runtime;

/**
 * A {@code mappingproxy} over a mapping that is not a plain dict (a dict subclass, a ChainMap, any
 * object with {@code __getitem__}): CPython's mappingproxy forwards every read to the mapping's own
 * methods, so a subclass's overrides answer. The plain-dict case shares the dict's Java map instead
 * ({@link PyMappingProxy}); the methods on the mappingproxy type serve both.
 */
final class MappingProxyOf extends NativeObj {
    final Object mapping;

    MappingProxyOf(Object mapping) {
        super(PyMappingProxy.TYPE);
        this.mapping = mapping;
    }

    @Override protected boolean hasDict() { return false; }

    /** mappingproxy_richcompare: the mapping compares. */
    @Override public Object compare(Compare op, Object other) { return op.rich(mapping, other); }

    @Override public boolean truthy() { return Ops.len(mapping) != 0; }

    /** mappingproxy_check_mapping: any mapping but a list or tuple (or their subclasses). */
    static boolean accepts(Object m) {
        return !(m instanceof PyList || m instanceof PyTuple) && Ops.typeOf(m).lookup("__getitem__") != null;
    }

    private static Object method(Object o, String name, Object... args) {
        return Ops.call(Ops.getattr(o, name), args);
    }

    /** The mapping's own answer for the mappingproxy method {@code name}, or null for an unknown name. */
    Object forward(String name, Object[] a) {
        switch (name) {
            case "__getitem__": return Ops.getitem(mapping, a[1]);
            case "__contains__": return Ops.contains(mapping, a[1]);
            case "__iter__": return Ops.iter(mapping);
            case "__len__": return Ops.len(mapping);
            case "get": return method(mapping, "get", a[1], a.length > 2 ? a[2] : PyNone.NONE);
            case "keys": case "values": case "items": case "copy": return method(mapping, name);
            case "__reversed__": return Ops.call(Types.REVERSED, mapping);
            case "__repr__": case "__str__": return "mappingproxy(" + StrRepr.repr(mapping) + ")";
            case "__eq__": return Ops.eq(mapping, a[1]);
            case "__ne__": return !Ops.eq(mapping, a[1]);
            case "__or__": return BinOp.OR.apply(mapping, unwrap(a[1]));
            case "__ror__": return BinOp.OR.apply(unwrap(a[1]), mapping);
            default: return null;
        }
    }

    static Object unwrap(Object o) {
        return o instanceof MappingProxyOf p ? p.mapping : o;
    }

    static final String[] FORWARDED = {"__getitem__", "__contains__", "__iter__", "__len__", "get", "keys", "values",
        "items", "copy", "__reversed__", "__repr__", "__str__", "__eq__", "__ne__", "__or__", "__ror__"};

    /** Each forwarded method on the mappingproxy type: the mapping's own for this class, the dict's for the shared-map proxy. */
    static void install(PyType type) {
        for (String name : FORWARDED) {
            Object own = type.dict.get(name);
            Methods.def(type, name, (t, a, k) -> {
                if (a.length > 0 && a[0] instanceof MappingProxyOf p) {
                    return p.forward(name, a);
                }
                Object inherited = own != null ? own : Types.DICT.lookup(name); // dict's methods install later
                if (inherited == null) {
                    throw Err.attr("'mappingproxy' object has no attribute '" + name + "'");
                }
                return Ops.call(t, inherited, a, k);
            });
        }
    }
}
