package dev.gilspy.agent.runtime;

/**
 * One interned Python stack: a path in {@link StackInterner}'s trie, from the innermost frame
 * outwards. Its text is built once, when the node is created.
 */
public final class StackNode {
    static final StackNode EMPTY = new StackNode(null, null, 0, "", "");

    final StackNode parent;
    final Object code;
    final int line;
    /** Innermost frame first, one {@code function (file:line)} per line. */
    public final String text;
    /** The innermost frame as {@code function (file:line)}, or empty. */
    public final String top;
    volatile StackNode[] children = new StackNode[0];

    StackNode(StackNode parent, Object code, int line, String text, String top) {
        this.parent = parent;
        this.code = code;
        this.line = line;
        this.text = text;
        this.top = top;
    }

    StackNode find(Object code, int line) {
        for (StackNode c : children) {
            if (c.code == code && c.line == line) {
                return c;
            }
        }
        return null;
    }

    /** The stack as an array, innermost first. */
    public String[] frames() {
        return text.isEmpty() ? new String[0] : text.split("\n");
    }
}
