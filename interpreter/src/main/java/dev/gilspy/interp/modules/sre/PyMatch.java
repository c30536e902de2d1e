package dev.gilspy.interp.modules.sre;

import dev.gilspy.interp.runtime.Attr;
import dev.gilspy.interp.runtime.BuiltinArgs;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBuiltin;
import dev.gilspy.interp.runtime.PyCallable;
import dev.gilspy.interp.runtime.PyDict;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyObj;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.StrRepr;
import java.math.BigInteger;
import java.util.Map;

/**
 * {@code re.Match} ({@code MatchObject} of {@code sre.c}): the spans of the groups of one match,
 * copied out of the {@link SreState} when the match is made, over the string it was made on.
 */
final class PyMatch extends PyObj implements Attr.AttrHolder {
    static final PyType TYPE = SreModule.newType("Match");

    final PyPattern pattern;
    final SreText text;
    /** Start and end of group i at 2i and 2i+1; -1 for a group that did not take part. */
    final int[] marks;
    final int pos;
    final int endpos;
    final int lastindex;

    PyMatch(PyPattern pattern, SreState s) {
        this.pattern = pattern;
        this.text = s.text;
        int groups = pattern.groups;
        marks = new int[2 * (groups + 1)];
        marks[0] = s.start;
        marks[1] = s.ptr;
        for (int i = 0, j = 0; i < groups; i++, j += 2) {
            if (j + 1 <= s.lastmark && s.mark[j] >= 0 && s.mark[j + 1] >= 0) {
                marks[j + 2] = s.mark[j];
                marks[j + 3] = s.mark[j + 1];
                if (marks[j + 2] > marks[j + 3]) {
                    throw Err.make(dev.gilspy.interp.runtime.Types.get("SystemError"),
                        "The span of capturing group is wrong, please report a bug for the re module.");
                }
            } else {
                marks[j + 2] = -1;
                marks[j + 3] = -1;
            }
        }
        this.pos = s.pos;
        this.endpos = s.endpos;
        this.lastindex = s.lastindex;
    }

    @Override public PyType type() { return TYPE; }

    @Override
    public Object getAttr(String name) {
        switch (name) {
            case "string": return text.original;
            case "re": return pattern;
            case "pos": return (long) pos;
            case "endpos": return (long) endpos;
            case "lastindex": return lastindex >= 0 ? (Object) (long) lastindex : PyNone.NONE;
            case "lastgroup": {
                if (lastindex < 0 || pattern.indexgroup == null || lastindex >= pattern.indexgroup.items.length) {
                    return PyNone.NONE;
                }
                return pattern.indexgroup.items[lastindex];
            }
            case "regs": {
                Object[] r = new Object[pattern.groups + 1];
                for (int i = 0; i < r.length; i++) {
                    r[i] = PyTuple.of((long) marks[2 * i], (long) marks[2 * i + 1]);
                }
                return new PyTuple(r);
            }
            default: return null;
        }
    }

    /** {@code match_getindex}: a group number or name to its index; IndexError("no such group") otherwise. */
    int index(Object g) {
        long i = -1;
        if (g instanceof Long || g instanceof Boolean || g instanceof BigInteger) {
            i = g instanceof BigInteger ? -1 : Ops.toLong(g);
        } else if (Ops.isInt(dev.gilspy.interp.runtime.PyValueSub.unwrap(g))) {
            i = Ops.toLong(g);
        } else if ((g instanceof dev.gilspy.interp.runtime.PyInstance || g instanceof dev.gilspy.interp.runtime.NativeObj)
            && Ops.typeOf(g).lookup("__index__") != null) {
            // as CPython's PyIndex_Check: any object with __index__ is a group number (a huge one is no group)
            Object v = Ops.call(dev.gilspy.interp.runtime.PyThread.current(), Ops.typeOf(g).lookup("__index__"), new Object[] {g}, null);
            i = v instanceof BigInteger ? -1 : Ops.toLong(v);
        } else {
            Object v = pattern.groupindex.get(g);
            if (v instanceof Long l) {
                i = l;
            }
        }
        if (i < 0 || i > pattern.groups) {
            throw Err.index("no such group");
        }
        return (int) i;
    }

    Object group(int i, Object def) {
        int b = marks[2 * i];
        int e = marks[2 * i + 1];
        if (b < 0 || e < 0) {
            return def;
        }
        return text.slice(b, e);
    }

    private String repr() {
        String m = StrRepr.repr(group(0, PyNone.NONE));
        if (m.codePointCount(0, m.length()) > 50) {
            m = m.substring(0, m.offsetByCodePoints(0, 50));
        }
        return "<re.Match object; span=(" + marks[0] + ", " + marks[1] + "), match=" + m + ">";
    }

    private static PyMatch self(Object[] a) { return (PyMatch) a[0]; }

    private static void def(String name, PyCallable body) {
        TYPE.define(name, new PyBuiltin(name, body));
    }

    private static int groupArg(Object[] a, String[] k) {
        Object g = BuiltinArgs.get(a, k, 1, "group", 0L);
        return self(a).index(g);
    }

    static {
        def("group", (t, a, k) -> {
            PyMatch m = self(a);
            int n = a.length - 1;
            if (n == 0) {
                return m.group(0, PyNone.NONE);
            }
            if (n == 1) {
                return m.group(m.index(a[1]), PyNone.NONE);
            }
            Object[] r = new Object[n];
            for (int i = 0; i < n; i++) {
                r[i] = m.group(m.index(a[i + 1]), PyNone.NONE);
            }
            return new PyTuple(r);
        });
        def("__getitem__", (t, a, k) -> self(a).group(self(a).index(a[1]), PyNone.NONE));
        def("groups", (t, a, k) -> {
            PyMatch m = self(a);
            Object def = BuiltinArgs.get(a, k, 1, "default", PyNone.NONE);
            Object[] r = new Object[m.pattern.groups];
            for (int i = 0; i < r.length; i++) {
                r[i] = m.group(i + 1, def);
            }
            return new PyTuple(r);
        });
        def("groupdict", (t, a, k) -> {
            PyMatch m = self(a);
            Object def = BuiltinArgs.get(a, k, 1, "default", PyNone.NONE);
            PyDict d = new PyDict();
            for (Map.Entry<Object, Object> e : m.pattern.groupindex.entries()) {
                d.put(e.getKey(), m.group(m.index(e.getKey()), def));
            }
            return d;
        });
        def("start", (t, a, k) -> (long) self(a).marks[2 * groupArg(a, k)]);
        def("end", (t, a, k) -> (long) self(a).marks[2 * groupArg(a, k) + 1]);
        def("span", (t, a, k) -> {
            int i = groupArg(a, k);
            return PyTuple.of((long) self(a).marks[2 * i], (long) self(a).marks[2 * i + 1]);
        });
        def("expand", (t, a, k) -> {
            Object expand = t.interp.importModule(t, "re").get("_expand");
            Object template = BuiltinArgs.get(a, k, 1, "template", null);
            return Ops.call(t, expand, new Object[] {self(a).pattern, a[0], template}, null);
        });
        def("__repr__", (t, a, k) -> self(a).repr());
        def("__copy__", (t, a, k) -> a[0]);
        def("__deepcopy__", (t, a, k) -> a[0]);
        TYPE.define("__class_getitem__", new PyBuiltin("__class_getitem__", (t, a, k) -> a[0]));
        TYPE.finishInit();
    }
}
