package dev.gilspy.interp.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Holds PyFormat to the outputs CPython 3.11 produced for the same inputs, recorded in
 * {@code format/cases.tsv} by {@code format/gen_cases.py}.
 */
class CpythonCasesTest {

    /** Stands for a user object whose class defines {@code __str__} but no {@code __format__}. */
    record Point(String text) {}

    @ParameterizedTest(name = "line {0}: {1} {2} [{3}]")
    @MethodSource("cases")
    void matchesCpython(int line, String kind, String value, String arg, String expected) {
        Object v = decodeValue(value);
        Supplier<String> actual = () -> run(kind, v, arg);
        if (expected.startsWith("!")) {
            // a FormatError reads "ValueError: ..."; the test's own KeyError comes from its lookup below
            assertThatThrownBy(actual::get)
                    .satisfies(e -> assertThat(e instanceof FormatError ? e.toString() : e.getMessage())
                            .isEqualTo(expected.substring(1)));
        } else {
            assertThat(actual.get()).isEqualTo(expected);
        }
    }

    private static String run(String kind, Object v, String arg) {
        return switch (kind) {
            case "repr" -> PyFormat.floatRepr((Double) v);
            case "format" -> PyFormat.formatValue(v, arg, CpythonCasesTest::pyStr,
                    o -> o instanceof Point ? "Point" : TypeNames.of(o));
            case "percent" -> percent(arg, v);
            case "str" -> PyFormat.formatInt(v);
            case "base" -> PyFormat.intToBase(v, Integer.parseInt(arg));
            case "strrepr" -> PyFormat.strRepr((String) v);
            case "ascii" -> PyFormat.ascii(PyFormat.strRepr((String) v));
            case "bytesrepr" -> PyFormat.bytesRepr((byte[]) v);
            case "round" -> PyFormat.floatRepr(PyFormat.roundHalfEven((Double) v, Integer.parseInt(arg)));
            case "roundint" -> PyFormat.formatInt(PyFormat.roundToInt((Double) v));
            case "int" -> PyFormat.formatInt(PyFormat.floatToInt((Double) v));
            default -> throw new IllegalStateException("unknown case kind " + kind);
        };
    }

    private static String percent(String fmt, Object args) {
        Function<Object, Object> lookup = null;
        if (args instanceof Map<?, ?> map) {
            lookup = key -> {
                if (!map.containsKey(key)) {
                    throw new IllegalArgumentException("KeyError: " + PyFormat.strRepr((String) key));
                }
                return map.get(key);
            };
        }
        return PyFormat.percentFormat(fmt, args, CpythonCasesTest::pyStr, CpythonCasesTest::pyRepr, lookup);
    }

    static String pyStr(Object o) {
        if (o instanceof Point p) {
            return p.text();
        }
        if (o instanceof List<?> || o instanceof Map<?, ?>) {
            return pyRepr(o);
        }
        return PyFormat.formatValue(o, "", CpythonCasesTest::pyStr);
    }

    static String pyRepr(Object o) {
        if (o instanceof String s) {
            return PyFormat.strRepr(s);
        }
        if (o instanceof Point p) {
            return "<" + p.text() + ">";
        }
        if (o instanceof List<?> list) {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < list.size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(pyRepr(list.get(i)));
            }
            return sb.append(list.size() == 1 ? ",)" : ")").toString();
        }
        if (o instanceof Map<?, ?> map) {
            StringBuilder sb = new StringBuilder("{");
            map.forEach((k, x) -> sb.append(sb.length() == 1 ? "" : ", ").append(pyRepr(k)).append(": ").append(pyRepr(x)));
            return sb.append('}').toString();
        }
        return pyStr(o);
    }

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        try (var in = CpythonCasesTest.class.getResourceAsStream("/format/cases.tsv");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                cases.add(Arguments.of(number, f[0], unescape(f[1]), unescape(f[2]), unescape(f[3])));
            }
        }
        assertThat(cases).hasSizeGreaterThan(5000);
        return cases.stream();
    }

    static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\') {
                out.append(c);
            } else if (text.charAt(i + 1) == '\\') {
                out.append('\\');
                i++;
            } else if (text.charAt(i + 1) == 'u') {
                out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                out.appendCodePoint(Integer.parseInt(text.substring(i + 2, i + 10), 16));
                i += 9;
            }
        }
        return out.toString();
    }

    static Object decodeValue(String tagged) {
        String body = tagged.substring(2);
        return switch (tagged.charAt(0)) {
            case 'n' -> null;
            case 'b' -> Boolean.parseBoolean(body.toLowerCase());
            case 'i' -> decodeInt(body);
            case 'f' -> body.equals("nan") ? Double.NaN : body.equals("inf") ? Double.POSITIVE_INFINITY
                    : body.equals("-inf") ? Double.NEGATIVE_INFINITY : Double.parseDouble(body);
            case 's' -> body;
            case 'y' -> HexFormat.of().parseHex(body);
            case 'o' -> new Point(body.substring(0, body.lastIndexOf('|')));
            case 't' -> {
                List<Object> items = new ArrayList<>();
                if (!body.isEmpty()) {
                    for (String item : body.split("\u001f", -1)) {
                        items.add(decodeValue(item));
                    }
                }
                yield items;
            }
            case 'd' -> {
                Map<String, Object> map = new LinkedHashMap<>();
                for (String entry : body.split("\u001f", -1)) {
                    String[] kv = entry.split("\u001e", 2);
                    map.put(kv[0], decodeValue(kv[1]));
                }
                yield map;
            }
            default -> throw new IllegalStateException("bad tag " + tagged);
        };
    }

    private static Object decodeInt(String text) {
        boolean negative = text.startsWith("-");
        String digits = negative ? text.substring(1) : text;
        BigInteger big = digits.startsWith("0x") ? new BigInteger(digits.substring(2), 16) : new BigInteger(digits);
        if (negative) {
            big = big.negate();
        }
        return big.bitLength() < 64 ? (Object) big.longValue() : big;
    }
}
