package dev.gilspy.interp.modules;

import dev.gilspy.interp.runtime.BuiltinArgs;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.NativeTypes;
import dev.gilspy.interp.runtime.PyIter;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.PyType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code _string} ({@code Objects/stringlib/unicode_format.h}): the format-string parser that
 * {@code string.Formatter} drives. {@code formatter_parser} yields
 * {@code (literal, field_name, format_spec, conversion)} like CPython's {@code MarkupIterator};
 * {@code formatter_field_name_split} splits {@code "a.b[0]"} into its first part and the
 * attribute/index chain.
 */
public final class StringModule {
    private StringModule() {}

    static final PyType PARSER_ITER = NativeTypes.iteratorType("formatteriterator", "_string");
    static final PyType FIELD_ITER = NativeTypes.iteratorType("fieldnameiterator", "_string");

    /** One step of CPython's {@code MarkupIterator_next} over {@code s} from {@code pos[0]}; null at the end. */
    static PyTuple nextMarkup(String s, int[] pos) {
        int start = pos[0];
        int end = s.length();
        if (start >= end) {
            return null;
        }
        int i = start;
        char c = 0;
        boolean markup = false;
        while (i < end) {
            c = s.charAt(i++);
            if (c == '{' || c == '}') {
                markup = true;
                break;
            }
        }
        boolean atEnd = i >= end;
        int len = i - start;
        if (c == '}' && markup && (atEnd || s.charAt(i) != '}')) {
            throw Err.value("Single '}' encountered in format string");
        }
        if (atEnd && c == '{' && markup) {
            throw Err.value("Single '{' encountered in format string");
        }
        if (!atEnd && markup) {
            if (s.charAt(i) == c) {
                i++;
                markup = false;
            } else {
                len--;
            }
        }
        String literal = s.substring(start, start + len);
        if (!markup) {
            pos[0] = i;
            return PyTuple.of(literal, PyNone.NONE, PyNone.NONE, PyNone.NONE);
        }
        pos[0] = i;
        Object[] field = parseField(s, pos);
        return PyTuple.of(literal, field[0], field[1], field[2]);
    }

    /**
     * {@code parse_field}: reads a field from just after its '{' through its closing '}', leaving
     * {@code pos[0]} after it; returns name, spec ('' when absent) and conversion (None or a str).
     */
    private static Object[] parseField(String s, int[] pos) {
        int i = pos[0];
        int n = s.length();
        int nameStart = i;
        char c = 0;
        scan:
        while (i < n) {
            c = s.charAt(i++);
            switch (c) {
                case '{' -> throw Err.value("unexpected '{' in field name");
                case '[' -> {
                    while (i < n && s.charAt(i) != ']') {
                        i++;
                    }
                }
                case '}', ':', '!' -> {
                    break scan;
                }
                default -> { }
            }
        }
        String name = s.substring(nameStart, Math.max(nameStart, i - 1));
        if (c != '!' && c != ':') {
            if (c != '}') {
                throw Err.value("expected '}' before end of string");
            }
            pos[0] = i;
            return new Object[] {name, "", PyNone.NONE};
        }
        Object conversion = PyNone.NONE;
        if (c == '!') {
            if (i >= n) {
                throw Err.value("end of string while looking for conversion specifier");
            }
            conversion = String.valueOf(s.charAt(i++));
            if (i < n) {
                char d = s.charAt(i++);
                if (d == '}') {
                    pos[0] = i;
                    return new Object[] {name, "", conversion};
                }
                if (d != ':') {
                    throw Err.value("expected ':' after conversion specifier");
                }
            }
        }
        int specStart = i;
        int count = 1;
        while (i < n) {
            char d = s.charAt(i++);
            if (d == '{') {
                count++;
            } else if (d == '}' && --count == 0) {
                pos[0] = i;
                return new Object[] {name, s.substring(specStart, i - 1), conversion};
            }
        }
        throw Err.value("unmatched '{' in format spec");
    }

    static Object fieldNameSplit(String name) {
        int i = 0;
        int n = name.length();
        while (i < n && name.charAt(i) != '.' && name.charAt(i) != '[') {
            i++;
        }
        String first = name.substring(0, i);
        Object head = isDigits(first) ? (Object) Long.parseLong(first) : first;
        List<Object> rest = new ArrayList<>();
        while (i < n) {
            char c = name.charAt(i++);
            if (c == '.') {
                int s = i;
                while (i < n && name.charAt(i) != '.' && name.charAt(i) != '[') {
                    i++;
                }
                if (i == s) {
                    throw Err.value("Empty attribute in format string");
                }
                rest.add(PyTuple.of(true, name.substring(s, i)));
            } else if (c == '[') {
                int s = i;
                while (i < n && name.charAt(i) != ']') {
                    i++;
                }
                if (i >= n) {
                    throw Err.value("Missing ']' in format string");
                }
                String key = name.substring(s, i);
                if (key.isEmpty()) {
                    throw Err.value("Empty attribute in format string");
                }
                i++;
                rest.add(PyTuple.of(false, isDigits(key) ? (Object) Long.parseLong(key) : key));
                if (i < n && name.charAt(i) != '.' && name.charAt(i) != '[') {
                    throw Err.value("Only '.' or '[' may follow ']' in format field specifier");
                }
            } else {
                throw Err.value("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        Object[] items = rest.toArray();
        int[] at = {0};
        return PyTuple.of(head, new PyIter.Fn(FIELD_ITER, th -> at[0] < items.length ? items[at[0]++] : null));
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty() || s.length() > 18) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i)) || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    static PyModule create() {
        PyModule m = new PyModule("_string");
        m.def("formatter_parser", (t, a, k) -> {
            String s = BuiltinArgs.str(a[0], "formatter_parser() argument");
            int[] pos = {0};
            return new PyIter.Fn(PARSER_ITER, th -> nextMarkup(s, pos));
        });
        m.def("formatter_field_name_split", (t, a, k) -> fieldNameSplit(BuiltinArgs.str(a[0], "formatter_field_name_split() argument")));
        return m;
    }
}
