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
}
