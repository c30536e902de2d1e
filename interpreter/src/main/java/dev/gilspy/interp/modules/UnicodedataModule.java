package dev.gilspy.interp.modules;

import dev.gilspy.interp.runtime.BuiltinArgs;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.Types;
import dev.gilspy.interp.runtime.codec.UnicodeNames;
import java.text.Normalizer;

/**
 * {@code unicodedata} (CPython's {@code Modules/unicodedata.c}) on the JDK's Unicode tables: see
 * {@link UnicodeProperties} for where each property comes from and for the version: JDK 17 has
 * Unicode 13.0.0, CPython 3.11 has 14.0.0, and {@code unidata_version} says which one answers.
 * {@code ucd_3_2_0} (what {@code stringprep} and {@code idna} use) answers from the same tables, and is
 * a module object here where CPython has an instance of {@code unicodedata.UCD}.
 * Holds the GIL throughout, as CPython does.
 */
public final class UnicodedataModule {
    private UnicodedataModule() {}

    /** The Unicode version of the JDK's tables (JDK 17: 13.0); CPython 3.11 reports 14.0.0. */
    static final String VERSION = "13.0.0";

    public static PyModule create() {
        PyModule m = functions(new PyModule("unicodedata"));
        m.put("unidata_version", VERSION);
        PyModule old = functions(new PyModule("unicodedata.UCD"));
        old.put("unidata_version", "3.2.0");
        m.put("ucd_3_2_0", old);
        return m;
    }

    private static int chr(Object o, String fn) {
        if (!(o instanceof String s) || s.codePointCount(0, s.length()) != 1) {
            if (o instanceof String s) {
                throw Err.type(fn + "() argument must be a unicode character, not str");
            }
            throw Err.type(fn + "() argument 1 must be a unicode character, not " + Ops.typeName(o));
        }
        return ((String) o).codePointAt(0);
    }

    private static PyModule functions(PyModule m) {
        m.def("category", (t, a, k) -> UnicodeProperties.category(chr(a[0], "category")));
        m.def("bidirectional", (t, a, k) -> UnicodeProperties.bidirectional(chr(a[0], "bidirectional")));
        m.def("combining", (t, a, k) -> (long) UnicodeProperties.combining(chr(a[0], "combining")));
        m.def("east_asian_width", (t, a, k) -> UnicodeProperties.eastAsianWidth(chr(a[0], "east_asian_width")));
        m.def("mirrored", (t, a, k) -> Character.isMirrored(chr(a[0], "mirrored")) ? 1L : 0L);
        m.def("decomposition", (t, a, k) -> UnicodeProperties.decomposition(chr(a[0], "decomposition")));
        m.def("name", (t, a, k) -> {
            String n = UnicodeNames.name(chr(a[0], "name"));
            if (n == null) {
                if (a.length > 1) {
                    return a[1];
                }
                throw Err.value("no such name");
            }
            return n;
        });
        m.def("lookup", (t, a, k) -> {
            String name = BuiltinArgs.str(a[0], "lookup() argument");
            int cp = UnicodeNames.lookup(name);
            if (cp < 0) {
                throw Err.make(Types.KeyError, "undefined character name '" + name + "'");
            }
            return new String(Character.toChars(cp));
        });
        m.def("decimal", (t, a, k) -> valueOr(UnicodeProperties.decimal(chr(a[0], "decimal")), a, "not a decimal"));
        m.def("digit", (t, a, k) -> valueOr(UnicodeProperties.digit(chr(a[0], "digit")), a, "not a digit"));
        m.def("numeric", (t, a, k) -> {
            double v = UnicodeProperties.numeric(chr(a[0], "numeric"));
            if (Double.isNaN(v)) {
                if (a.length > 1) {
                    return a[1];
                }
                throw Err.value("not a numeric character");
            }
            return v;
        });
        m.def("normalize", (t, a, k) -> Normalizer.normalize(BuiltinArgs.str(a[1], "normalize() argument 2"),
            form(BuiltinArgs.str(a[0], "normalize() argument 1"))));
        m.def("is_normalized", (t, a, k) -> Normalizer.isNormalized(BuiltinArgs.str(a[1], "is_normalized() argument 2"),
            form(BuiltinArgs.str(a[0], "is_normalized() argument 1"))));
        return m;
    }

    private static Object valueOr(int v, Object[] a, String msg) {
        if (v < 0) {
            if (a.length > 1) {
                return a[1];
            }
            throw Err.value(msg);
        }
        return (long) v;
    }

    private static Normalizer.Form form(String f) {
        switch (f) {
            case "NFC": return Normalizer.Form.NFC;
            case "NFD": return Normalizer.Form.NFD;
            case "NFKC": return Normalizer.Form.NFKC;
            case "NFKD": return Normalizer.Form.NFKD;
            default: throw Err.value("invalid normalization form");
        }
    }
}
