package dev.gilspy.interp.runtime.codec;

import java.util.Locale;

/**
 * Character names as {@code unicodedata.name}/{@code lookup} give them, from the JDK's tables
 * ({@link Character#getName}, Unicode 13.0 in JDK 17; CPython 3.11 has 14.0). The JDK names the
 * algorithmic ranges by block ("CJK UNIFIED IDEOGRAPHS 4E00"); CPython derives them: both are done here.
 */
public final class UnicodeNames {
    private UnicodeNames() {}

    private static final String[] JAMO_L = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"};
    private static final String[] JAMO_V = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI",
        "YU", "EU", "YI", "I"};
    private static final String[] JAMO_T = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B",
        "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};

    private static boolean cjkIdeograph(int cp) {
        return cp >= 0x3400 && cp <= 0x4dbf || cp >= 0x4e00 && cp <= 0x9ffc || cp >= 0x20000 && cp <= 0x2a6dd
            || cp >= 0x2a700 && cp <= 0x2b734 || cp >= 0x2b740 && cp <= 0x2b81d || cp >= 0x2b820 && cp <= 0x2cea1
            || cp >= 0x2ceb0 && cp <= 0x2ebe0 || cp >= 0x30000 && cp <= 0x3134a;
    }

    /** The name of {@code cp}, or null when it has none (controls, unassigned, surrogates, private use). */
    public static String name(int cp) {
        if (cp >= 0xac00 && cp <= 0xd7a3) {
            int s = cp - 0xac00;
            return "HANGUL SYLLABLE " + JAMO_L[s / 588] + JAMO_V[s % 588 / 28] + JAMO_T[s % 28];
        }
        if (cjkIdeograph(cp)) {
            return String.format("CJK UNIFIED IDEOGRAPH-%X", cp);
        }
        int type = Character.getType(cp);
        if (type == Character.CONTROL || type == Character.UNASSIGNED || type == Character.SURROGATE || type == Character.PRIVATE_USE) {
            return null;
        }
        String n = Character.getName(cp);
        if (n == null) {
            return null;
        }
        if (n.startsWith("CJK COMPATIBILITY IDEOGRAPHS")) {
            return String.format("CJK COMPATIBILITY IDEOGRAPH-%X", cp);
        }
        if (n.startsWith("TANGUT IDEOGRAPHS")) {
            return String.format("TANGUT IDEOGRAPH-%X", cp);
        }
        return n;
    }

    /** The code point named {@code name} (case-insensitive), or -1. */
    public static int lookup(String name) {
        String n = name.toUpperCase(Locale.ROOT);
        for (String prefix : new String[] {"CJK UNIFIED IDEOGRAPH-", "CJK COMPATIBILITY IDEOGRAPH-", "TANGUT IDEOGRAPH-"}) {
            if (n.startsWith(prefix)) {
                try {
                    int cp = Integer.parseInt(n.substring(prefix.length()), 16);
                    return n.equals(name(cp)) ? cp : -1;
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
        }
        if (n.startsWith("HANGUL SYLLABLE ")) {
            for (int cp = 0xac00; cp <= 0xd7a3; cp++) {
                if (n.equals(name(cp))) {
                    return cp;
                }
            }
            return -1;
        }
        try {
            int cp = Character.codePointOf(n);
            return name(cp) != null && name(cp).equals(n) ? cp : -1;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }
}
