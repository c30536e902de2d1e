package dev.gilspy.interp.format;

import java.math.BigInteger;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * {@code fmt % args} for str, after {@code PyUnicode_Format} in CPython's
 * {@code Objects/unicodeobject.c}: the argument cursor ({@code argidx}/{@code arglen}), the
 * order in which an argument is fetched before its conversion is checked, and the error texts.
 */
final class PercentFormatter {
    private static final int F_LJUST = 1;
    private static final int F_SIGN = 2;
    private static final int F_BLANK = 4;
    private static final int F_ALT = 8;
    private static final int F_ZERO = 16;

    private final String fmt;
    private final Function<Object, String> str;
    private final Function<Object, String> repr;
    private final Function<Object, Object> lookup;
    private final Function<Object, String> typeName;
    /**
     * The int or float an operand stands for under a conversion character (an int subclass's value;
     * {@code __int__} for %d, {@code __index__} for %x, {@code __float__} for %f), or the operand.
     */
    private final BiFunction<Integer, Object, Object> number;
    /** CPython's {@code ctx.dict}: the operand supports item lookup, so leftovers are not an error. */
    private final boolean mapping;
    private final StringBuilder out;
    private final int end;
    private int pos;
    private Object args;
    private final List<?> tuple;
    private int arglen;
    private int argidx;

    private PercentFormatter(String fmt, Object args, Function<Object, String> str, Function<Object, String> repr,
                             Function<Object, Object> lookup, Function<Object, String> typeName, BiFunction<Integer, Object, Object> number) {
        this.number = number != null ? number : (c, o) -> o;
        this.fmt = fmt;
        this.str = str;
        this.repr = repr;
        this.lookup = lookup;
        this.typeName = typeName != null ? typeName : TypeNames::of;
        this.out = new StringBuilder(fmt.length() + 16);
        this.end = fmt.length();
        this.args = args;
        // bytes has __getitem__ too, which makes it a "mapping" for %, like a list or a dict.
        this.mapping = lookup != null || args instanceof byte[];
        if (args instanceof List<?> list && lookup == null) {
            tuple = list;
            arglen = list.size();
            argidx = 0;
        } else {
            tuple = null;
            arglen = -1;
            argidx = -2;
        }
    }

    static String format(String fmt, Object args, Function<Object, String> str, Function<Object, String> repr,
                         Function<Object, Object> lookup, Function<Object, String> typeName, BiFunction<Integer, Object, Object> number) {
        return new PercentFormatter(fmt, args, str, repr, lookup, typeName, number).run();
    }

    private String run() {
        while (pos < end) {
            int next = fmt.indexOf('%', pos);
            if (next < 0) {
                out.append(fmt, pos, end);
                break;
            }
            out.append(fmt, pos, next);
            pos = next + 1;
            formatOne();
        }
        if (argidx < arglen && !mapping) {
            throw Errors.typeError("not all arguments converted during string formatting");
        }
        return out.toString();
    }

    private Object nextArg() {
        if (argidx < arglen) {
            int index = argidx++;
            return arglen < 0 ? args : tuple.get(index);
        }
        throw Errors.typeError("not enough arguments for format string");
    }

    /** One conversion; {@code pos} is just past the '%'. */
    private void formatOne() {
        if (pos < end && fmt.charAt(pos) == '%') {
            out.append('%');
            pos++;
            return;
        }
        if (pos < end && fmt.charAt(pos) == '(') {
            readMappingKey();
        }
        int flags = 0;
        int ch = readChar();
        while (true) {
            int flag = switch (ch) {
                case '-' -> F_LJUST;
                case '+' -> F_SIGN;
                case ' ' -> F_BLANK;
                case '#' -> F_ALT;
                case '0' -> F_ZERO;
                default -> 0;
            };
            if (flag == 0) {
                break;
            }
            flags |= flag;
            ch = readChar();
        }
        long width = -1;
        if (ch == '*') {
            width = starArg();
            if (width < 0) {
                flags |= F_LJUST;
                width = -width;
            }
            ch = readChar();
        } else if (ch >= '0' && ch <= '9') {
            width = ch - '0';
            ch = readChar();
            while (ch >= '0' && ch <= '9') {
                width = width * 10 + (ch - '0');
                if (width > Integer.MAX_VALUE) {
                    throw Errors.valueError("width too big");
                }
                ch = readChar();
            }
        }
        long prec = -1;
        if (ch == '.') {
            prec = 0;
            ch = readChar();
            if (ch == '*') {
                prec = Math.max(0, starArg());
                ch = readChar();
            } else if (ch >= '0' && ch <= '9') {
                prec = ch - '0';
                ch = readChar();
                while (ch >= '0' && ch <= '9') {
                    prec = prec * 10 + (ch - '0');
                    if (prec > Integer.MAX_VALUE) {
                        throw Errors.valueError("precision too big");
                    }
                    ch = readChar();
                }
            }
        }
        if (ch == 'h' || ch == 'l' || ch == 'L') {
            ch = readChar();
        }
        if (ch < 0) {
            throw Errors.valueError("incomplete format");
        }
        convert(ch, flags, (int) Math.min(width, Integer.MAX_VALUE), (int) prec);
    }

