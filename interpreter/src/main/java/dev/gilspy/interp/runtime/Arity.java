package dev.gilspy.interp.runtime;

/**
 * The positional-argument counts of the built-in types' methods, checked as CPython's
 * METH_NOARGS / METH_O / Argument Clinic signatures check them: {@code 'a'.upper(1)},
 * {@code {}.keys(None)} and {@code b''.expandtabs(1, 2)} raise TypeError instead of ignoring the
 * extra argument. The bodies in {@link StrMethods}, {@link BytesMethods}, {@link DictMethods} and the
 * others read their arguments by position; this table wraps them after they are installed, so
 * each body stays as it is. Hot one-argument methods ({@code list.append}) are left unwrapped: a
 * missing argument already fails in their body.
 */
final class Arity {
    private Arity() {}

    private static final String[] NO_ARGS_TEXT = {"capitalize", "lower", "upper", "swapcase", "title", "casefold",
        "isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier", "islower", "isnumeric", "isprintable",
        "isspace", "istitle", "isupper"};

    /** name, min, max positional arguments after self, for str, bytes and bytearray. */
    private static final Object[][] TEXT = {
        {"expandtabs", 0, 1}, {"splitlines", 0, 1}, {"split", 0, 2}, {"rsplit", 0, 2}, {"strip", 0, 1},
        {"lstrip", 0, 1}, {"rstrip", 0, 1}, {"count", 1, 3}, {"find", 1, 3}, {"rfind", 1, 3}, {"index", 1, 3},
        {"rindex", 1, 3}, {"replace", 2, 3}, {"removeprefix", 1, 1}, {"removesuffix", 1, 1}, {"startswith", 1, 3},
        {"endswith", 1, 3}, {"ljust", 1, 2}, {"rjust", 1, 2}, {"center", 1, 2}, {"zfill", 1, 1},
        {"partition", 1, 1}, {"rpartition", 1, 1}, {"join", 1, 1},
    };

    private static final Object[][] DICT = {
        {"keys", 0, 0}, {"items", 0, 0}, {"values", 0, 0}, {"clear", 0, 0}, {"copy", 0, 0}, {"popitem", 0, 0},
        {"get", 1, 2}, {"setdefault", 1, 2}, {"pop", 1, 2},
    };

    private static final Object[][] LIST = {
        {"clear", 0, 0}, {"copy", 0, 0}, {"reverse", 0, 0}, {"insert", 2, 2}, {"pop", 0, 1}, {"remove", 1, 1},
        {"index", 1, 3}, {"count", 1, 1}, {"sort", 0, 0},
    };

    private static final Object[][] SET = {{"clear", 0, 0}, {"copy", 0, 0}, {"pop", 0, 0}, {"add", 1, 1},
        {"remove", 1, 1}, {"discard", 1, 1}};

    private static final Object[][] TUPLE = {{"index", 1, 3}, {"count", 1, 1}};

    static void install() {
        for (PyType t : new PyType[] {Types.STR, Types.BYTES, Types.BYTEARRAY}) {
            for (String name : NO_ARGS_TEXT) {
                wrap(t, name, 0, 0, true);
            }
            apply(t, TEXT);
        }
        apply(Types.STR, new Object[][] {{"translate", 1, 1}}); // bytes.translate takes a second argument, str's one
        apply(Types.DICT, DICT);
        apply(Types.LIST, LIST);
        apply(Types.SET, SET);
        apply(Types.FROZENSET, new Object[][] {{"copy", 0, 0}});
        apply(Types.TUPLE, TUPLE);
        for (String name : new String[] {"clear", "copy", "reverse", "pop"}) {
            wrap(Types.BYTEARRAY, name, 0, name.equals("pop") ? 1 : 0, true);
        }
    }

    private static void apply(PyType t, Object[][] table) {
        for (Object[] row : table) {
            int max = (Integer) row[2];
            wrap(t, (String) row[0], (Integer) row[1], max, max == 0 && !"sort".equals(row[0]));
        }
    }

    private static void wrap(PyType t, String name, int min, int max, boolean noKeywords) {
        if (!(t.dict.get(name) instanceof PyBuiltin b) || !b.binds()) {
            return;
        }
        String qual = t.name + "." + name;
        PyCallable body = b.body;
        t.dict.put(name, new PyBuiltin(name, (th, a, k) -> {
            int nk = k == null ? 0 : k.length;
            int n = a.length - nk - 1;
            if (noKeywords && nk > 0) {
                throw Err.type(qual + "() takes no keyword arguments");
            }
            if (n < min || n > max) {
                throw Err.type(message(qual, min, max, n));
            }
            return body.call(th, a, k);
        }).ownedBy(t));
    }

    /**
     * CPython's wording, which depends on how the C method parses its arguments: METH_NOARGS and
     * METH_O name the type ({@code str.join() takes exactly one argument}); Argument Clinic's
     * positional-only parser does not ({@code replace expected at least 2 arguments, got 0}); the
     * methods still on PyArg_ParseTuple(AndKeywords) say {@code find() takes at most 3 arguments (4 given)}.
     */
    private static String message(String qual, int min, int max, int n) {
        String name = qual.substring(qual.indexOf('.') + 1);
        if (max == 0) {
            return qual + "() takes no arguments (" + n + " given)";
        }
        if (min == max) {
            return min == 1 ? qual + "() takes exactly one argument (" + n + " given)"
                : name + " expected " + min + " arguments, got " + n;
        }
        String bound = n < min ? "at least " + min + " argument" + (min > 1 ? "s" : "")
            : "at most " + max + " argument" + (max > 1 ? "s" : "");
        if (PARSE_TUPLE_TEXT.contains(name) && !qual.startsWith("list.") && !qual.startsWith("tuple.")) {
            return name + "() takes " + bound + " (" + n + " given)";
        }
        return name + " expected " + bound + ", got " + n;
    }

    /** The text methods whose C code parses with PyArg_ParseTuple(AndKeywords) in 3.11. */
    private static final java.util.Set<String> PARSE_TUPLE_TEXT = java.util.Set.of("count", "find", "rfind", "index",
        "rindex", "startswith", "endswith", "expandtabs", "split", "rsplit", "splitlines");
}
