package dev.gilspy.interp.golden;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified-style line diff (longest common subsequence), enough to show where an interpreter's
 * stdout parts from CPython's. Hunks carry {@value #CONTEXT} lines of context; very long outputs
 * are diffed on their first {@value #MAX_LINES} lines only, to keep failures readable and cheap.
 */
public final class LineDiff {
    static final int CONTEXT = 2;
    static final int MAX_LINES = 2000;

    private LineDiff() {}

    public static String unified(String expected, String actual) {
        List<String> a = lines(expected);
        List<String> b = lines(actual);
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> edits = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                edits.add(" " + a.get(i++));
                j++;
            } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                edits.add("-" + a.get(i++));
            } else {
                edits.add("+" + b.get(j++));
            }
        }
        return hunks(edits);
    }

    private static String hunks(List<String> edits) {
        StringBuilder sb = new StringBuilder("--- expected (CPython)\n+++ actual (gilspy)\n");
        int lastPrinted = -1;
        for (int k = 0; k < edits.size(); k++) {
            if (edits.get(k).startsWith(" ")) {
                continue;
            }
            int from = Math.max(lastPrinted + 1, k - CONTEXT);
            if (from > lastPrinted + 1) {
                sb.append("@@\n");
            }
            int to = k;
            while (to + 1 < edits.size() && nearChange(edits, to + 1)) {
                to++;
            }
            to = Math.min(edits.size() - 1, to + CONTEXT);
            for (int m = from; m <= to; m++) {
                sb.append(edits.get(m)).append('\n');
            }
            lastPrinted = to;
            k = to;
        }
        return sb.toString();
    }

    private static boolean nearChange(List<String> edits, int index) {
        for (int m = index; m < Math.min(edits.size(), index + 2 * CONTEXT + 1); m++) {
            if (!edits.get(m).startsWith(" ")) {
                return true;
            }
        }
        return false;
    }

    private static List<String> lines(String text) {
        List<String> all = new ArrayList<>(List.of(text.split("\n", -1)));
        if (!all.isEmpty() && all.get(all.size() - 1).isEmpty()) {
            all.remove(all.size() - 1);
        } else if (!text.isEmpty()) {
            all.set(all.size() - 1, all.get(all.size() - 1) + "\\ (no newline at end)");
        }
        if (all.size() > MAX_LINES) {
            all = new ArrayList<>(all.subList(0, MAX_LINES));
            all.add("... (cut at " + MAX_LINES + " lines)");
        }
        return all;
    }
}
