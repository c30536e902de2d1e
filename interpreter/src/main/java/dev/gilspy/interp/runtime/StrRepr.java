package dev.gilspy.interp.runtime;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The {@code str()} and {@code repr()} protocol (CPython's {@code PyObject_Str} and {@code PyObject_Repr}). */
public final class StrRepr {
    private StrRepr() {}

    public static String str(Object o) {
        if (o instanceof String s) {
            return s;
        }
        if (o instanceof Long) {
            return o.toString();
        }
        if (o instanceof BigInteger b) {
            return Formatting.bigIntStr(b);
        }
        if (o instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (o instanceof Double d) {
            return Formatting.floatRepr(d);
        }
        if (o instanceof PyBaseException e && !(Ops.typeOf(o).lookup("__str__") instanceof PyFunction)) {
            return excStr(e);
        }
        if (o instanceof PyMappingProxy p) {
            return dictRepr(p); // mappingproxy_str: str() of the mapping
        }
        if (o instanceof NativeObj) {
            // a native type's own __str__, or one a Python subclass defines or inherits from it
            Object m = Ops.typeOf(o).lookup("__str__");
            if (m != null && m != Types.OBJECT.lookup("__str__")) {
                return checkStr(SpecialMethods.call(PyThread.current(), m, new Object[] {o}), "__str__");
            }
        }
        if (o instanceof PyInstance || Ops.isUser(o)) {
            Object m = userSlot(Ops.typeOf(o), "__str__");
            if (m != null) {
                return checkStr(SpecialMethods.call(PyThread.current(), m, new Object[] {o}), "__str__");
            }
            if (o instanceof PyValueSub v && v.value instanceof String s) {
                return s;
            }
        }
        return repr(o);
    }

    /**
     * {@code str(o)} as an object: a str subclass instance that a class's own {@code __str__}
     * returns is kept as it is, as PyObject_Str does (only its type differs from {@link #str}).
     */
    public static Object strObject(Object o) {
        Object r = ownSlotResult(o, "__str__");
        if (r == null && o instanceof PyInstance && Ops.typeOf(o).lookup("__str__") == Types.OBJECT.dict.get("__str__")) {
            r = ownSlotResult(o, "__repr__"); // object.__str__ is PyObject_Repr: a str subclass __repr__ returns is kept
        }
        return r != null ? r : str(o);
    }

    /** {@code repr(o)} as an object: a str subclass a class's own {@code __repr__} returns is kept (PyObject_Repr). */
    public static Object reprObject(Object o) {
        Object r = ownSlotResult(o, "__repr__");
        return r != null ? r : repr(o);
    }

    /** What a class's own {@code __str__}/{@code __repr__} returns, a str subclass kept; null when it has none. */
    private static Object ownSlotResult(Object o, String name) {
        if ((o instanceof PyInstance || Ops.isUser(o)) && !(o instanceof PyBaseException)) {
            Object m = userSlot(Ops.typeOf(o), name);
            if (m != null) {
                return subclassOrStr(name.equals("__repr__") ? callRepr(o, Ops.typeOf(o), m)
                    : SpecialMethods.call(PyThread.current(), m, new Object[] {o}), name);
            }
        }
        return null;
    }

    /**
     * A class's {@code __repr__} called on {@code o}. As slot_tp_repr: when the class attribute is a
     * descriptor whose binding fails (a property that raises), the default repr stands in.
     */
    private static Object callRepr(Object o, PyType t, Object m) {
        PyThread th = PyThread.current();
        if (m instanceof PyFunction || m instanceof PyBuiltin) {
            return SpecialMethods.call(th, m, new Object[] {o});
        }
        Object bound;
        try {
            bound = m instanceof PyDescriptors.Property p ? Ops.call(th, p.fget, new Object[] {o}, null)
                : SpecialMethods.isBindable(m) ? Attr.bind(o, t, m) : m;
        } catch (PyException e) {
            return "<" + t.name + " object at 0x" + Long.toHexString(System.identityHashCode(o)) + ">";
        }
        return Ops.call(th, bound, new Object[0], null);
    }

    private static Object subclassOrStr(Object r, String what) {
        return r instanceof PyValueSub v && v.value instanceof String ? r : checkStr(r, what);
    }

    /**
     * The method {@code name} when a class defined in Python provides it (its own function, or a
     * builtin's method assigned into it, as enum does with {@code __str__ = int.__repr__}); null
     * when the MRO finds it on a built-in type first.
     */
    static Object userSlot(PyType t, String name) {
        for (PyType c : t.mro) {
            Object v = c.dict.get(name);
            if (v != null) {
                return c.builtin ? null : v;
            }
        }
        return null;
    }

    private static String checkStr(Object r, String what) {
        if (r instanceof String s) {
            return s;
        }
        if (r instanceof PyValueSub v && v.value instanceof String s) {
            return s; // a str subclass is a str (PyUnicode_Check)
        }
        throw Err.type(what + " returned non-string (type " + Ops.typeName(r) + ")");
    }

    static String excStr(PyBaseException e) {
        Object[] a = e.args.items;
        String group = ExceptionGroups.str(e);
        if (group != null) {
            return group;
        }
        if (e.type().isSubtypeOf(Types.UnicodeError)) {
            String u = UnicodeErrors.str(e);
            if (u != null) {
                return u;
            }
        }
        if (e.type().isSubtypeOf(Types.KeyError) && a.length == 1) {
            return repr(a[0]);
        }
        if (e.type().isSubtypeOf(Types.SyntaxErrorType) && e.getDictAttr("msg") != null) {
            return syntaxErrorStr(e);
        }
        if (e.type().isSubtypeOf(Types.OSError) && a.length == 2) {
            Object fn = e.getDictAttr("filename");
            Object fn2 = e.getDictAttr("filename2");
            return "[Errno " + str(a[0]) + "] " + str(a[1]) + (fn != null && fn != PyNone.NONE ? ": " + repr(fn) : "")
                + (fn2 != null && fn2 != PyNone.NONE ? " -> " + repr(fn2) : "");
        }
        if (a.length == 0) {
            return "";
        }
        if (a.length == 1) {
            return str(a[0]);
        }
        return repr(e.args);
    }

    /** CPython's SyntaxError_str: the message, then the file's base name and the line where known. */
    private static String syntaxErrorStr(PyBaseException e) {
        String msg = str(e.getDictAttr("msg"));
        Object file = e.getDictAttr("filename");
        Object line = e.getDictAttr("lineno");
        String base = file instanceof String f ? f.substring(f.lastIndexOf('/') + 1) : null;
        boolean hasLine = line instanceof Long;
        if (base != null && hasLine) {
            return msg + " (" + base + ", line " + line + ")";
        }
        if (base != null) {
            return msg + " (" + base + ")";
        }
        return hasLine ? msg + " (line " + line + ")" : msg;
    }

    /** method_repr's name of a callable that is not a function: its __qualname__, else its __name__, else "?". */
    private static String methodName(Object func) {
        for (String attr : new String[] {"__qualname__", "__name__"}) {
            Object n;
            try {
                n = Ops.getattrOrNull(func, attr);
            } catch (PyException e) {
                n = null;
            }
            if (n instanceof String s) {
                return s;
            }
        }
        return "?";
    }

    public static String repr(Object o) {
        if (o instanceof String s) {
            return reprStr(s);
        }
        if (o instanceof Long) {
            return o.toString();
        }
        if (o instanceof BigInteger b) {
            return Formatting.bigIntStr(b);
        }
        if (o instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (o instanceof Double d) {
            return Formatting.floatRepr(d);
        }
        if (o == PyNone.NONE) {
            return "None";
        }
        if (o instanceof PyComplex c) {
            return c.repr();
        }
        if (Ops.isUser(o) && !(o instanceof PyInstance)) {
            Object m = userSlot(Ops.typeOf(o), "__repr__");
            if (m != null) {
                return checkStr(SpecialMethods.call(PyThread.current(), m, new Object[] {o}), "__repr__");
            }
        }
        if (o instanceof NativeAttrs) {
            Object m = Ops.typeOf(o).lookup("__repr__");
            if (m != null) {
                return checkStr(SpecialMethods.call(PyThread.current(), m, new Object[] {o}), "__repr__");
            }
        }
        if (o instanceof PyList l) {
            Object[] items = l.toArray();
            return seqRepr("[", items, "]", l);
        }
        String structSeq = o instanceof PyTuple.Sub sub ? StructSeq.repr(sub) : null;
        if (structSeq != null) {
            return structSeq; // sys.flags, time.struct_time
        }
        if (o instanceof PyTuple t) {
            return seqRepr("(", t.items, t.items.length == 1 ? ",)" : ")", t);
        }
        if (o instanceof PyMappingProxy p) {
            return "mappingproxy(" + dictRepr(p) + ")";
        }
        if (o instanceof PyDict d) {
            return dictRepr(d);
        }
        if (o instanceof PyInstance ns && ns.cls.isSubtypeOf(SimpleNamespace.TYPE) && ns.cls.lookup("__repr__") instanceof PyBuiltin m) {
            return checkStr(SpecialMethods.call(PyThread.current(), m, new Object[] {o}), "__repr__");
        }
        if (o instanceof PySet s) {
            if (REPR_STACK.get().stream().anyMatch(x -> x == s)) {
                return Ops.typeOf(s).name + "(...)"; // set_repr on a cycle: set(...), frozenset(...), Sub(...)
            }
            Object[] items = s.toArray();
            if (items.length == 0) {
                return s instanceof PySetSub sub ? sub.cls.name + "()" : s.frozen ? "frozenset()" : "set()";
            }
            String body = seqRepr("{", items, "}", s);
            if (s instanceof PySetSub sub) {
                return sub.cls.name + "(" + body + ")"; // set_repr: a subclass shows its name
            }
            return s.frozen ? "frozenset(" + body + ")" : body;
        }
        if (o instanceof PyInstance) {
            PyType t = Ops.typeOf(o);
            Object m = userSlot(t, "__repr__");
            if (m == null && o instanceof NativeType.Obj && t.lookup("__repr__") instanceof PyBuiltin b) {
                m = b;
            }
            if (m != null) {
                return checkStr(callRepr(o, t, m), "__repr__");
            }
            if (o instanceof PyBaseException e) {
                Object[] a = e.args.items;
                return t.name + (a.length == 1 ? "(" + repr(a[0]) + ")" : repr(e.args));
            }
            if (o instanceof PyValueSub v) {
                return repr(v.value);
            }
            return "<" + t.qualName().replace("__main__.", "__main__.") + " object at 0x"
                + Long.toHexString(System.identityHashCode(o)) + ">";
        }
        if (o instanceof PyType t) {
            return t.toString();
        }
        if (o instanceof PyBuiltin b) {
            return "<built-in function " + b.name + ">";
        }
        if (o instanceof PyBoundMethod m) {
            String fn = m.func instanceof PyFunction f ? f.qualname : m.func instanceof PyBuiltin b ? b.name : methodName(m.func);
            return "<bound method " + fn + " of " + repr(m.self) + ">";
        }
        if (o instanceof PyBytes b) {
            return b.repr();
        }
        if (o instanceof PyRange || o instanceof PyLongRange || o instanceof PySlice || o instanceof PyModule || o instanceof PyFunction
            || o instanceof PyGenerator || o instanceof Types.Singleton || o instanceof PyDiskFile || o instanceof PyStdBuffer) {
            return o.toString();
        }
        if (o instanceof PyObj p) {
            Object m = p.type().lookup("__repr__");
            if (m != null && !(p instanceof PyIter)) {
                return str(SpecialMethods.call(PyThread.current(), m, new Object[] {o}));
            }
            return "<" + p.type().name + " object at 0x" + Long.toHexString(System.identityHashCode(o)) + ">";
        }
        return String.valueOf(o);
    }

    /**
     * CPython's {@code Py_EnterRecursiveCall(" while getting the repr of an object")}: each nested
     * container's repr counts against the recursion limit with the thread's Python frames, so a
     * 100k-deep list is refused at once (the cycle check above stays short) instead of recursing.
     */
    private static void enterRepr(List<Object> stack) {
        PyThread t = PyThread.current();
        if (t != null && t.depth + stack.size() + 2 > t.interp.recursionLimit) {
            throw Err.make(Types.RecursionError, "maximum recursion depth exceeded while getting the repr of an object");
        }
    }

    /** {@code body}'s repr of {@code self}, or {@code onCycle} when {@code self} is already being repr'd (Py_ReprEnter). */
    static String guarded(Object self, String onCycle, java.util.function.Supplier<String> body) {
        List<Object> stack = REPR_STACK.get();
        for (Object s : stack) {
            if (s == self) {
                return onCycle;
            }
        }
        enterRepr(stack);
        stack.add(self);
        try {
            return body.get();
        } finally {
            stack.remove(stack.size() - 1);
        }
    }

    private static String seqRepr(String open, Object[] items, String close, Object self) {
        List<Object> stack = REPR_STACK.get();
        for (Object s : stack) {
            if (s == self) {
                return open + "..." + close;
            }
        }
        enterRepr(stack);
        stack.add(self);
        try {
            StringBuilder sb = new StringBuilder(open);
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(repr(items[i]));
            }
            return sb.append(close).toString();
        } finally {
            stack.remove(stack.size() - 1);
        }
    }

    private static String dictRepr(PyDict d) {
        List<Object> stack = REPR_STACK.get();
        for (Object s : stack) {
            if (s == d) {
                return "{...}";
            }
        }
        enterRepr(stack);
        stack.add(d);
        try {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (Map.Entry<Object, Object> e : d.entries()) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(repr(e.getKey())).append(": ").append(repr(e.getValue()));
            }
            return sb.append('}').toString();
        } finally {
            stack.remove(stack.size() - 1);
        }
    }

    public static String reprStr(String s) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2).append(q);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == q || c == '\\') {
                sb.append('\\').append(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c < 32 || c == 127) {
                sb.append(String.format("\\x%02x", (int) c));
            } else if (c < 0x7f) {
                sb.append(c);
            } else {
                int cp = s.codePointAt(i);
                if (UnicodeCase.isPrintable(cp)) {
                    sb.appendCodePoint(cp);
                } else {
                    sb.append(cp <= 0xff ? String.format("\\x%02x", cp) : cp <= 0xffff ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp));
                }
                i += Character.charCount(cp) - 1;
            }
        }
        return sb.append(q).toString();
    }


    private static final ThreadLocal<List<Object>> REPR_STACK = ThreadLocal.withInitial(ArrayList::new);
}