    /** The next code point of the format, or -1 past the end (CPython's exhausted fmtcnt). */
    private int readChar() {
        if (pos >= end) {
            pos = end + 1;
            return -1;
        }
        int c = fmt.codePointAt(pos);
        pos += Character.charCount(c);
        return c;
    }

    private void readMappingKey() {
        if (!mapping) {
            throw Errors.typeError("format requires a mapping");
        }
        int keyStart = ++pos;
        int depth = 1;
        while (pos < end && depth > 0) {
            char c = fmt.charAt(pos++);
            if (c == ')') {
                depth--;
            } else if (c == '(') {
                depth++;
            }
        }
        if (depth > 0) {
            throw Errors.valueError("incomplete format key");
        }
        if (lookup == null) {
            throw Errors.typeError("byte indices must be integers or slices, not str");
        }
        args = lookup.apply(fmt.substring(keyStart, pos - 1));
        arglen = -1;
        argidx = -2;
    }

    private long starArg() {
        Object v = nextArg();
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (!IntText.isInt(v)) {
            throw Errors.typeError("* wants int");
        }
        if (v instanceof BigInteger big && big.bitLength() > 31) {
            throw Errors.overflowError("Python int too large to convert to C int");
        }
        long n = IntText.toLong(v);
        if (n > Integer.MAX_VALUE || n < Integer.MIN_VALUE) {
            throw Errors.overflowError("Python int too large to convert to C int");
        }
        return n;
    }

    private void convert(int ch, int flags, int width, int prec) {
        Object v = nextArg();
        String text;
        boolean numeric = false;
        switch (ch) {
            case 's', 'r', 'a' -> text = convertText(ch, v);
            case 'i', 'd', 'u', 'o', 'x', 'X' -> {
                text = convertInt(ch, v, (flags & F_ALT) != 0, prec);
                numeric = true;
            }
            case 'e', 'E', 'f', 'F', 'g', 'G' -> {
                text = FloatText.format(realArg(ch, v), (char) ch, prec < 0 ? 6 : prec, false, (flags & F_ALT) != 0, false);
                numeric = true;
            }
            case 'c' -> text = new String(Character.toChars(charArg(v)));
            default -> {
                char shown = ch >= 31 && ch <= 126 ? (char) ch : '?';
                int index = fmt.codePointCount(0, Math.min(pos, end)) - 1;
                throw Errors.valueError("unsupported format character '" + shown + "' (0x"
                        + Integer.toHexString(ch) + ") at index " + index);
            }
        }
        if (mapping && argidx < arglen) {
            throw Errors.typeError("not all arguments converted during string formatting");
        }
        output(ch, flags, width, prec, text, numeric);
    }

    private String convertText(int ch, Object v) {
        String text;
        if (ch == 's') {
            text = v instanceof String s ? s : PyFormat.basicStr(v, str);
        } else {
            text = v instanceof String s ? Reprs.strRepr(s) : PyFormat.basicRepr(v, repr);
            if (ch == 'a') {
                text = Reprs.asciiEscape(text);
            }
        }
        return text;
    }

