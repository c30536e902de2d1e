package dev.gilspy.interp.nodes;

import dev.gilspy.interp.runtime.Frame;

/** An assignable expression: a name, attribute, subscript or (starred) tuple/list pattern. */
public interface Target {
    void assign(Frame f, Object v);

    void delete(Frame f);
}
