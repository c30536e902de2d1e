package dev.gilspy.interp.modules.sre;

import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyDict;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.Types;

/**
 * {@code _sre}, the engine under CPython's own {@code re} package ({@code Modules/_sre/sre.c}).
 * {@code re._compiler} turns a pattern into SRE code (a list of ints) and hands it to
 * {@code compile}, which makes a {@link PyPattern}; {@link SreEngine} runs the code.
 *
 * <p>{@code setup}: the {@code re/_compiler.py} gilspy unpacks is GraalPy's, which ends with
 * {@code compile = _sre.setup(compile, error, _parser.FLAGS)} so that GraalPy can put its own
 * (TRegex) compiler in front. gilspy's {@code _sre} runs CPython's SRE code as CPython does; its
 * {@code setup} puts {@link SrePrecompiled} in front, which answers the patterns the library compiles
 * at import time from a table made by that same {@code compile}.
 */
public final class SreModule {
    private SreModule() {}

    static PyType newType(String name) {
        PyType t = new PyType(name, new PyType[] {Types.OBJECT}, PyType.Layout.BUILTIN, true);
        t.module = "re";
        return t;
    }

    public static PyModule create() {
        PyModule m = new PyModule("_sre");
        m.put("MAGIC", (long) SreOp.MAGIC);
        m.put("CODESIZE", 4L);
        m.put("MAXREPEAT", 4294967295L);
        m.put("MAXGROUPS", 1073741823L);
        m.put("copyright", " SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB ");
        m.def("getcodesize", (t, a, k) -> 4L);
        m.def("ascii_iscased", (t, a, k) -> SreChars.asciiIscased(ch(a)));
        m.def("unicode_iscased", (t, a, k) -> SreChars.unicodeIscased(ch(a)));
        m.def("ascii_tolower", (t, a, k) -> (long) SreChars.asciiTolower(ch(a)));
        m.def("unicode_tolower", (t, a, k) -> (long) SreChars.lowerUnicode(ch(a)));
        m.def("setup", (t, a, k) -> SrePrecompiled.wrap(a[0]));
        m.def("compile", (t, a, k) -> compile(a));
        m.put("Pattern", PyPattern.TYPE);
        m.put("Match", PyMatch.TYPE);
        m.put("SRE_Scanner", PyScanner.TYPE);
        return m;
    }

    private static int ch(Object[] a) {
        if (a.length != 1) {
            throw Err.type("function takes exactly one argument (" + a.length + " given)");
        }
        long c = Ops.toLong(a[0]);
        return c < 0 || c > Integer.MAX_VALUE ? -1 : (int) c;
    }

    /** {@code _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)}. */
    private static Object compile(Object[] a) {
        if (a.length != 6) {
            throw Err.type("compile() takes exactly 6 arguments (" + a.length + " given)");
        }
        Object[] items = Ops.toArray(a[2]);
        int[] code = new int[items.length];
        for (int i = 0; i < items.length; i++) {
            long v = Ops.toLong(items[i]);
            if (v < 0 || v > 0xffffffffL) {
                throw Err.overflow("regular expression code size limit exceeded");
            }
            code[i] = (int) v;
        }
        int groups = (int) Ops.toLong(a[3]);
        PyDict groupindex = a[4] instanceof PyDict d ? d : new PyDict();
        PyTuple indexgroup = a[5] instanceof PyTuple tu ? tu : a[5] == PyNone.NONE ? null : new PyTuple(Ops.toArray(a[5]));
        return new PyPattern(a[0], (int) Ops.toLong(a[1]), code, groups, groupindex, indexgroup);
    }
}
