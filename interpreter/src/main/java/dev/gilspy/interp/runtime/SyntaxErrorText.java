package dev.gilspy.interp.runtime;

/**
 * How a traceback shows a SyntaxError that knows where it is (CPython's print_exception with
 * parse_syntax_error and print_error_text): a {@code File "f", line n} line, the offending
 * line stripped of its indentation, a caret line from {@code offset} to {@code end_offset},
 * and then {@code SyntaxError: msg} (not {@code str(e)}, which repeats the place).
 */
final class SyntaxErrorText {
    private SyntaxErrorText() {}

    /** Appends the place of {@code e} and returns its message; null when it has no line number (then str(e) is shown). */
    static String appendPlace(PyBaseException e, StringBuilder sb) {
        Object lineno = Ops.getattrOrNull(e, "lineno");
        if (!(lineno instanceof Long line)) {
            return null;
        }
        Object file = Ops.getattrOrNull(e, "filename");
        sb.append("  File \"").append(file instanceof String f ? f : "<string>").append("\", line ").append(line).append('\n');
        if (Ops.getattrOrNull(e, "text") instanceof String text) {
            appendText(sb, text, longOr(Ops.getattrOrNull(e, "offset"), -1),
                Ops.getattrOrNull(e, "end_lineno") instanceof Long el && el.longValue() != line ? Long.MAX_VALUE
                    : longOr(Ops.getattrOrNull(e, "end_offset"), -1));
        }
        Object msg = Ops.getattrOrNull(e, "msg");
        return msg == null || msg == PyNone.NONE ? "" : StrRepr.str(msg);
    }

    private static long longOr(Object o, long dflt) {
        return o instanceof Long l ? l : o instanceof Boolean b ? (b ? 1 : 0) : dflt;
    }

    /** The line and its carets; offsets are 1-based columns of {@code text}, end exclusive. */
    private static void appendText(StringBuilder sb, String text, long offset, long endOffset) {
        long start = offset - 1;
        long end = endOffset - 1;
        int i = 0;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\f')) {
            i++;
            start--;
            end--;
        }
        text = text.substring(i);
        int len = text.endsWith("\n") ? text.length() - 1 : text.length();
        start = Math.min(start, len);
        while (true) {
            int nl = text.indexOf('\n');
            if (nl < 0 || nl >= start) {
                break;
            }
            text = text.substring(nl + 1);
            len -= nl + 1;
            start -= nl + 1;
            end -= nl + 1;
        }
        sb.append("    ").append(text);
        if (!text.endsWith("\n")) {
            sb.append('\n');
        }
        if (start < 0) {
            return;
        }
        long carets = Math.max(1, Math.min(end, len) - start);
        sb.append("    ").append(" ".repeat((int) start)).append("^".repeat((int) carets)).append('\n');
    }
}
