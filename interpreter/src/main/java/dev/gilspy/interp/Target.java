package dev.gilspy.interp;

/** An assignable expression: a name, attribute, subscript or (starred) tuple/list pattern. */
interface Target {
    void assign(Frame f, Object v);

    void delete(Frame f);
}
