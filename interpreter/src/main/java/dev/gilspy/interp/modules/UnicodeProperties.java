package dev.gilspy.interp.modules;

import java.text.Normalizer;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The character properties {@code unicodedata} reports, from the JDK's tables where it has them
 * ({@link Character#getType}, {@link Character#getDirectionality}, {@link Normalizer}; Unicode 13.0 in
 * JDK 17, where CPython 3.11 ships 14.0.0, so characters new in 14.0 read as unassigned here).
 * What the JDK lacks is derived: the canonical combining class from how NFD orders a mark against
 * marks of known class, East Asian width from the main ranges of EastAsianWidth.txt, decompositions
 * from the normalization forms.
 */
final class UnicodeProperties {
    private UnicodeProperties() {}

    private static final String[] CATEGORY = new String[32];

    static {
        String[][] m = {{"Cn", "" + Character.UNASSIGNED}, {"Lu", "" + Character.UPPERCASE_LETTER}, {"Ll", "" + Character.LOWERCASE_LETTER},
            {"Lt", "" + Character.TITLECASE_LETTER}, {"Lm", "" + Character.MODIFIER_LETTER}, {"Lo", "" + Character.OTHER_LETTER},
            {"Mn", "" + Character.NON_SPACING_MARK}, {"Me", "" + Character.ENCLOSING_MARK}, {"Mc", "" + Character.COMBINING_SPACING_MARK},
            {"Nd", "" + Character.DECIMAL_DIGIT_NUMBER}, {"Nl", "" + Character.LETTER_NUMBER}, {"No", "" + Character.OTHER_NUMBER},
            {"Zs", "" + Character.SPACE_SEPARATOR}, {"Zl", "" + Character.LINE_SEPARATOR}, {"Zp", "" + Character.PARAGRAPH_SEPARATOR},
            {"Cc", "" + Character.CONTROL}, {"Cf", "" + Character.FORMAT}, {"Co", "" + Character.PRIVATE_USE}, {"Cs", "" + Character.SURROGATE},
            {"Pd", "" + Character.DASH_PUNCTUATION}, {"Ps", "" + Character.START_PUNCTUATION}, {"Pe", "" + Character.END_PUNCTUATION},
            {"Pc", "" + Character.CONNECTOR_PUNCTUATION}, {"Po", "" + Character.OTHER_PUNCTUATION}, {"Sm", "" + Character.MATH_SYMBOL},
            {"Sc", "" + Character.CURRENCY_SYMBOL}, {"Sk", "" + Character.MODIFIER_SYMBOL}, {"So", "" + Character.OTHER_SYMBOL},
            {"Pi", "" + Character.INITIAL_QUOTE_PUNCTUATION}, {"Pf", "" + Character.FINAL_QUOTE_PUNCTUATION}};
        for (String[] e : m) {
            CATEGORY[Integer.parseInt(e[1])] = e[0];
        }
    }

    static String category(int cp) { return CATEGORY[Character.getType(cp)]; }

    private static final String[] BIDI = {"L", "R", "AL", "EN", "ES", "ET", "AN", "CS", "NSM", "BN", "B", "S", "WS", "ON",
        "LRE", "LRO", "RLE", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"};

    static String bidirectional(int cp) {
        if (Character.getType(cp) == Character.UNASSIGNED) {
            return "";
        }
        byte d = Character.getDirectionality(cp);
        return d >= 0 && d < BIDI.length ? BIDI[d] : "";
    }

    /** A mark of each canonical combining class, to place an unknown mark against. */
    private static final int[][] CLASS_REFS = {{1, 0x0334}, {6, 0x16ff0}, {7, 0x093c}, {8, 0x3099}, {9, 0x094d}, {10, 0x05b0}, {11, 0x05b1},
        {12, 0x05b2}, {13, 0x05b3}, {14, 0x05b4}, {15, 0x05b5}, {16, 0x05b6}, {17, 0x05b7}, {18, 0x05b8}, {19, 0x05b9}, {20, 0x05bb},
        {21, 0x05bc}, {22, 0x05bd}, {23, 0x05bf}, {24, 0x05c1}, {25, 0x05c2}, {26, 0xfb1e}, {27, 0x064b}, {28, 0x064c}, {29, 0x064d},
        {30, 0x064e}, {31, 0x064f}, {32, 0x0650}, {33, 0x0651}, {34, 0x0652}, {35, 0x0670}, {36, 0x0711}, {84, 0x0c55}, {91, 0x0c56},
        {103, 0x0e38}, {107, 0x0e48}, {118, 0x0eb8}, {122, 0x0ec8}, {129, 0x0f71}, {130, 0x0f72}, {132, 0x0f74}, {202, 0x0327},
        {214, 0x1dce}, {216, 0x031b}, {218, 0x302a}, {220, 0x0316}, {222, 0x05ad}, {224, 0x302e}, {226, 0x1d16d}, {228, 0x05ae},
        {230, 0x0301}, {232, 0x0315}, {233, 0x035c}, {234, 0x035d}, {240, 0x0345}};
    private static final ConcurrentHashMap<Integer, Integer> CLASSES = new ConcurrentHashMap<>();

    /** True when NFD puts {@code second} before {@code first} after a base letter: class(second) &lt; class(first), both non-zero. */
    private static boolean reorders(int first, int second) {
        String a = new String(Character.toChars(first));
        String b = new String(Character.toChars(second));
        return Normalizer.normalize("a" + a + b, Normalizer.Form.NFD).equals("a" + b + a);
    }

    static int combining(int cp) {
        int type = Character.getType(cp);
        if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK && type != Character.ENCLOSING_MARK) {
            return 0;
        }
        String self = new String(Character.toChars(cp));
        if (!Normalizer.normalize(self, Normalizer.Form.NFD).equals(self)) {
            int first = Normalizer.normalize(self, Normalizer.Form.NFD).codePointAt(0);
            return first == cp ? 0 : combining(first);
        }
        return CLASSES.computeIfAbsent(cp, c -> {
            for (int[] ref : CLASS_REFS) {
                if (ref[1] == c) {
                    return ref[0];
                }
            }
            // class(c) >= class(ref) exactly when NFD leaves "a ref c" in order; 0 when nothing reorders around it
            if (!reorders(0x0301, c) && !reorders(c, 0x0334)) {
                return 0;
            }
            int best = 0;
            for (int[] ref : CLASS_REFS) {
                if (!reorders(ref[1], c)) {
                    best = ref[0];
                }
            }
            return best;
        });
    }

    private static final int[][] WIDE = {{0x1100, 0x115f}, {0x231a, 0x231b}, {0x2329, 0x232a}, {0x23e9, 0x23ec}, {0x23f0, 0x23f0},
        {0x23f3, 0x23f3}, {0x25fd, 0x25fe}, {0x2614, 0x2615}, {0x2648, 0x2653}, {0x267f, 0x267f}, {0x2693, 0x2693}, {0x26a1, 0x26a1},
        {0x26aa, 0x26ab}, {0x26bd, 0x26be}, {0x26c4, 0x26c5}, {0x26ce, 0x26ce}, {0x26d4, 0x26d4}, {0x26ea, 0x26ea}, {0x26f2, 0x26f3},
        {0x26f5, 0x26f5}, {0x26fa, 0x26fa}, {0x26fd, 0x26fd}, {0x2705, 0x2705}, {0x270a, 0x270b}, {0x2728, 0x2728}, {0x274c, 0x274c},
        {0x274e, 0x274e}, {0x2753, 0x2755}, {0x2757, 0x2757}, {0x2795, 0x2797}, {0x27b0, 0x27b0}, {0x27bf, 0x27bf}, {0x2b1b, 0x2b1c},
        {0x2b50, 0x2b50}, {0x2b55, 0x2b55}, {0x2e80, 0x2fff}, {0x3001, 0x303e}, {0x3041, 0x33ff}, {0x3400, 0x4dbf}, {0x4e00, 0x9fff},
        {0xa000, 0xa4cf}, {0xa960, 0xa97f}, {0xac00, 0xd7a3}, {0xf900, 0xfaff}, {0xfe10, 0xfe19}, {0xfe30, 0xfe6f}, {0x16fe0, 0x18cff},
        {0x1b000, 0x1b2ff}, {0x1f004, 0x1f004}, {0x1f0cf, 0x1f0cf}, {0x1f18e, 0x1f18e}, {0x1f191, 0x1f19a}, {0x1f200, 0x1f2ff},
        {0x1f300, 0x1f320}, {0x1f32d, 0x1f335}, {0x1f337, 0x1f37c}, {0x1f37e, 0x1f393}, {0x1f3a0, 0x1f3ca}, {0x1f3cf, 0x1f3d3},
        {0x1f3e0, 0x1f3f0}, {0x1f3f4, 0x1f3f4}, {0x1f3f8, 0x1f43e}, {0x1f440, 0x1f440}, {0x1f442, 0x1f4fc}, {0x1f4ff, 0x1f53d},
        {0x1f54b, 0x1f54e}, {0x1f550, 0x1f567}, {0x1f57a, 0x1f57a}, {0x1f595, 0x1f596}, {0x1f5a4, 0x1f5a4}, {0x1f5fb, 0x1f64f},
        {0x1f680, 0x1f6c5}, {0x1f6cc, 0x1f6cc}, {0x1f6d0, 0x1f6d2}, {0x1f6d5, 0x1f6d7}, {0x1f6eb, 0x1f6ec}, {0x1f6f4, 0x1f6fc},
        {0x1f7e0, 0x1f7eb}, {0x1f90c, 0x1f93a}, {0x1f93c, 0x1f945}, {0x1f947, 0x1f9ff}, {0x1fa70, 0x1faff}, {0x20000, 0x2fffd},
        {0x30000, 0x3fffd}};
    private static final int[][] AMBIGUOUS = {{0xa1, 0xa1}, {0xa4, 0xa4}, {0xa7, 0xa8}, {0xaa, 0xaa}, {0xad, 0xae}, {0xb0, 0xb4},
        {0xb6, 0xba}, {0xbc, 0xbf}, {0xc6, 0xc6}, {0xd0, 0xd0}, {0xd7, 0xd8}, {0xde, 0xe1}, {0xe6, 0xe6}, {0xe8, 0xea}, {0xec, 0xed},
        {0xf0, 0xf0}, {0xf2, 0xf3}, {0xf7, 0xfa}, {0xfc, 0xfc}, {0xfe, 0xfe}, {0x0300, 0x036f}, {0x0391, 0x03a9}, {0x03b1, 0x03c9},
        {0x0401, 0x0401}, {0x0410, 0x044f}, {0x0451, 0x0451}, {0x2010, 0x2010}, {0x2013, 0x2016}, {0x2018, 0x2019}, {0x201c, 0x201d},
        {0x2020, 0x2022}, {0x2024, 0x2027}, {0x2030, 0x2030}, {0x2032, 0x2033}, {0x2035, 0x2035}, {0x203b, 0x203b}, {0x203e, 0x203e},
        {0x2074, 0x2074}, {0x207f, 0x207f}, {0x2081, 0x2084}, {0x20ac, 0x20ac}, {0x2103, 0x2103}, {0x2105, 0x2105}, {0x2109, 0x2109},
        {0x2113, 0x2113}, {0x2116, 0x2116}, {0x2121, 0x2122}, {0x2126, 0x2126}, {0x212b, 0x212b}, {0x2153, 0x2154}, {0x215b, 0x215e},
        {0x21b8, 0x21b9}, {0x21d2, 0x21d2}, {0x21d4, 0x21d4}, {0x21e7, 0x21e7}, {0x2200, 0x2200}, {0x2202, 0x2203}, {0x2207, 0x2208},
        {0x220b, 0x220b}, {0x220f, 0x220f}, {0x2211, 0x2211}, {0x2215, 0x2215}, {0x221a, 0x221a}, {0x221d, 0x2220}, {0x2223, 0x2223},
        {0x2225, 0x2225}, {0x2227, 0x222c}, {0x222e, 0x222e}, {0x2234, 0x2237}, {0x223c, 0x223d}, {0x2248, 0x2248}, {0x224c, 0x224c},
        {0x2252, 0x2252}, {0x2260, 0x2261}, {0x2264, 0x2267}, {0x226a, 0x226b}, {0x226e, 0x226f}, {0x2282, 0x2283}, {0x2286, 0x2287},
        {0x2295, 0x2295}, {0x2299, 0x2299}, {0x22a5, 0x22a5}, {0x22bf, 0x22bf}, {0x2312, 0x2312}, {0x2160, 0x216b}, {0x2170, 0x2179}, {0x2190, 0x2199}, {0x2460, 0x24e9}, {0x24eb, 0x254b},
        {0x2550, 0x2573}, {0x2580, 0x258f}, {0x25a0, 0x25a1}, {0x25b2, 0x25b3}, {0x25c6, 0x25c8}, {0x25cb, 0x25cb}, {0x25ce, 0x25d1},
        {0x2605, 0x2606}, {0x2640, 0x2640}, {0x2642, 0x2642}, {0xe000, 0xf8ff}, {0xfe00, 0xfe0f}, {0xfffd, 0xfffd}};

    private static boolean in(int[][] ranges, int cp) {
        for (int[] r : ranges) {
            if (cp >= r[0] && cp <= r[1]) {
                return true;
            }
        }
        return false;
    }

    static String eastAsianWidth(int cp) {
        if (cp == 0x3000 || cp >= 0xff01 && cp <= 0xff60 || cp >= 0xffe0 && cp <= 0xffe6) {
            return "F";
        }
        if (cp == 0x20a9 || cp >= 0xff61 && cp <= 0xffdc || cp >= 0xffe8 && cp <= 0xffee) {
            return "H";
        }
        if (cp >= 0x20 && cp <= 0x7e || cp == 0xa2 || cp == 0xa3 || cp == 0xa5 || cp == 0xa6 || cp == 0xac || cp == 0xaf
            || cp >= 0x27e6 && cp <= 0x27ed || cp == 0x2985 || cp == 0x2986) {
            return "Na";
        }
        if (in(WIDE, cp)) {
            return "W";
        }
        if (in(AMBIGUOUS, cp)) {
            return "A";
        }
        return "N";
    }

    /** The numeric value of {@code cp}, or NaN: the JDK's integers, and the vulgar fractions it reports as -2. */
    static double numeric(int cp) {
        switch (cp) {
            case 0xbc: return 0.25;
            case 0xbd: return 0.5;
            case 0xbe: return 0.75;
            case 0x2150: return 1.0 / 7;
            case 0x2151: return 1.0 / 9;
            case 0x2152: return 0.1;
            case 0x2153: return 1.0 / 3;
            case 0x2154: return 2.0 / 3;
            case 0x2155: return 0.2;
            case 0x2156: return 0.4;
            case 0x2157: return 0.6;
            case 0x2158: return 0.8;
            case 0x2159: return 1.0 / 6;
            case 0x215a: return 5.0 / 6;
            case 0x215b: return 0.125;
            case 0x215c: return 0.375;
            case 0x215d: return 0.625;
            case 0x215e: return 0.875;
            case 0x2189: return 0.0;
            case 0x3007: return 0;
            case 0x4e00: return 1;
            case 0x4e8c: return 2;
            case 0x4e09: return 3;
            case 0x56db: return 4;
            case 0x4e94: return 5;
            case 0x516d: return 6;
            case 0x4e03: return 7;
            case 0x516b: return 8;
            case 0x4e5d: return 9;
            case 0x5341: return 10;
            case 0x767e: return 100;
            case 0x5343: return 1000;
            case 0x4e07: return 10000;
            default: break;
        }
        int t = Character.getType(cp);
        if (t != Character.DECIMAL_DIGIT_NUMBER && t != Character.LETTER_NUMBER && t != Character.OTHER_NUMBER) {
            return Double.NaN;
        }
        int v = Character.getNumericValue(cp);
        return v < 0 ? Double.NaN : v;
    }

    static int decimal(int cp) {
        return Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER ? Character.digit(cp, 10) : -1;
    }

    static int digit(int cp) {
        int d = decimal(cp);
        if (d >= 0) {
            return d;
        }
        if (Character.getType(cp) == Character.OTHER_NUMBER) {
            int v = Character.getNumericValue(cp);
            return v >= 0 && v <= 9 ? v : -1;
        }
        return -1;
    }

    /** UnicodeData.txt's decomposition field: one level of the canonical mapping, or a tagged compatibility mapping. */
    static String decomposition(int cp) {
        String self = new String(Character.toChars(cp));
        if (cp >= 0xac00 && cp <= 0xd7a3) {
            return "";
        }
        String nfd = Normalizer.normalize(self, Normalizer.Form.NFD);
        String mapping;
        String tag = "";
        if (!nfd.equals(self)) {
            String nfc = Normalizer.normalize(self, Normalizer.Form.NFC);
            if (!nfc.equals(self)) {
                mapping = nfc;
            } else {
                int last = nfd.codePointBefore(nfd.length());
                String head = nfd.substring(0, nfd.length() - Character.charCount(last));
                mapping = head.isEmpty() ? nfd : Normalizer.normalize(head, Normalizer.Form.NFC) + new String(Character.toChars(last));
            }
        } else {
            String nfkd = Normalizer.normalize(self, Normalizer.Form.NFKD);
            if (nfkd.equals(self)) {
                return "";
            }
            mapping = Normalizer.normalize(nfkd, Normalizer.Form.NFC);
            tag = compatTag(cp) + " ";
        }
        StringBuilder sb = new StringBuilder(tag);
        mapping.codePoints().forEach(c -> sb.append(String.format("%04X ", c)));
        return sb.toString().trim();
    }

    private static String compatTag(int cp) {
        String n = String.valueOf(Character.getName(cp));
        if (n.contains("FULLWIDTH") || cp == 0x3000) {
            return "<wide>";
        }
        if (n.contains("HALFWIDTH")) {
            return "<narrow>";
        }
        if (n.startsWith("SUPERSCRIPT") || n.startsWith("MODIFIER LETTER SMALL")) {
            return "<super>";
        }
        if (n.startsWith("SUBSCRIPT")) {
            return "<sub>";
        }
        if (n.startsWith("VULGAR FRACTION") || n.startsWith("FRACTION")) {
            return "<fraction>";
        }
        if (n.startsWith("CIRCLED") || n.startsWith("NEGATIVE CIRCLED")) {
            return "<circle>";
        }
        if (n.startsWith("MATHEMATICAL") || n.contains("BLACK-LETTER") || n.contains("DOUBLE-STRUCK") || n.startsWith("SCRIPT")) {
            return "<font>";
        }
        if (n.contains("NO-BREAK")) {
            return "<noBreak>";
        }
        if (n.startsWith("SQUARE") || n.startsWith("SQUARED")) {
            return "<square>";
        }
        if (n.contains("FOR VERTICAL")) {
            return "<vertical>";
        }
        if (n.startsWith("SMALL")) {
            return "<small>";
        }
        if (n.endsWith("INITIAL FORM")) {
            return "<initial>";
        }
        if (n.endsWith("MEDIAL FORM")) {
            return "<medial>";
        }
        if (n.endsWith("FINAL FORM")) {
            return "<final>";
        }
        if (n.endsWith("ISOLATED FORM")) {
            return "<isolated>";
        }
        return "<compat>";
    }
}
