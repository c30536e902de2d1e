package dev.gilspy.interp.modules.sre;

import dev.gilspy.interp.runtime.Attr;
import dev.gilspy.interp.runtime.BuiltinArgs;
import dev.gilspy.interp.runtime.EqualsByValue;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.Hashing;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBuiltin;
import dev.gilspy.interp.runtime.PyBytes;
import dev.gilspy.interp.runtime.PyCallable;
import dev.gilspy.interp.runtime.PyDict;
import dev.gilspy.interp.runtime.PyList;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyObj;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.StrRepr;
import dev.gilspy.interp.runtime.Types;
import java.util.Arrays;
import java.util.Map;

/**
 * {@code re.Pattern}: a compiled pattern ({@code PatternObject} of {@code sre.c}) and its methods.
 * Matching runs {@link SreEngine} over an {@link SreState}; the loops of findall, split and sub are
 * those of {@code pattern_findall}, {@code pattern_split} and {@code pattern_subx}, including
 * {@code must_advance}, which lets an empty match follow a non-empty one at the same place.
 */
final class PyPattern extends PyObj implements Attr.AttrHolder, EqualsByValue {
    static final PyType TYPE = SreModule.newType("Pattern");

    final Object pattern;
    final int flags;
    final int[] code;
    final int groups;
    final PyDict groupindex;
    final PyTuple indexgroup;
    /** 1 for a bytes pattern, 0 for str, -1 when compiled from a parsed pattern (no source). */
    final int isBytes;

    PyPattern(Object pattern, int flags, int[] code, int groups, PyDict groupindex, PyTuple indexgroup) {
        this.pattern = pattern;
        this.flags = flags;
        this.code = code;
        this.groups = groups;
        this.groupindex = groupindex;
        this.indexgroup = indexgroup;
        Object p = dev.gilspy.interp.runtime.PyValueSub.unwrap(pattern);
        this.isBytes = p == PyNone.NONE ? -1 : p instanceof String ? 0 : 1;
    }

    @Override public PyType type() { return TYPE; }

    @Override
    public Object getAttr(String name) {
        switch (name) {
            case "pattern": return pattern;
            case "flags": return (long) flags;
            case "groups": return (long) groups;
            case "groupindex": {
                PyDict d = new PyDict();
                for (Map.Entry<Object, Object> e : groupindex.entries()) {
                    d.put(e.getKey(), e.getValue());
                }
                return d;
            }
            default: return null;
        }
    }

    /** {@code state_init}: a run over {@code string} between pos and endpos, after the str/bytes check. */
    SreState state(Object string, long pos, long endpos) {
        SreText text = SreText.of(string);
        if (text.isBytes() && isBytes == 0) {
            throw Err.type("cannot use a string pattern on a bytes-like object");
        }
        if (!text.isBytes() && isBytes == 1) {
            throw Err.type("cannot use a bytes pattern on a string-like object");
        }
        return new SreState(code, groups, text, pos, endpos);
    }

    Object newMatch(SreState s, boolean found) {
        return found ? new PyMatch(this, s) : PyNone.NONE;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyPattern p && (p == this || p.flags == flags && p.isBytes == isBytes
            && Arrays.equals(p.code, code) && Ops.eq(p.pattern, pattern));
    }

    @Override
    public int hashCode() {
        return (int) Hashing.hash(pattern) * 31 + Arrays.hashCode(code) + flags;
    }

    private static final String[] FLAG_NAMES = {"re.TEMPLATE", "re.IGNORECASE", "re.LOCALE", "re.MULTILINE",
        "re.DOTALL", "re.UNICODE", "re.VERBOSE", "re.DEBUG", "re.ASCII"};

    String repr() {
        String p = StrRepr.repr(pattern);
        if (p.codePointCount(0, p.length()) > 200) {
            p = p.substring(0, p.offsetByCodePoints(0, 200));
        }
        int f = flags;
        if (isBytes == 0 && (f & (SreOp.FLAG_LOCALE | SreOp.FLAG_UNICODE | SreOp.FLAG_ASCII)) == SreOp.FLAG_UNICODE) {
            f &= ~SreOp.FLAG_UNICODE;
        }
        if (f == 0) {
            return "re.compile(" + p + ")";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < FLAG_NAMES.length; i++) {
            if ((f & (1 << i)) != 0) {
                if (sb.length() > 0) {
                    sb.append('|');
                }
                sb.append(FLAG_NAMES[i]);
                f &= ~(1 << i);
            }
        }
        if (f != 0) {
            if (sb.length() > 0) {
                sb.append('|');
            }
            sb.append("0x").append(Integer.toHexString(f));
        }
        return "re.compile(" + p + ", " + sb + ")";
    }

    // ------------------------------------------------------------------ methods

    private static PyPattern self(Object[] a) { return (PyPattern) a[0]; }

    private static long pos(Object[] a, String[] k, int i) {
        return Ops.toLong(BuiltinArgs.get(a, k, i, "pos", 0L));
    }

    private static long endpos(Object[] a, String[] k, int i) {
        Object v = BuiltinArgs.get(a, k, i, "endpos", null);
        return v == null ? Long.MAX_VALUE : Ops.toLong(v);
    }

