package dev.gilspy.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A Python stack as the agent writes it: innermost frame first, one {@code function (file:line)}
 * per line. Parsed once per distinct text: recordings repeat a few thousand stacks a million times.
 */
public final class PyStack {
    public static final PyStack EMPTY = new PyStack(new String[0]);

    private final String[] innermostFirst;

    private PyStack(String[] innermostFirst) { this.innermostFirst = innermostFirst; }

    public static PyStack parse(String text) {
        if (text == null || text.isBlank()) return EMPTY;
        List<String> frames = new ArrayList<>();
        for (String line : text.split("\n")) {
            String frame = line.strip();
            if (!frame.isEmpty()) frames.add(frame);
        }
        return new PyStack(frames.toArray(new String[0]));
    }

    public int depth() { return innermostFirst.length; }

    /** This stack under one more outermost frame (a process, in a recording of several). */
    public PyStack under(String outermost) {
        String[] frames = java.util.Arrays.copyOf(innermostFirst, innermostFirst.length + 1);
        frames[innermostFirst.length] = outermost;
        return new PyStack(frames);
    }

    /** Frame {@code i} counted from the innermost (0 = the running function). */
    public String frame(int i) { return innermostFirst[i]; }

    /** The running function, or {@code "[unknown]"} for an empty stack. */
    public String innermost() { return innermostFirst.length == 0 ? "[unknown]" : innermostFirst[0]; }

    @Override public String toString() { return String.join("\n", innermostFirst); }
}
