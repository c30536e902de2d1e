package dev.gilspy.interp.runtime;

import java.util.ArrayList;
import java.util.List;

/** Methods of {@code str}, including {@code str.format}'s field syntax. */
final class StrMethods {
    private StrMethods() {}

    private static String s(Object o) {
        if (o instanceof PyValueSub v) {
            o = v.value;
        }
        if (o instanceof String x) {
            return x;
        }
        throw Err.type("descriptor requires a 'str' object but received a '" + Ops.typeName(o) + "'");
    }

    static void install() {
        PyType t = Types.STR;
        Methods.def(t, "join", (th, a, k) -> {
            String sep = s(a[0]);
            Object[] items = Ops.toArray(a[1]);
            // Two passes, as CPython's _PyUnicode_JoinArray: check the items and add up their lengths, then
            // copy into a builder of that size. Growing the builder copied the text again at each doubling
            // (json.dumps(indent=...) joins thousands of chunks).
            String[] parts = new String[items.length];
            long total = (long) sep.length() * Math.max(0, items.length - 1);
            for (int i = 0; i < items.length; i++) {
                Object item = items[i] instanceof PyValueSub v && v.value instanceof String ? v.value : items[i];
                if (!(item instanceof String x)) {
                    throw Err.type("sequence item " + i + ": expected str instance, " + Ops.typeName(items[i]) + " found");
                }
                parts[i] = x;
                total += x.length();
            }
            if (parts.length == 1 && items[0] instanceof String only) {
                return only; // CPython returns an exact str item itself
            }
            if (total > Integer.MAX_VALUE - 8) {
                throw Err.overflow("join() result is too long for a Python string");
            }
            StringBuilder sb = new StringBuilder((int) total);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    sb.append(sep);
                }
                sb.append(parts[i]);
            }
            return sb.toString();
        });
        Methods.def(t, "split", (th, a, k) -> split(s(a[0]), BuiltinArgs.get(a, k, 1, "sep", PyNone.NONE),
            Ops.ssizeSaturated(BuiltinArgs.get(a, k, 2, "maxsplit", -1L)), false));
        Methods.def(t, "rsplit", (th, a, k) -> split(s(a[0]), BuiltinArgs.get(a, k, 1, "sep", PyNone.NONE),
            Ops.ssizeSaturated(BuiltinArgs.get(a, k, 2, "maxsplit", -1L)), true));
        Methods.def(t, "splitlines", (th, a, k) -> {
            String x = s(a[0]);
            boolean keep = Ops.truthy(BuiltinArgs.get(a, k, 1, "keepends", false));
            List<Object> out = new ArrayList<>();
            int start = 0;
            for (int i = 0; i < x.length(); i++) {
                char c = x.charAt(i);
                if (c == '\n' || c == '\r') {
                    int end = i;
                    if (c == '\r' && i + 1 < x.length() && x.charAt(i + 1) == '\n') {
                        i++;
                    }
                    out.add(x.substring(start, keep ? i + 1 : end));
                    start = i + 1;
                }
            }
            if (start < x.length()) {
                out.add(x.substring(start));
            }
            return new PyList(out.toArray());
        });
        Methods.def(t, "strip", (th, a, k) -> strip(s(a[0]), a.length > 1 ? a[1] : PyNone.NONE, true, true));
        Methods.def(t, "lstrip", (th, a, k) -> strip(s(a[0]), a.length > 1 ? a[1] : PyNone.NONE, true, false));
        Methods.def(t, "rstrip", (th, a, k) -> strip(s(a[0]), a.length > 1 ? a[1] : PyNone.NONE, false, true));
        Methods.def(t, "startswith", (th, a, k) -> affix(s(a[0]), a, true));
        Methods.def(t, "endswith", (th, a, k) -> affix(s(a[0]), a, false));
        Methods.def(t, "find", (th, a, k) -> (long) find(s(a[0]), a, false));
        Methods.def(t, "rfind", (th, a, k) -> (long) find(s(a[0]), a, true));
        Methods.def(t, "index", (th, a, k) -> {
            int i = find(s(a[0]), a, false);
            if (i < 0) {
                throw Err.value("substring not found");
            }
            return (long) i;
        });
        Methods.def(t, "rindex", (th, a, k) -> {
            int i = find(s(a[0]), a, true);
            if (i < 0) {
                throw Err.value("substring not found");
            }
            return (long) i;
        });
        Methods.def(t, "count", (th, a, k) -> {
            String full = s(a[0]);
            String sub = s(a[1]);
            int[] se = CodePoints.bounds(full, a);
            int start = se[0];
            int end = se[1];
            if (start > end || startBeyond(full, a)) {
                return 0L;
            }
            String x = full.substring(start, end);
            if (sub.isEmpty()) {
                return (long) CodePoints.length(x) + 1;
            }
            long n = 0;
            int i = 0;
            while ((i = x.indexOf(sub, i)) >= 0) {
                n++;
                i += sub.length();
            }
            return n;
        });
        Methods.def(t, "replace", (th, a, k) -> {
            String x = s(a[0]);
            String old = s(a[1]);
            String nw = s(a[2]);
            long count = a.length > 3 ? Ops.ssizeSaturated(a[3]) : -1;
            if (count < 0) {
                return x.replace(old, nw);
            }
            StringBuilder sb = new StringBuilder();
            int i = 0;
            int done = 0;
            while (done < count) {
                int j = old.isEmpty() ? (i <= x.length() ? i : -1) : x.indexOf(old, i);
                if (j < 0) {
                    break;
                }
                sb.append(x, i, j).append(nw);
                if (old.isEmpty()) {
                    if (j < x.length()) {
                        sb.append(x.charAt(j));
                    }
                    i = j + 1;
                } else {
                    i = j + old.length();
                }
                done++;
            }
            if (i <= x.length()) {
                sb.append(x.substring(Math.min(i, x.length())));
            }
            return sb.toString();
        });
        Methods.def(t, "upper", (th, a, k) -> UnicodeCase.upper(s(a[0])));
        Methods.def(t, "lower", (th, a, k) -> UnicodeCase.lower(s(a[0])));
        Methods.def(t, "casefold", (th, a, k) -> UnicodeCase.casefold(s(a[0])));
        Methods.def(t, "swapcase", (th, a, k) -> UnicodeCase.swapcase(s(a[0])));
        Methods.def(t, "capitalize", (th, a, k) -> UnicodeCase.capitalize(s(a[0])));
        Methods.def(t, "title", (th, a, k) -> UnicodeCase.title(s(a[0])));
        Methods.def(t, "isdigit", (th, a, k) -> all(s(a[0]), UnicodeCase::isDigit));
        Methods.def(t, "isdecimal", (th, a, k) -> all(s(a[0]), UnicodeCase::isDecimal));
        Methods.def(t, "isnumeric", (th, a, k) -> all(s(a[0]), UnicodeCase::isNumeric));
        Methods.def(t, "isalpha", (th, a, k) -> all(s(a[0]), UnicodeCase::isAlpha));
        Methods.def(t, "isalnum", (th, a, k) -> all(s(a[0]), UnicodeCase::isAlnum));
        Methods.def(t, "isspace", (th, a, k) -> all(s(a[0]), StrMethods::isSpace));
        Methods.def(t, "isprintable", (th, a, k) -> s(a[0]).codePoints().allMatch(UnicodeCase::isPrintable));
        Methods.def(t, "isascii", (th, a, k) -> s(a[0]).chars().allMatch(c -> c < 128));
        Methods.def(t, "isidentifier", (th, a, k) -> {
            String x = s(a[0]);
            return !x.isEmpty() && (Character.isLetter(x.codePointAt(0)) || x.charAt(0) == '_')
                && x.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '_');
        });
        Methods.def(t, "isupper", (th, a, k) -> UnicodeCase.isupper(s(a[0])));
        Methods.def(t, "islower", (th, a, k) -> UnicodeCase.islower(s(a[0])));
        Methods.def(t, "istitle", (th, a, k) -> UnicodeCase.istitle(s(a[0])));
        Methods.def(t, "center", (th, a, k) -> pad(s(a[0]), a, 0));
        Methods.def(t, "ljust", (th, a, k) -> pad(s(a[0]), a, -1));
        Methods.def(t, "rjust", (th, a, k) -> pad(s(a[0]), a, 1));
        Methods.def(t, "zfill", (th, a, k) -> {
            String x = s(a[0]);
            int w = width(a[1]);
            int len = CodePoints.length(x);
            if (len >= w) {
                return x;
            }
            String sign = x.startsWith("-") || x.startsWith("+") ? x.substring(0, 1) : "";
            return sign + "0".repeat(w - len) + x.substring(sign.length());
        });
        Methods.def(t, "partition", (th, a, k) -> {
            String x = s(a[0]);
            String sep = s(a[1]);
            if (sep.isEmpty()) {
                throw Err.value("empty separator");
            }
            int i = x.indexOf(sep);
            return i < 0 ? PyTuple.of(x, "", "") : PyTuple.of(x.substring(0, i), sep, x.substring(i + sep.length()));
        });
        Methods.def(t, "rpartition", (th, a, k) -> {
            String x = s(a[0]);
            String sep = s(a[1]);
            if (sep.isEmpty()) {
                throw Err.value("empty separator");
            }
            int i = x.lastIndexOf(sep);
            return i < 0 ? PyTuple.of("", "", x) : PyTuple.of(x.substring(0, i), sep, x.substring(i + sep.length()));
        });
        // an exact str even when nothing is removed from a subclass instance
        Methods.def(t, "removeprefix", (th, a, k) -> s(a[0]).startsWith(s(a[1])) ? s(a[0]).substring(s(a[1]).length()) : s(a[0]));
        Methods.def(t, "removesuffix", (th, a, k) -> s(a[0]).endsWith(s(a[1])) && !s(a[1]).isEmpty()
            ? s(a[0]).substring(0, s(a[0]).length() - s(a[1]).length()) : s(a[0]));
        Methods.def(t, "expandtabs", (th, a, k) -> {
            int ts = a.length > 1 ? Ops.toCInt(a[1]) : 8;
            StringBuilder sb = new StringBuilder();
            int col = 0;
            for (char c : s(a[0]).toCharArray()) {
                if (c == '\t') {
                    int n = ts > 0 ? ts - (col % ts) : 0;
                    sb.append(" ".repeat(n));
                    col += n;
                } else {
                    sb.append(c);
                    col = c == '\n' || c == '\r' ? 0 : Character.isLowSurrogate(c) && sb.length() > 1
                        && Character.isHighSurrogate(sb.charAt(sb.length() - 2)) ? col : col + 1;
                }
            }
            return sb.toString();
        });
        Methods.def(t, "encode", (th, a, k) -> BytesMethods.encode(s(a[0]), BytesMethods.encodingArg(a, k), BytesMethods.errorsArg(a, k)));
        Methods.def(t, "format", (th, a, k) -> format(th, s(a[0]), a, k));
        Methods.def(t, "format_map", (th, a, k) -> format(th, s(a[0]), new Object[] {a[0]}, null, a[1]));
        Methods.def(t, "__len__", (th, a, k) -> Ops.len(a[0]));
        Methods.def(t, "__contains__", (th, a, k) -> Ops.contains(a[0], a[1]));
        Methods.def(t, "__getitem__", (th, a, k) -> Ops.getitem(PyValueSub.unwrap(a[0]), a[1]));
        Methods.def(t, "__add__", (th, a, k) -> a[1] instanceof String ? Ops.add(a[0], a[1]) : Types.NOT_IMPLEMENTED);
        Methods.def(t, "__mul__", (th, a, k) -> BinOp.MUL.apply(a[0], a[1]));
        Methods.def(t, "__mod__", (th, a, k) -> BinOp.MOD.apply(a[0], a[1]));
        Methods.def(t, "__eq__", (th, a, k) -> a[1] instanceof String ? a[0].equals(a[1]) : Types.NOT_IMPLEMENTED);
        Methods.def(t, "__ne__", (th, a, k) -> a[1] instanceof String ? !a[0].equals(a[1]) : Types.NOT_IMPLEMENTED);
        Methods.def(t, "__lt__", (th, a, k) -> Compare.LT.test(a[0], a[1]));
        Methods.def(t, "__hash__", (th, a, k) -> Hashing.hash(PyValueSub.unwrap(a[0]))); // str.__hash__(self) in a subclass's own __hash__: the value's, not the override again
        Methods.def(t, "__str__", (th, a, k) -> PyValueSub.unwrap(a[0]));
        Methods.def(t, "__repr__", (th, a, k) -> StrRepr.repr(PyValueSub.unwrap(a[0])));
        Methods.def(t, "__format__", (th, a, k) -> Formatting.format(PyValueSub.unwrap(a[0]), Formatting.specArg(a[1])));
        Methods.def(t, "__iter__", (th, a, k) -> Ops.iter(a[0]));
        Methods.def(t, "maketrans", (th, a, k) -> {
            PyDict d = new PyDict();
            if (a.length == 1 && a[0] instanceof PyDict m) {
                for (var e : m.entries()) {
                    d.put(translateKey(e.getKey()), e.getValue());
                }
                return d;
            }
            if (a.length == 1) {
                throw Err.type("if you give only one argument to maketrans it must be a dict");
            }
            String from = s(a[0]);
            String to = s(a[1]);
            int[] f = from.codePoints().toArray();
            int[] g = to.codePoints().toArray();
            if (f.length != g.length) {
                throw Err.value("the first two maketrans arguments must have equal length");
            }
            for (int i = 0; i < f.length; i++) {
                d.put((long) f[i], (long) g[i]);
            }
            if (a.length > 2) {
                for (int c : s(a[2]).codePoints().toArray()) {
                    d.put((long) c, PyNone.NONE);
                }
            }
            return d;
        });
        Types.STR.dict.put("maketrans", new PyDescriptors.StaticMethod(Types.STR.dict.get("maketrans")));
        Methods.def(t, "translate", (th, a, k) -> {
            StringBuilder sb = new StringBuilder();
            for (int c : s(a[0]).codePoints().toArray()) {
                Object v;
                try {
                    v = Ops.getitem(a[1], (long) c);
                } catch (PyException e) {
                    if (!Err.matches(e, Types.LookupError)) {
                        throw e;
                    }
                    sb.appendCodePoint(c);
                    continue;
                }
                if (v == PyNone.NONE) {
                    continue;
                }
                if (v instanceof String vs) {
                    sb.append(vs);
                    continue;
                }
                long cp = Ops.toLong(v);
                if (cp < 0 || cp > 0x10ffff) {
                    throw Err.value("character mapping must be in range(0x110000)");
                }
                sb.appendCodePoint((int) cp);
            }
            return sb.toString();
        });
    }


    /**
     * Python's whitespace (str.isspace, split() and strip() without arguments): Java's whitespace
     * plus the no-break spaces (U+00A0, U+2007, U+202F, category Zs) and NEL (U+0085), which CPython
     * counts and Java does not.
     */
    static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85;
    }

    private static boolean all(String x, java.util.function.IntPredicate p) {
        return !x.isEmpty() && x.codePoints().allMatch(p);
    }

    /** A width for center/ljust/rjust/zfill: CPython's OverflowError beyond 64 bits, MemoryError beyond a Java string. */
    private static int width(Object o) {
        if (o instanceof java.math.BigInteger) {
            throw Err.overflow("Python int too large to convert to C ssize_t");
        }
        long w = Ops.toLong(o);
        return w < 0 ? -1 : Seq.checkedSize(w);
    }

    private static String pad(String x, Object[] a, int align) {
        int w = width(a[1]);
        String fill = a.length > 2 ? s(a[2]) : " ";
        int n = w - CodePoints.length(x);
        if (n <= 0) {
            return x;
        }
        if (align < 0) {
            return x + fill.repeat(n);
        }
        if (align > 0) {
            return fill.repeat(n) + x;
        }
        int left = n / 2 + (n & w & 1);
        return fill.repeat(left) + x + fill.repeat(n - left);
    }

    static PyList split(String x, Object sepO, int max, boolean right) {
        List<Object> out = new ArrayList<>();
        if (sepO == PyNone.NONE) {
            if (!right) {
                int i = 0;
                int n = x.length();
                while (true) {
                    while (i < n && isSpace(x.charAt(i))) {
                        i++;
                    }
                    if (i >= n) {
                        break;
                    }
                    if (max >= 0 && out.size() >= max) {
                        out.add(x.substring(i)); // CPython keeps the remainder's trailing whitespace
                        break;
                    }
                    int j = i;
                    while (j < n && !isSpace(x.charAt(j))) {
                        j++;
                    }
                    out.add(x.substring(i, j));
                    i = j;
                }
                return new PyList(out.toArray());
            }
            int j = x.length();
            while (true) {
                while (j > 0 && isSpace(x.charAt(j - 1))) {
                    j--;
                }
                if (j <= 0) {
                    break;
                }
                if (max >= 0 && out.size() >= max) {
                    out.add(0, x.substring(0, j));
                    break;
                }
                int i = j;
                while (i > 0 && !isSpace(x.charAt(i - 1))) {
                    i--;
                }
                out.add(0, x.substring(i, j));
                j = i;
            }
            return new PyList(out.toArray());
        }
        String sep = s(sepO);
        if (sep.isEmpty()) {
            throw Err.value("empty separator");
        }
        if (!right) {
            int i = 0;
            while (true) {
                int j = x.indexOf(sep, i);
                if (j < 0 || (max >= 0 && out.size() >= max)) {
                    out.add(x.substring(i));
                    break;
                }
                out.add(x.substring(i, j));
                i = j + sep.length();
            }
        } else {
            int j = x.length();
            while (true) {
                int i = x.lastIndexOf(sep, j - sep.length());
                if (i < 0 || (max >= 0 && out.size() >= max) || j - sep.length() < 0) {
                    out.add(0, x.substring(0, j));
                    break;
                }
                out.add(0, x.substring(i + sep.length(), j));
                j = i;
            }
        }
        return new PyList(out.toArray());
    }

    static String strip(String x, Object chars, boolean left, boolean right) {
        String cs = chars == PyNone.NONE ? null : s(chars);
        int i = 0;
        int j = x.length();
        if (left) {
            while (i < j && (cs == null ? isSpace(x.charAt(i)) : cs.indexOf(x.charAt(i)) >= 0)) {
                i++;
            }
        }
        if (right) {
            while (j > i && (cs == null ? isSpace(x.charAt(j - 1)) : cs.indexOf(x.charAt(j - 1)) >= 0)) {
                j--;
            }
        }
        return x.substring(i, j);
    }

    /**
     * Whether the start argument lies past the end of {@code x}: CPython's ADJUST_INDICES leaves
     * such a start as it is, so that even the empty string is not found there.
     */
    private static boolean startBeyond(String x, Object[] a) {
        return a.length > 2 && a[2] != PyNone.NONE && Ops.toIndex(a[2]) > CodePoints.length(x);
    }

    private static boolean affix(String x, Object[] a, boolean prefix) {
        int[] se = CodePoints.bounds(x, a);
        int start = se[0];
        int end = se[1];
        boolean none = start > end || startBeyond(x, a); // not even '' matches (CPython's tailmatch)
        String sub = start <= end ? x.substring(start, end) : "";
        if (a[1] instanceof PyTuple t) {
            for (Object o : t.items) {
                if (!none && (prefix ? sub.startsWith(s(o)) : sub.endsWith(s(o)))) {
                    return true;
                }
            }
            return false;
        }
        if (!(a[1] instanceof String p)) {
            throw Err.type((prefix ? "startswith" : "endswith") + " first arg must be str or a tuple of str, not " + Ops.typeName(a[1]));
        }
        return !none && (prefix ? sub.startsWith(p) : sub.endsWith(p));
    }

    private static int find(String x, Object[] a, boolean reverse) {
        String sub = s(a[1]);
        int[] se = CodePoints.bounds(x, a);
        int start = se[0];
        int end = se[1];
        if (start > end || startBeyond(x, a)) {
            return -1;
        }
        String region = x.substring(0, end);
        int i = reverse ? region.lastIndexOf(sub) : region.indexOf(sub, start);
        return i < start ? -1 : CodePoints.toCp(x, i);
    }

    static String format(PyThread t, String fmt, Object[] a, String[] k) {
        return format(t, fmt, a, k, null);
    }

    /** {@code str.format}: {@code {}}, {@code {0}}, {@code {name}}, {@code {x.attr}}, {@code {x[0]}}, {@code !r}, {@code :spec}. */
    static String format(PyThread t, String fmt, Object[] a, String[] k, Object mapping) {
        return format(t, fmt, a, k, mapping, new int[2]);
    }

    /**
     * {@code autoNext}: the next automatic field number, shared with the nested fields of format
     * specs, and whether fields were numbered automatically (1) or by hand (2) so far.
     */
    private static String format(PyThread t, String fmt, Object[] a, String[] k, Object mapping, int[] autoNext) {
        return format(t, fmt, a, k, mapping, autoNext, 2);
    }

    /** {@code recursion}: how many levels of nested fields in specs are still allowed (CPython's build_string: 2). */
    private static String format(PyThread t, String fmt, Object[] a, String[] k, Object mapping, int[] autoNext, int recursion) {
        if (recursion <= 0) {
            throw Err.value("Max string recursion exceeded");
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < fmt.length()) {
            char c = fmt.charAt(i);
            if (c == '{') {
                if (i + 1 < fmt.length() && fmt.charAt(i + 1) == '{') {
                    sb.append('{');
                    i += 2;
                    continue;
                }
                if (i + 1 >= fmt.length()) {
                    throw Err.value("Single '{' encountered in format string");
                }
                Field f = Field.parse(fmt, i + 1);
                Object v = fieldObject(f.name, a, k, mapping, autoNext);
                v = switch (f.conversion) {
                    case 0 -> v;
                    case 'r' -> StrRepr.repr(v);
                    case 's' -> StrRepr.str(v);
                    case 'a' -> Formatting.ascii(v);
                    default -> throw Err.value(f.conversion > 32 && f.conversion < 127
                        ? "Unknown conversion specifier " + f.conversion
                        : "Unknown conversion specifier \\x" + Integer.toHexString(f.conversion));
                };
                String spec = f.spec;
                if (f.specNeedsExpanding) {
                    // after the field's own value, as CPython numbers them: '{:{}}'.format(x, spec)
                    spec = format(t, spec, a, k, mapping, autoNext, recursion - 1);
                }
                sb.append(Formatting.format(v, spec));
                i = f.end;
            } else if (c == '}') {
                if (i + 1 < fmt.length() && fmt.charAt(i + 1) == '}') {
                    sb.append('}');
                    i += 2;
                    continue;
                }
                throw Err.value("Single '}' encountered in format string");
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    /**
     * One replacement field, read as CPython's {@code parse_field} reads it ({@code Objects/stringlib/unicode_format.h}):
     * the field name (a '[' hides ':', '!' and '}' up to its ']'), an optional conversion character, an
     * optional spec with balanced braces; {@code end} is the index after the closing '}'.
     */
    private record Field(String name, char conversion, String spec, boolean specNeedsExpanding, int end) {
        static Field parse(String fmt, int start) {
            int n = fmt.length();
            int i = start;
            char c = 0;
            while (i < n) {
                c = fmt.charAt(i++);
                if (c == '{') {
                    throw Err.value("unexpected '{' in field name");
                }
                if (c == '[') {
                    while (i < n && fmt.charAt(i) != ']') {
                        i++;
                    }
                    continue;
                }
                if (c == '}' || c == ':' || c == '!') {
                    break;
                }
            }
            if (c != '}' && c != ':' && c != '!') {
                throw Err.value("expected '}' before end of string");
            }
            String name = fmt.substring(start, i - 1);
            if (c == '}') {
                return new Field(name, (char) 0, "", false, i);
            }
            char conversion = 0;
            if (c == '!') {
                if (i >= n) {
                    throw Err.value("end of string while looking for conversion specifier");
                }
                conversion = fmt.charAt(i++);
                if (i < n) {
                    char after = fmt.charAt(i++);
                    if (after == '}') {
                        return new Field(name, conversion, "", false, i);
                    }
                    if (after != ':') {
                        throw Err.value("expected ':' after conversion specifier");
                    }
                }
            }
            int specStart = i;
            int count = 1;
            boolean expand = false;
            while (i < n) {
                char x = fmt.charAt(i++);
                if (x == '{') {
                    expand = true;
                    count++;
                } else if (x == '}' && --count == 0) {
                    return new Field(name, conversion, fmt.substring(specStart, i - 1), expand, i);
                }
            }
            throw Err.value("unmatched '{' in format spec");
        }
    }

    /**
     * The object a field name names (CPython's {@code get_field_object}): its first part an argument
     * index, automatic when empty, or a keyword; then each {@code .attr} and {@code [key]} in turn.
     */
    private static Object fieldObject(String field, Object[] a, String[] k, Object mapping, int[] autoNext) {
        int nameEnd = 0;
        while (nameEnd < field.length() && field.charAt(nameEnd) != '.' && field.charAt(nameEnd) != '[') {
            nameEnd++;
        }
        String name = field.substring(0, nameEnd);
        long index = fieldIndex(name);
        boolean numeric = name.isEmpty() || index >= 0;
        if (numeric) {
            if (autoNext[1] == 0) {
                autoNext[1] = name.isEmpty() ? 1 : 2;
            }
            if (autoNext[1] == 2 && name.isEmpty()) {
                throw Err.value("cannot switch from manual field specification to automatic field numbering");
            }
            if (autoNext[1] == 1 && !name.isEmpty()) {
                throw Err.value("cannot switch from automatic field numbering to manual field specification");
            }
            if (name.isEmpty()) {
                index = autoNext[0]++;
            }
        }
        Object v;
        if (!numeric) {
            v = mapping != null ? Ops.getitem(mapping, name) : BuiltinArgs.kw(a, k, name);
            if (v == null) {
                throw Err.key(name);
            }
        } else if (mapping != null) {
            throw Err.value("Format string contains positional fields");
        } else {
            if (index + 1 >= BuiltinArgs.npos(a, k)) {
                throw Err.index("Replacement index " + index + " out of range for positional args tuple");
            }
            v = a[(int) index + 1];
        }
        return accessors(v, field, nameEnd);
    }

    /** The field name part as an index when it is all decimal digits (CPython's get_integer), else -1. */
    private static long fieldIndex(String s) {
        if (s.isEmpty()) {
            return -1;
        }
        long r = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int d = Character.digit(cp, 10);
            if (d < 0) {
                return -1;
            }
            if (r > (Long.MAX_VALUE - d) / 10) {
                throw Err.value("Too many decimal digits in format string");
            }
            r = r * 10 + d;
            i += Character.charCount(cp);
        }
        return r;
    }

    /** The {@code .attr} and {@code [key]} parts after a field's first part (CPython's FieldNameIterator). */
    private static Object accessors(Object v, String rest, int i) {
        while (i < rest.length()) {
            char c = rest.charAt(i++);
            String part;
            if (c == '.') {
                int j = i;
                while (j < rest.length() && rest.charAt(j) != '.' && rest.charAt(j) != '[') {
                    j++;
                }
                part = rest.substring(i, j);
                i = j;
            } else if (c == '[') {
                int j = rest.indexOf(']', i);
                if (j < 0) {
                    throw Err.value("Missing ']' in format string");
                }
                part = rest.substring(i, j);
                i = j + 1;
            } else {
                throw Err.value("Only '.' or '[' may follow ']' in format field specifier");
            }
            if (part.isEmpty()) {
                throw Err.value("Empty attribute in format string");
            }
            if (c == '.') {
                v = Ops.getattr(v, part);
            } else {
                long index = fieldIndex(part);
                v = Ops.getitem(v, index >= 0 ? (Object) index : part);
            }
        }
        return v;
    }

    /** A key of the dict given alone to {@code str.maketrans}: a one-character str as its code point, an int as itself. */
    private static Object translateKey(Object key) {
        Object k = PyValueSub.unwrap(key);
        if (k instanceof String ks) {
            if (ks.codePointCount(0, ks.length()) != 1) {
                throw Err.value("string keys in translate table must be of length 1");
            }
            return (long) ks.codePointAt(0);
        }
        if (k instanceof Long || k instanceof java.math.BigInteger || k instanceof Boolean) {
            return key;
        }
        throw Err.type("keys in translate table must be strings or integers");
    }

    /** What {@code str(o, encoding)} decodes (PyUnicode_FromEncodedObject): a bytes-like object, never a str. */
    private static PyBytes decodable(Object o) {
        if (o instanceof PyBytes b) {
            return b;
        }
        if (o instanceof PyMemoryView mv) {
            return new PyBytes(mv.toByteArray(), false);
        }
        if (o instanceof BufferExporter e) {
            return decodable(e.exportedBuffer());
        }
        if (o instanceof String || o instanceof PyValueSub sv && sv.value instanceof String) {
            throw Err.type("decoding str is not supported");
        }
        throw Err.type("decoding to str: need a bytes-like object, " + Ops.typeName(o) + " found");
    }

    /** {@code str(object)} and {@code str(bytes, encoding)}. */
    static void installConstructor() {
        Types.STR.ctor = (t, cls, a, k) -> {
            String v;
            if (BuiltinArgs.npos(a, k) == 0 && BuiltinArgs.kw(a, k, "object") == null) {
                v = ""; // str(), str(encoding=...), str(errors=...)
            } else if (BuiltinArgs.npos(a, k) > 1 || BuiltinArgs.kw(a, k, "encoding") != null || BuiltinArgs.kw(a, k, "errors") != null) {
                v = BytesMethods.decode(decodable(a[0]), BytesMethods.encodingArg(a, k), BytesMethods.errorsArg(a, k));
            } else if (cls == Types.STR) {
                return StrRepr.strObject(a[0]); // a str subclass from __str__ stays one, as PyObject_Str
            } else {
                v = StrRepr.str(a[0]);
            }
            return cls == Types.STR ? v : new PyValueSub(cls, v);
        };
    }
}
