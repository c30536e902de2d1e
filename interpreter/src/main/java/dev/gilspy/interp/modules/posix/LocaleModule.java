package dev.gilspy.interp.modules.posix;

import dev.gilspy.interp.runtime.BuiltinArgs;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyDict;
import dev.gilspy.interp.runtime.PyList;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.StrRepr;
import dev.gilspy.interp.runtime.Types;

/**
 * {@code _locale} (Modules/_localemodule.c) for the locales a JVM-hosted interpreter can honour:
 * "C"/"POSIX" and "C.UTF-8" (LC_CTYPE starts as C.UTF-8, as CPython's PEP 538 coercion leaves it).
 * Others raise {@code locale.Error}. nl_langinfo answers the C locale's values (glibc's).
 * Every function holds the GIL.
 */
public final class LocaleModule {
    private LocaleModule() {}

    private static final String[] CATEGORIES = {"LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY", "LC_MESSAGES"};
    private static final String[] GLIBC_EXTRA = {"LC_PAPER", "LC_NAME", "LC_ADDRESS", "LC_TELEPHONE", "LC_MEASUREMENT", "LC_IDENTIFICATION"};
    private static final int LC_ALL = 6;

    /** Name, item number, the C locale's value. */
    private static final String[][] LANGINFO = {
        {"D_T_FMT", "131112", "%a %b %e %H:%M:%S %Y"},
        {"D_FMT", "131113", "%m/%d/%y"},
        {"T_FMT", "131114", "%H:%M:%S"},
        {"RADIXCHAR", "65536", "."},
        {"THOUSEP", "65537", ""},
        {"YESEXPR", "327680", "^[yY]"},
        {"NOEXPR", "327681", "^[nN]"},
        {"CRNCYSTR", "262159", "-"},
        {"T_FMT_AMPM", "131115", "%I:%M:%S %p"},
        {"AM_STR", "131110", "AM"},
        {"PM_STR", "131111", "PM"},
        {"ERA", "131116", ""},
        {"ALT_DIGITS", "131119", ""},
        {"ERA_D_FMT", "131118", ""},
        {"ERA_D_T_FMT", "131120", ""},
        {"ERA_T_FMT", "131121", ""},
        {"_DATE_FMT", "131180", "%a %b %e %H:%M:%S %Z %Y"},
        {"DAY_1", "131079", "Sunday"},
        {"DAY_2", "131080", "Monday"},
        {"DAY_3", "131081", "Tuesday"},
        {"DAY_4", "131082", "Wednesday"},
        {"DAY_5", "131083", "Thursday"},
        {"DAY_6", "131084", "Friday"},
        {"DAY_7", "131085", "Saturday"},
        {"ABDAY_1", "131072", "Sun"},
        {"ABDAY_2", "131073", "Mon"},
        {"ABDAY_3", "131074", "Tue"},
        {"ABDAY_4", "131075", "Wed"},
        {"ABDAY_5", "131076", "Thu"},
        {"ABDAY_6", "131077", "Fri"},
        {"ABDAY_7", "131078", "Sat"},
        {"MON_1", "131098", "January"},
        {"MON_2", "131099", "February"},
        {"MON_3", "131100", "March"},
        {"MON_4", "131101", "April"},
        {"MON_5", "131102", "May"},
        {"MON_6", "131103", "June"},
        {"MON_7", "131104", "July"},
        {"MON_8", "131105", "August"},
        {"MON_9", "131106", "September"},
        {"MON_10", "131107", "October"},
        {"MON_11", "131108", "November"},
        {"MON_12", "131109", "December"},
        {"ABMON_1", "131086", "Jan"},
        {"ABMON_2", "131087", "Feb"},
        {"ABMON_3", "131088", "Mar"},
        {"ABMON_4", "131089", "Apr"},
        {"ABMON_5", "131090", "May"},
        {"ABMON_6", "131091", "Jun"},
        {"ABMON_7", "131092", "Jul"},
        {"ABMON_8", "131093", "Aug"},
        {"ABMON_9", "131094", "Sep"},
        {"ABMON_10", "131095", "Oct"},
        {"ABMON_11", "131096", "Nov"},
        {"ABMON_12", "131097", "Dec"}
    };

    private static final PyType ERROR = errorType();

    private static PyType errorType() {
        PyType t = new PyType("Error", new PyType[] {Types.get("Exception")}, PyType.Layout.EXCEPTION, true);
        t.module = "locale";
        t.finishInit();
        return t;
    }