    private String convertInt(int ch, Object operand, boolean alt, int prec) {
        Object v = number.apply(ch, operand);
        Object integer;
        if (IntText.isInt(v) || v instanceof Boolean) {
            integer = v;
        } else if (v instanceof Double d && ch != 'o' && ch != 'x' && ch != 'X') {
            integer = PyFormat.floatToInt(d);
        } else if (ch == 'o' || ch == 'x' || ch == 'X') {
            throw Errors.typeError("%" + (char) ch + " format: an integer is required, not " + typeName.apply(v));
        } else {
            throw Errors.typeError("%" + (char) ch + " format: a real number is required, not " + typeName.apply(v));
        }
        int base = ch == 'o' ? 8 : (ch == 'x' || ch == 'X') ? 16 : 10;
        String text = IntText.inBase(integer, base);
        boolean negative = text.charAt(0) == '-';
        String digits = negative ? text.substring(1) : text;
        StringBuilder sb = new StringBuilder(digits.length() + 4);
        if (negative) {
            sb.append('-');
        }
        if (alt && base != 10) {
            sb.append('0').append(ch == 'o' ? 'o' : 'x');
        }
        for (int i = digits.length(); i < prec; i++) {
            sb.append('0');
        }
        sb.append(digits);
        String result = sb.toString();
        return ch == 'X' ? result.toUpperCase(java.util.Locale.ROOT) : result;
    }

    private double realArg(int ch, Object operand) {
        Object v = number.apply(ch, operand);
        if (v instanceof Double d) {
            return d;
        }
        if (IntText.isInt(v) || v instanceof Boolean) {
            return IntText.toDouble(v);
        }
        throw Errors.typeError("must be real number, not " + typeName.apply(v));
    }

    private int charArg(Object v) {
        if (!(v instanceof String)) {
            v = number.apply((int) 'c', v); // an object with __index__ (CPython's PyLong_AsLong)
        }
        if (v instanceof String s) {
            if (s.codePointCount(0, s.length()) == 1) {
                return s.codePointAt(0);
            }
        } else if (IntText.isInt(v) || v instanceof Boolean) {
            if (v instanceof BigInteger big && big.bitLength() > 62) {
                throw Errors.overflowError("%c arg not in range(0x110000)");
            }
            long x = IntText.toLong(v);
            if (x < 0 || x > 0x10ffff) {
                throw Errors.overflowError("%c arg not in range(0x110000)");
            }
            return (int) x;
        }
        throw Errors.typeError("%c requires int or char");
    }

    /** {@code unicode_format_arg_output}: sign, '0x' prefix and padding around a converted value. */
    private void output(int ch, int flags, int width, int prec, String text, boolean numeric) {
        int len = text.codePointCount(0, text.length());
        if ((width == -1 || width <= len) && (prec == -1 || prec >= len) && (flags & (F_SIGN | F_BLANK)) == 0) {
            out.append(text);
            return;
        }
        int startIndex = 0;
        if (ch == 's' || ch == 'r' || ch == 'a') {
            if (prec >= 0 && len > prec) {
                text = text.substring(0, text.offsetByCodePoints(0, prec));
                len = prec;
            }
        }
        char fill = numeric && (flags & F_ZERO) != 0 ? '0' : ' ';
        boolean sign = numeric;
        char signChar = 0;
        if (sign) {
            char first = text.charAt(0);
            if (first == '-' || first == '+') {
                signChar = first;
                len--;
                startIndex = 1;
            } else if ((flags & F_SIGN) != 0) {
                signChar = '+';
            } else if ((flags & F_BLANK) != 0) {
                signChar = ' ';
            } else {
                sign = false;
            }
        }
        if (width < len) {
            width = len;
        }
        if (sign) {
            if (fill != ' ') {
                out.append(signChar);
            }
            if (width > len) {
                width--;
            }
        }
        boolean radixPrefix = (flags & F_ALT) != 0 && (ch == 'x' || ch == 'X' || ch == 'o');
        if (radixPrefix) {
            if (fill != ' ') {
                out.append(text, startIndex, startIndex + 2);
                startIndex += 2;
            }
            width = Math.max(width - 2, 0);
            len -= 2;
        }
        if (width > len && (flags & F_LJUST) == 0) {
            NumberLayout.appendFill(out, fill, width - len);
            width = len;
        }
        if (fill == ' ') {
            if (sign) {
                out.append(signChar);
            }
            if (radixPrefix) {
                out.append(text, startIndex, startIndex + 2);
                startIndex += 2;
            }
        }
        if (len > 0) {
            out.append(text, startIndex, text.offsetByCodePoints(startIndex, len));
        }
        if (width > len) {
            NumberLayout.appendFill(out, ' ', width - len);
        }
    }
}
