package dev.gilspy.interp.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * "Did you mean: 'x'?" after an AttributeError or NameError that nobody caught, as CPython 3.11's
 * {@code Python/suggestions.c} offers it: the candidate within a Levenshtein distance of a third of
 * the characters involved (moves cost 2, a change of case 1), from {@code dir(obj)} for an
 * AttributeError, and from the failing frame's local names, then its globals, then the builtins
 * for a NameError. No suggestion from 750 candidates on, or for names longer than 40 characters.
 */
final class Suggestions {
    private Suggestions() {}

    private static final int MAX_CANDIDATE_ITEMS = 750;
    private static final int MAX_STRING_SIZE = 40;
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;

    /** The suggested name for {@code e}, or null. Never raises: a failing {@code __dir__} means no suggestion. */
    static String offer(PyBaseException e) {
        try {
            if (e.type().isSubtypeOf(Types.AttributeError)) {
                return forAttributeError(e);
            }
            if (e.type().isSubtypeOf(Types.NameError)) {
                return forNameError(e);
            }
        } catch (PyException ignored) {
            return null; // CPython clears an error raised while looking for a suggestion
        }
        return null;
    }

    private static String forAttributeError(PyBaseException e) {
        Object name = e.getDictAttr("name");
        Object obj = e.getDictAttr("obj");
        if (!(name instanceof String n) || obj == null) {
            return null;
        }
        return closest(Ops.toArray(Attr.dir(PyThread.current(), new Object[] {obj})), n);
    }

    private static String forNameError(PyBaseException e) {
        if (!(e.getDictAttr("name") instanceof String n) || e.tb.isEmpty()) {
            return null;
        }
        PyFrame f = e.tb.get(0).frame(); // the innermost entry
        if (f == null) {
            return null;
        }
        String s = closest(f.code.localNames, n);
        if (s == null) {
            s = closest(names(f.globals), n);
        }
        if (s == null) {
            s = closest(names(PyThread.current().interp.builtins), n);
        }
        return s;
    }

    private static Object[] names(PyModule m) {
        List<Object> out = new ArrayList<>();
        m.cells.forEach((k, c) -> {
            if (c.value != null) {
                out.add(k);
            }
        });
        return out.toArray();
    }

    /** calculate_suggestions: the nearest candidate, the first of equals. */
    static String closest(Object[] candidates, String name) {
        if (candidates.length >= MAX_CANDIDATE_ITEMS) {
            return null;
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Object c : candidates) {
            if (!(c instanceof String item) || item.equals(name)) {
                continue;
            }
            int max = (name.length() + item.length() + 3) * MOVE_COST / 6;
            max = Math.min(max, bestDistance - 1);
            int d = distance(name, item, max);
            if (d > max) {
                continue;
            }
            if (best == null || d < bestDistance) {
                best = item;
                bestDistance = d;
            }
        }
        return best;
    }

    /** levenshtein_distance, or more than {@code maxCost} as soon as that is certain. */
    static int distance(String a, String b, int maxCost) {
        int as = 0;
        int bs = 0;
        int ae = a.length();
        int be = b.length();
        while (as < ae && bs < be && a.charAt(as) == b.charAt(bs)) {
            as++;
            bs++;
        }
        while (as < ae && bs < be && a.charAt(ae - 1) == b.charAt(be - 1)) {
            ae--;
            be--;
        }
        int an = ae - as;
        int bn = be - bs;
        if (an == 0 || bn == 0) {
            return (an + bn) * MOVE_COST;
        }
        if (an > MAX_STRING_SIZE || bn > MAX_STRING_SIZE) {
            return maxCost + 1;
        }
        if (bn < an) { // the shorter string is the row
            String ts = a;
            a = b;
            b = ts;
            int t = as;
            as = bs;
            bs = t;
            t = an;
            an = bn;
            bn = t;
        }
        if ((bn - an) * MOVE_COST > maxCost) {
            return maxCost + 1;
        }
        int[] row = new int[an];
        for (int i = 0; i < an; i++) {
            row[i] = (i + 1) * MOVE_COST;
        }
        int result = 0;
        for (int bi = 0; bi < bn; bi++) {
            char code = b.charAt(bs + bi);
            int distance = bi * MOVE_COST;
            result = distance;
            int minimum = Integer.MAX_VALUE;
            for (int i = 0; i < an; i++) {
                int substitute = distance + substitutionCost(code, a.charAt(as + i));
                distance = row[i];
                int insertDelete = Math.min(result, distance) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                row[i] = result;
                minimum = Math.min(minimum, result);
            }
            if (minimum > maxCost) {
                return maxCost + 1;
            }
        }
        return result;
    }

    private static int substitutionCost(char a, char b) {
        if (a == b) {
            return 0;
        }
        boolean letters = a < 128 && b < 128 && Character.isLetter(a) && Character.isLetter(b);
        return letters && Character.toLowerCase(a) == Character.toLowerCase(b) ? CASE_COST : MOVE_COST;
    }
}