    public static PyModule create() {
        PyModule m = new PyModule("_locale");
        for (int i = 0; i < CATEGORIES.length; i++) {
            m.put(CATEGORIES[i], (long) i);
        }
        m.put("LC_ALL", (long) LC_ALL);
        m.put("CHAR_MAX", 127L);
        m.put("CODESET", 14L);
        m.put("Error", ERROR);
        for (String[] row : LANGINFO) {
            m.put(row[0], Long.parseLong(row[1]));
        }
        // the six categories, then the one value glibc's other categories (LC_PAPER...) share
        String[] current = {"C.UTF-8", "C", "C", "C", "C", "C", "C"};
        m.def("setlocale", (t, a, k) -> {
            int cat = (int) Ops.toLong(BuiltinArgs.get(a, k, 0, "category", null));
            Object loc = BuiltinArgs.get(a, k, 1, "locale", PyNone.NONE);
            if (cat < 0 || cat > LC_ALL) {
                throw Err.make(ERROR, "invalid locale category");
            }
            if (loc != PyNone.NONE && cat == LC_ALL && StrRepr.str(loc).contains("=")) {
                setComposite(StrRepr.str(loc), current);
            } else if (loc != PyNone.NONE) {
                String want = normalize(StrRepr.str(loc), cat);
                if (want == null) {
                    throw Err.make(ERROR, "unsupported locale setting");
                }
                for (int i = 0; i < current.length; i++) {
                    if (cat == LC_ALL || (cat == i && i < LC_ALL)) {
                        current[i] = want;
                    }
                }
            }
            return cat == LC_ALL ? all(current) : current[cat];
        });
        m.def("localeconv", (t, a, k) -> {
            PyDict d = new PyDict();
            for (String key : new String[] {"int_curr_symbol", "currency_symbol", "mon_decimal_point", "mon_thousands_sep"}) {
                d.put(key, "");
            }
            d.put("mon_grouping", new PyList(new Object[0]));
            d.put("positive_sign", "");
            d.put("negative_sign", "");
            for (String key : new String[] {"int_frac_digits", "frac_digits", "p_cs_precedes", "p_sep_by_space", "n_cs_precedes",
                "n_sep_by_space", "p_sign_posn", "n_sign_posn"}) {
                d.put(key, 127L);
            }
            d.put("decimal_point", ".");
            d.put("thousands_sep", "");
            d.put("grouping", new PyList(new Object[0]));
            return d;
        });
        m.def("nl_langinfo", (t, a, k) -> {
            long item = Ops.toLong(a[0]);
            if (item == 14) {
                return current[0].equals("C.UTF-8") ? "UTF-8" : "ANSI_X3.4-1968";
            }
            for (String[] row : LANGINFO) {
                if (Long.parseLong(row[1]) == item) {
                    return row[2];
                }
            }
            throw Err.value("unsupported langinfo constant");
        });
        m.def("getencoding", (t, a, k) -> "UTF-8");
        m.def("strcoll", (t, a, k) -> (long) Integer.signum(StrRepr.str(a[0]).compareTo(StrRepr.str(a[1]))));
        m.def("strxfrm", (t, a, k) -> a[0]);
        return m;
    }

    /** The name setlocale reports for {@code name}, or null when the locale is not one gilspy has. */
    private static String normalize(String name, int cat) {
        String n = name;
        if (n.isEmpty()) {
            // the process environment as gilspy's launcher got it (ProcessEnv undoes its LC_ALL substitution)
            String env = ProcessEnv.get("LC_ALL");
            if (env == null || env.isEmpty()) {
                env = cat < LC_ALL ? ProcessEnv.get(CATEGORIES[cat]) : null;
            }
            if (env == null || env.isEmpty()) {
                env = ProcessEnv.get("LANG");
            }
            n = env == null || env.isEmpty() ? "C" : env;
        }
        return switch (n) {
            case "C", "POSIX" -> "C";
            case "C.UTF-8", "C.utf8", "C.utf-8" -> "C.UTF-8";
            default -> null;
        };
    }

    /**
     * setlocale(LC_ALL, "LC_CTYPE=C.UTF-8;LC_NUMERIC=C;...") as glibc takes back what it reported for
     * mixed categories (test.support.run_with_locale restores it so): every part is checked first.
     */
    private static void setComposite(String spec, String[] current) {
        String[] next = current.clone();
        for (String part : spec.split(";")) {
            int eq = part.indexOf('=');
            String key = eq < 0 ? "" : part.substring(0, eq);
            int cat = java.util.Arrays.asList(CATEGORIES).indexOf(key);
            boolean extra = java.util.Arrays.asList(GLIBC_EXTRA).contains(key);
            String want = eq < 0 || (cat < 0 && !extra) ? null : normalize(part.substring(eq + 1), Math.max(cat, 0));
            if (want == null) {
                throw Err.make(ERROR, "unsupported locale setting");
            }
            next[cat >= 0 ? cat : LC_ALL] = want;
        }
        System.arraycopy(next, 0, current, 0, current.length);
    }

    private static String all(String[] current) {
        boolean same = true;
        for (String c : current) {
            same &= c.equals(current[0]);
        }
        if (same) {
            return current[0];
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < CATEGORIES.length; i++) {
            sb.append(i == 0 ? "" : ";").append(CATEGORIES[i]).append('=').append(current[i]);
        }
        for (String extra : GLIBC_EXTRA) {
            sb.append(';').append(extra).append('=').append(current[LC_ALL]);
        }
        return sb.toString();
    }
}
