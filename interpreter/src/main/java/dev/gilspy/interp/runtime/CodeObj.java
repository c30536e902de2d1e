package dev.gilspy.interp.runtime;

import static dev.gilspy.interp.runtime.Methods.def;

/** A {@code code} object as Python sees it ({@code f.__code__}, {@code frame.f_code}): the fields tools read. */
final class CodeObj extends PyObj implements Attr.AttrHolder {
    final Code code;

    private CodeObj(Code code) { this.code = code; }

    /** The one code object of {@code code} (a benign race may make two; either is kept). */
    static CodeObj of(Code code) {
        CodeObj c = code.pyObject;
        if (c == null) {
            c = code.pyObject = new CodeObj(code);
        }
        return c;
    }

    @Override public PyType type() { return Types.CODE; }

    @Override public Object getAttr(String name) {
        code.materialize();
        return switch (name) {
            case "co_name" -> code.name;
            case "co_filename" -> code.file;
            case "co_firstlineno" -> (long) code.firstLine;
            case "co_argcount" -> (long) code.argcount;
            case "co_posonlyargcount" -> (long) code.posonlycount;
            case "co_kwonlyargcount" -> (long) code.kwonlycount;
            case "co_nlocals" -> (long) varnames().length;
            case "co_qualname" -> code.qualname;
            case "co_varnames" -> new PyTuple(varnames());
            case "co_freevars" -> new PyTuple(code.freeNames.clone());
            case "co_cellvars", "co_names" -> PyTuple.EMPTY;
            case "co_consts" -> code.doc == null ? new PyTuple(new Object[] {PyNone.NONE}) : new PyTuple(new Object[] {code.doc});
            case "co_flags" -> (long) code.flags;
            case "co_stacksize" -> 0L;
            case "co_code", "co_lnotab", "co_linetable", "co_exceptiontable" -> new PyBytes(new byte[0]);
            default -> null;
        };
    }

    /** The parameters in CPython's order: positional, keyword-only, then *args and **kwargs. */
    private Object[] varnames() {
        java.util.List<Object> names = new java.util.ArrayList<>(java.util.Arrays.asList((Object[]) code.paramNames));
        if (code.varargsName != null) {
            names.add(code.varargsName);
        }
        if (code.kwargsName != null) {
            names.add(code.kwargsName);
        }
        return names.toArray();
    }

    @Override public boolean equals(Object o) { return o instanceof CodeObj c && c.code == code; }
    @Override public int hashCode() { return System.identityHashCode(code); }

    @Override public String toString() {
        return "<code object " + code.name + " at 0x" + Long.toHexString(System.identityHashCode(code)) + ", file \""
            + code.file + "\", line " + code.firstLine + ">";
    }

    static void install() {
        def(Types.CODE, "replace", (t, a, k) -> {
            CodeObj c = (CodeObj) a[0];
            int flags = c.code.flags;
            int n = k == null ? 0 : k.length;
            for (int i = 0; i < n; i++) {
                Object v = a[a.length - n + i];
                if (k[i].equals("co_flags")) {
                    flags = (int) Ops.toLong(v);
                } else if (!k[i].equals("co_name") && !k[i].equals("co_qualname")) {
                    throw Err.type("gilspy: code.replace() does not support " + k[i]);
                }
            }
            return CodeObj.of(c.code.withFlags(flags));
        });
        def(Types.CODE, "__repr__", (t, a, k) -> a[0].toString());
    }
}
