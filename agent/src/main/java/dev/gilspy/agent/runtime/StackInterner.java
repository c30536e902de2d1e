package dev.gilspy.agent.runtime;

import java.util.Arrays;

/**
 * Interns Python stacks by (code identity, line) chains, so that a stack seen again costs one
 * walk of the frame chain with identity comparisons, and its text is never rebuilt.
 *
 * <p>The trie is keyed from the innermost frame outwards; readers scan child arrays without
 * locking, writers publish a copied array under the interner's lock.
 */
public final class StackInterner {
    static final int MAX_DEPTH = 128;
    static final int MAX_NODES = 200_000;
    private static final String TRUNCATED = "<truncated> (gilspy:0)";

    private final TargetReader reader;
    private final StackNode root = new StackNode(null, null, 0, "", "");
    private int nodes;

    public StackInterner(TargetReader reader) {
        this.reader = reader;
    }

    /** The interned stack whose innermost frame is {@code frame}; {@link StackNode#EMPTY} for null. */
    public StackNode intern(Object frame) {
        if (frame == null) {
            return StackNode.EMPTY;
        }
        StackNode node = root;
        int depth = 0;
        for (Object f = frame; f != null && depth < MAX_DEPTH; f = reader.back(f), depth++) {
            Object code = reader.code(f);
            int line = reader.line(f);
            StackNode next = node.find(code, line);
            if (next == null) {
                next = add(node, f, code, line);
                if (next == null) {
                    return node == root ? StackNode.EMPTY : node;
                }
            }
            node = next;
        }
        return node;
    }

    private synchronized StackNode add(StackNode parent, Object frame, Object code, int line) {
        StackNode existing = parent.find(code, line);
        if (existing != null) {
            return existing;
        }
        String entry;
        if (nodes >= MAX_NODES) {
            // Bound the memory a pathological program can make us keep; the code objects stay reachable.
            entry = TRUNCATED;
            code = TRUNCATED;
            line = 0;
            existing = parent.find(code, line);
            if (existing != null) {
                return existing;
            }
        } else {
            entry = reader.codeName(frame) + " (" + reader.fileName(frame) + ":" + line + ")";
        }
        String text = parent == root ? entry : parent.text + "\n" + entry;
        String top = parent == root ? entry : parent.top;
        StackNode child = new StackNode(parent, code, line, text, top);
        StackNode[] old = parent.children;
        StackNode[] grown = Arrays.copyOf(old, old.length + 1);
        grown[old.length] = child;
        parent.children = grown;
        nodes++;
        return child;
    }

    public synchronized int size() {
        return nodes;
    }
}
