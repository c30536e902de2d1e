package dev.gilspy.interp.format;

/**
 * A decimal digit string and the position of its decimal point, as David Gay's
 * {@code _Py_dg_dtoa} returns them: the value is {@code 0.<digits> × 10^decpt}. Digits carry
 * no leading zeros and no trailing zeros; zero is {@code ("0", 1)}; a nonzero value that rounds
 * to nothing in fixed mode is {@code ("", -precision)}.
 */
record Digits(String digits, int decpt) {
    static final Digits ZERO = new Digits("0", 1);

    /** Builds from an integer digit string whose last digit has weight 10^-scale. */
    static Digits ofScaled(String integerDigits, int scale) {
        int end = integerDigits.length();
        while (end > 1 && integerDigits.charAt(end - 1) == '0') {
            end--;
        }
        int decpt = integerDigits.length() - scale;
        return new Digits(end == integerDigits.length() ? integerDigits : integerDigits.substring(0, end), decpt);
    }
}
