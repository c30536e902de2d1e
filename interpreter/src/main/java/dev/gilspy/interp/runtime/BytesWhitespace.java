package dev.gilspy.interp.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code bytes.split()} and {@code rsplit()} without a separator: runs of ASCII whitespace (space, \t, \n,
 * \v, \f, \r; {@code Py_ISSPACE}) separate the parts. str's whitespace is wider (\x1c-\x1f, \x85, \xa0),
 * so bytes cannot borrow str's split through Latin-1.
 */
final class BytesWhitespace {
    private BytesWhitespace() {
    }

    static boolean isSpace(byte b) {
        return b == ' ' || b >= '\t' && b <= '\r';
    }

    static PyList split(byte[] d, long maxsplit, boolean right, boolean mutable) {
        List<Object> parts = new ArrayList<>();
        long max = maxsplit < 0 ? Long.MAX_VALUE : maxsplit;
        if (!right) {
            int i = 0;
            int n = d.length;
            while (true) {
                while (i < n && isSpace(d[i])) {
                    i++;
                }
                if (i == n) {
                    break;
                }
                if (parts.size() == max) {
                    parts.add(part(d, i, n, mutable)); // the rest as it is, trailing whitespace included
                    break;
                }
                int j = i;
                while (j < n && !isSpace(d[j])) {
                    j++;
                }
                parts.add(part(d, i, j, mutable));
                i = j;
            }
        } else {
            int j = d.length;
            while (true) {
                while (j > 0 && isSpace(d[j - 1])) {
                    j--;
                }
                if (j == 0) {
                    break;
                }
                if (parts.size() == max) {
                    parts.add(part(d, 0, j, mutable));
                    break;
                }
                int i = j;
                while (i > 0 && !isSpace(d[i - 1])) {
                    i--;
                }
                parts.add(part(d, i, j, mutable));
                j = i;
            }
            java.util.Collections.reverse(parts);
        }
        return new PyList(parts.toArray());
    }

    private static PyBytes part(byte[] d, int from, int to, boolean mutable) {
        return new PyBytes(Arrays.copyOfRange(d, from, to), mutable);
    }
}
