package dev.gilspy.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Classes a program makes and drops are collectable: nothing the interpreter keeps for itself (exec
 * namespaces, call sites' caches) holds a dead class with its dict, functions and module source.
 * Each program makes classes in a loop, uses them through the same code, keeps only weak references
 * and counts how many survive a collection.
 */
class ClassLifetimeTest {
    private static String survivors(String program) {
        Py.Result r = Py.run(program);
        assertEquals(0, r.exit(), r.err());
        return r.out().strip();
    }

    @Test
    void dataclassesMadeInALoopAreCollected() {
        // dataclasses' _create_fn runs exec over the class's module's __dict__ once per generated
        // method; a copy of the globals as the methods' globals held the previous iteration's class
        String out = survivors("""
            import dataclasses, gc, weakref
            refs = []
            for i in range(200):
                @dataclasses.dataclass
                class D:
                    x: int
                    y: str = "pad"
                    def m(self):
                        return self.x
                D(i).m()
                refs.append(weakref.ref(D))
            del D
            gc.collect()
            print(sum(r() is not None for r in refs) <= 3)
            """);
        assertEquals("True", out);
    }

    @Test
    void execOverAModuleDictDefinesFunctionsOfThatModule() {
        String out = survivors("""
            import gc, weakref
            refs = []
            C = None
            for i in range(200):
                exec("def f():\\n    return C\\n", globals())
                class C:
                    g = f
                assert C.g() is C, "f reads the module's C, not a copy's"
                refs.append(weakref.ref(C))
            del C, f
            gc.collect()
            print(sum(r() is not None for r in refs) <= 3)
            """);
        assertEquals("True", out);
    }

    @Test
    void aClassMadeAndUsedInAFunctionIsCollected() {
        // call sites' caches (a class call, a method call, attribute reads, super()) held the last
        // class they met, and its methods refer to it: it outlived the function that made it
        String out = survivors("""
            import gc, weakref
            def make():
                class Base:
                    def bm(self):
                        return 1
                class C(Base):
                    k = 5
                    def __init__(self, a):
                        self.a = a
                    def m(self):
                        return self.a
                    @property
                    def p(self):
                        return 2
                    @classmethod
                    def cm(cls):
                        return 3
                    @staticmethod
                    def sm():
                        return 4
                    def s(self):
                        return super().bm()
                return C
            def use(C):
                o = C(1)
                return o.m() + o.a + o.k + o.p + o.cm() + o.sm() + o.s() + C.k + isinstance(o, C)
            def made_and_used():
                C = make()
                for _ in range(3):
                    assert use(C) == 23
                return weakref.ref(C)
            r = made_and_used()
            gc.collect()
            print(r() is None)
            """);
        assertEquals("True", out);
    }
}
