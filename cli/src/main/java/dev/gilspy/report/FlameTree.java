package dev.gilspy.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stacks merged into a tree: equal prefixes become one frame, so the drawing grows with distinct
 * frames, not with samples. {@code baseline} is the weight of the same node in the "before"
 * recording of a differential graph.
 */
public final class FlameTree {

    public static final class Node {
        final String name;
        final Frame.Type type;
        long total;
        long baseline;
        private Map<String, Node> children;

        Node(String name, Frame.Type type) {
            this.name = name;
            this.type = type;
        }

        public String name() { return name; }
        public Frame.Type type() { return type; }
        public long total() { return total; }
        public long baseline() { return baseline; }

        Node child(Frame f) {
            if (children == null) children = new HashMap<>();
            Node c = children.get(f.name());
            if (c == null) {
                c = new Node(f.name(), f.type());
                children.put(f.name(), c);
            }
            return c;
        }

        /** Children sorted by name, as flamegraph.pl does: it keeps equal frames next to each other. */
        public List<Node> children() {
            if (children == null) return List.of();
            List<Node> list = new ArrayList<>(children.values());
            list.sort((a, b) -> a.name.compareTo(b.name));
            return list;
        }
    }

    private final Node root = new Node("all", Frame.Type.STATE);

    public Node root() { return root; }

    public void add(Frame[] rootFirst, long weight) {
        Node n = root;
        n.total += weight;
        for (Frame f : rootFirst) {
            n = n.child(f);
            n.total += weight;
        }
    }

    /** Adds a stack of the "before" recording (differential graphs only). */
    public void addBaseline(Frame[] rootFirst, long weight) {
        Node n = root;
        n.baseline += weight;
        for (Frame f : rootFirst) {
            n = n.child(f);
            n.baseline += weight;
        }
    }

    public static FlameTree of(Profile profile) {
        FlameTree t = new FlameTree();
        for (Profile.Stack s : profile.stacks()) t.add(s.frames(), s.weight());
        return t;
    }
}
