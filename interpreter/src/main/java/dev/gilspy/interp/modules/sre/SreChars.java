package dev.gilspy.interp.modules.sre;

/**
 * Character classes and case mappings of the SRE engine, as {@code Modules/_sre/sre.c} defines them:
 * the ASCII ones ({@code sre_lower_ascii}, {@code SRE_IS_WORD}), the "locale" ones (gilspy runs in the
 * C locale, so they are the ASCII ones over Latin-1 code units) and the Unicode ones (Java's simple
 * case mappings and general categories, which match CPython's {@code Py_UNICODE_TOLOWER} and
 * {@code str.isalnum} for every character Java's and CPython's Unicode versions agree on).
 */
final class SreChars {
    private SreChars() {}

    static final int CATEGORY_DIGIT = 0;
    static final int CATEGORY_NOT_DIGIT = 1;
    static final int CATEGORY_SPACE = 2;
    static final int CATEGORY_NOT_SPACE = 3;
    static final int CATEGORY_WORD = 4;
    static final int CATEGORY_NOT_WORD = 5;
    static final int CATEGORY_LINEBREAK = 6;
    static final int CATEGORY_NOT_LINEBREAK = 7;
    static final int CATEGORY_LOC_WORD = 8;
    static final int CATEGORY_LOC_NOT_WORD = 9;
    static final int CATEGORY_UNI_DIGIT = 10;
    static final int CATEGORY_UNI_NOT_DIGIT = 11;
    static final int CATEGORY_UNI_SPACE = 12;
    static final int CATEGORY_UNI_NOT_SPACE = 13;
    static final int CATEGORY_UNI_WORD = 14;
    static final int CATEGORY_UNI_NOT_WORD = 15;
    static final int CATEGORY_UNI_LINEBREAK = 16;
    static final int CATEGORY_UNI_NOT_LINEBREAK = 17;

    static boolean isAsciiDigit(int ch) { return ch >= '0' && ch <= '9'; }

    static boolean isAsciiSpace(int ch) { return ch == ' ' || (ch >= 9 && ch <= 13); }

    static boolean isAsciiAlnum(int ch) {
        return ch < 128 && (isAsciiDigit(ch) || (ch | 0x20) >= 'a' && (ch | 0x20) <= 'z');
    }

    static boolean isAsciiWord(int ch) { return ch < 128 && (isAsciiAlnum(ch) || ch == '_'); }

    static boolean isLinebreak(int ch) { return ch == '\n'; }

    static int lowerAscii(int ch) { return ch >= 'A' && ch <= 'Z' ? ch + 32 : ch; }

    static int upperAscii(int ch) { return ch >= 'a' && ch <= 'z' ? ch - 32 : ch; }

    /** The C locale's tolower over a byte-sized code: the ASCII mapping. */
    static int lowerLocale(int ch) { return ch < 256 ? lowerAscii(ch) : ch; }

    static int upperLocale(int ch) { return ch < 256 ? upperAscii(ch) : ch; }

    static boolean charLocIgnore(int pattern, int ch) {
        return ch == pattern || lowerLocale(ch) == pattern || upperLocale(ch) == pattern;
    }

    static int lowerUnicode(int ch) {
        if (ch < 128) {
            return lowerAscii(ch);
        }
        return Character.toLowerCase(ch);
    }

    static int upperUnicode(int ch) {
        if (ch < 128) {
            return upperAscii(ch);
        }
        return Character.toUpperCase(ch);
    }

    static boolean isUniDecimal(int ch) {
        return ch < 128 ? isAsciiDigit(ch) : Character.getType(ch) == Character.DECIMAL_DIGIT_NUMBER;
    }

    /** {@code str.isspace}: the whitespace of CPython's unicode type database. */
    static boolean isUniSpace(int ch) {
        if (ch < 128) {
            return isAsciiSpace(ch) || (ch >= 0x1c && ch <= 0x1f);
        }
        return ch == 0x85 || ch == 0xa0 || ch == 0x1680 || (ch >= 0x2000 && ch <= 0x200a)
            || ch == 0x2028 || ch == 0x2029 || ch == 0x202f || ch == 0x205f || ch == 0x3000;
    }

    /** {@code str.isalnum} or underscore. */
    static boolean isUniWord(int ch) {
        if (ch < 128) {
            return isAsciiWord(ch);
        }
        if (Character.isLetterOrDigit(ch)) {
            return true;
        }
        int type = Character.getType(ch);
        return type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    static boolean isUniLinebreak(int ch) {
        return ch == '\n' || ch == 0x0b || ch == 0x0c || ch == '\r' || ch == 0x1c || ch == 0x1d || ch == 0x1e
            || ch == 0x85 || ch == 0x2028 || ch == 0x2029;
    }

    static boolean isLocWord(int ch) { return ch < 256 && (isAsciiAlnum(ch) || ch == '_'); }

    static boolean category(int category, int ch) {
        switch (category) {
            case CATEGORY_DIGIT: return isAsciiDigit(ch);
            case CATEGORY_NOT_DIGIT: return !isAsciiDigit(ch);
            case CATEGORY_SPACE: return isAsciiSpace(ch);
            case CATEGORY_NOT_SPACE: return !isAsciiSpace(ch);
            case CATEGORY_WORD: return isAsciiWord(ch);
            case CATEGORY_NOT_WORD: return !isAsciiWord(ch);
            case CATEGORY_LINEBREAK: return isLinebreak(ch);
            case CATEGORY_NOT_LINEBREAK: return !isLinebreak(ch);
            case CATEGORY_LOC_WORD: return isLocWord(ch);
            case CATEGORY_LOC_NOT_WORD: return !isLocWord(ch);
            case CATEGORY_UNI_DIGIT: return isUniDecimal(ch);
            case CATEGORY_UNI_NOT_DIGIT: return !isUniDecimal(ch);
            case CATEGORY_UNI_SPACE: return isUniSpace(ch);
            case CATEGORY_UNI_NOT_SPACE: return !isUniSpace(ch);
            case CATEGORY_UNI_WORD: return isUniWord(ch);
            case CATEGORY_UNI_NOT_WORD: return !isUniWord(ch);
            case CATEGORY_UNI_LINEBREAK: return isUniLinebreak(ch);
            case CATEGORY_UNI_NOT_LINEBREAK: return !isUniLinebreak(ch);
            default: return false;
        }
    }

    static boolean asciiIscased(int ch) { return ch < 128 && (ch | 0x20) >= 'a' && (ch | 0x20) <= 'z'; }

    static boolean unicodeIscased(int ch) { return ch != lowerUnicode(ch) || ch != upperUnicode(ch); }

    static int asciiTolower(int ch) { return ch < 128 ? lowerAscii(ch) : ch; }
}
