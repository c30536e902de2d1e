package dev.gilspy.interp.nodes;

import dev.gilspy.interp.runtime.PyFrame;

/** An assignable expression: a name, attribute, subscript or (starred) tuple/list pattern. */
public interface Target {
    void assign(PyFrame f, Object v);

    void delete(PyFrame f);
}
