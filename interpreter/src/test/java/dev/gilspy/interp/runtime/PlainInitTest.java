package dev.gilspy.interp.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gilspy.interp.Embedded;
import dev.gilspy.interp.gil.GilMode;
import org.junit.jupiter.api.Test;

/**
 * Which classes a call site may instantiate on its own ({@link Instantiate#plainInit}, cached by
 * nodes.CtorSite): every plain class must qualify (object's {@code __new__} is a staticmethod in
 * object's dict, which {@link Instantiate#call}'s own test never recognised, so no class took that
 * path), and nothing whose call CPython routes through another {@code __new__}, a metaclass or a
 * built-in layout.
 */
class PlainInitTest {
    @Test
    void plainClassesQualifyAndTheOthersDoNot() {
        Embedded py = Embedded.create(GilMode.ON);
        try {
            py.exec(String.join("\n",
                "import abc",
                "class Plain:",
                "    def __init__(self, a): pass",
                "class Sub(Plain): pass",
                "class NoInit: pass",
                "class OwnNew:",
                "    def __new__(cls, a): return object.__new__(cls)",
                "    def __init__(self, a): pass",
                "class InheritsNew(OwnNew): pass",
                "class ObjectNew:",
                "    __new__ = object.__new__",
                "    def __init__(self, a): pass",
                "class Meta(type): pass",
                "class WithMeta(metaclass=Meta):",
                "    def __init__(self, a): pass",
                "class L(list):",
                "    def __init__(self, a): pass",
                "class Abstract(abc.ABC):",
                "    def __init__(self, a): pass",
                "    @abc.abstractmethod",
                "    def f(self): pass",
                "class Done(Abstract):",
                "    def f(self): pass",
                "class E(Exception):",
                "    def __init__(self, a): pass",
                ""), "plain_init.py");
            assertThat(Instantiate.plainInit((PyType) py.get("Plain"))).isNotNull();
            assertThat(Instantiate.plainInit((PyType) py.get("Sub"))).isNotNull();
            for (String name : new String[] {"NoInit", "OwnNew", "InheritsNew", "ObjectNew", "WithMeta", "L", "Abstract", "E"}) {
                assertThat(Instantiate.plainInit((PyType) py.get(name))).as(name).isNull();
            }
            // ABCMeta is a metaclass: a concrete ABC subclass still takes the generic path
            assertThat(Instantiate.plainInit((PyType) py.get("Done"))).isNull();
        } finally {
            py.close();
        }
    }
}