    private static Object string(Object[] a, String[] k, String fn) {
        Object s = BuiltinArgs.get(a, k, 1, "string", null);
        if (s == null) {
            throw Err.type(fn + "() missing required argument 'string' (pos 1)");
        }
        return s;
    }

    private static void def(String name, PyCallable body) {
        TYPE.define(name, new PyBuiltin(name, body));
    }

    static {
        def("match", (t, a, k) -> {
            SreState s = self(a).state(string(a, k, "match"), pos(a, k, 2), endpos(a, k, 3));
            s.ptr = s.start;
            return self(a).newMatch(s, SreEngine.match(s, 0, true));
        });
        def("fullmatch", (t, a, k) -> {
            SreState s = self(a).state(string(a, k, "fullmatch"), pos(a, k, 2), endpos(a, k, 3));
            s.ptr = s.start;
            s.matchAll = true;
            return self(a).newMatch(s, SreEngine.match(s, 0, true));
        });
        def("search", (t, a, k) -> {
            SreState s = self(a).state(string(a, k, "search"), pos(a, k, 2), endpos(a, k, 3));
            return self(a).newMatch(s, s.search());
        });
        def("findall", (t, a, k) -> self(a).findall(self(a).state(string(a, k, "findall"), pos(a, k, 2), endpos(a, k, 3))));
        def("finditer", (t, a, k) -> {
            PyScanner sc = new PyScanner(self(a), self(a).state(string(a, k, "finditer"), pos(a, k, 2), endpos(a, k, 3)));
            return sc.iterator();
        });
        def("scanner", (t, a, k) -> new PyScanner(self(a), self(a).state(string(a, k, "scanner"), pos(a, k, 2), endpos(a, k, 3))));
        def("split", (t, a, k) -> {
            Object max = BuiltinArgs.get(a, k, 2, "maxsplit", 0L);
            return self(a).split(self(a).state(string(a, k, "split"), 0, Long.MAX_VALUE), Ops.toLong(max));
        });
        def("sub", (t, a, k) -> PatternSub.subx(t, self(a), a, k, false));
        def("subn", (t, a, k) -> PatternSub.subx(t, self(a), a, k, true));
        def("__repr__", (t, a, k) -> self(a).repr());
        def("__eq__", (t, a, k) -> a[1] instanceof PyPattern ? (Object) a[0].equals(a[1]) : Types.NOT_IMPLEMENTED);
        def("__ne__", (t, a, k) -> a[1] instanceof PyPattern ? (Object) !a[0].equals(a[1]) : Types.NOT_IMPLEMENTED);
        def("__hash__", (t, a, k) -> (long) a[0].hashCode());
        // CPython pickles patterns through copyreg.pickle(Pattern, re._pickle); gilspy's pickle asks the class
        def("__reduce__", (t, a, k) -> PyTuple.of(t.interp.importModule(t, "re").get("_compile"),
            PyTuple.of(self(a).pattern, (long) self(a).flags)));
        def("__copy__", (t, a, k) -> a[0]);
        def("__deepcopy__", (t, a, k) -> a[0]);
        TYPE.define("__class_getitem__", new PyBuiltin("__class_getitem__", (t, a, k) -> a[0]));
        TYPE.finishInit();
    }

    // ------------------------------------------------------------------ findall, split

    private Object findall(SreState s) {
        PyList list = new PyList();
        while (true) {
            s.reset();
            s.ptr = s.start;
            if (!s.search()) {
                break;
            }
            list.append(findallItem(s));
            s.mustAdvance = s.ptr == s.start;
            s.start = s.ptr;
        }
        return list;
    }

    private Object findallItem(SreState s) {
        if (groups == 0) {
            return s.text.slice(s.start, s.ptr);
        }
        if (groups == 1) {
            return groupSlice(s, 1, true);
        }
        Object[] items = new Object[groups];
        for (int i = 1; i <= groups; i++) {
            items[i - 1] = groupSlice(s, i, true);
        }
        return new PyTuple(items);
    }

    /** {@code state_getslice}: group {@code index} of the current match; empty or None when it did not take part. */
    static Object groupSlice(SreState s, int index, boolean empty) {
        int j = 2 * (index - 1);
        if (s.lastmark < j + 1 || s.mark[j] < 0 || s.mark[j + 1] < 0) {
            if (empty) {
                return s.text.isBytes() ? new PyBytes(new byte[0]) : "";
            }
            return PyNone.NONE;
        }
        return s.text.slice(s.mark[j], s.mark[j + 1]);
    }

    private Object split(SreState s, long maxsplit) {
        PyList list = new PyList();
        int n = 0;
        int last = s.start;
        while (maxsplit == 0 || n < maxsplit) {
            s.reset();
            s.ptr = s.start;
            if (!s.search()) {
                break;
            }
            list.append(s.text.slice(last, s.start));
            for (int i = 1; i <= groups; i++) {
                list.append(groupSlice(s, i, false));
            }
            n++;
            s.mustAdvance = s.ptr == s.start;
            last = s.ptr;
            s.start = s.ptr;
        }
        list.append(s.text.slice(last, s.endpos));
        return list;
    }
}
