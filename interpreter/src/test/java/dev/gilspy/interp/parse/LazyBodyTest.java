package dev.gilspy.interp.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gilspy.interp.nodes.Stmts;
import dev.gilspy.interp.runtime.Code;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The library's lazy function bodies ({@link LazyBody}) against the same modules parsed at once: every
 * module- and class-level function of the shipped library (CPython's {@code Lib/} and gilspy's own
 * modules), once its body is parsed on
 * demand, has the code the eager parse gives it (slot layout, cells, flags, variables, docstring,
 * body), and the docstring is there before the body is parsed.
 */
class LazyBodyTest {
    private static final Path CLASSES = Path.of("target/classes/dev/gilspy/interp");

    @Test
    void everyDeferredBodyParsesToTheCodeAnEagerParseGives() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String root : new String[] {"cpython", "lib"}) { // CPython's Lib/, gilspy's own modules
            try (Stream<Path> s = Files.walk(CLASSES.resolve(root))) {
                files.addAll(s.filter(p -> p.toString().endsWith(".py")).sorted().toList());
            }
        }
        assertThat(files).hasSizeGreaterThan(300);
        int deferred = 0;
        int compared = 0;
        for (Path f : files) {
            String src = new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.UTF_8);
            String name = CLASSES.relativize(f).toString();
            Parser eager;
            try {
                eager = parse(src, name, false);
            } catch (SyntaxError e) {
                continue; // what gilspy cannot parse yet is never served lazily either
            }
            Parser lazy = parse(src, name, true);
            Parser skipped = parseSkipping(src, name); // the lexer skips what the parser defers
            List<Scope> lazyFns = topLevelFunctions(lazy.scope);
            List<Scope> skippedFns = topLevelFunctions(skipped.scope);
            List<Scope> eagerFns = topLevelFunctions(eager.scope);
            assertThat(lazyFns).as(name).hasSameSizeAs(eagerFns);
            assertThat(skippedFns).as(name).hasSameSizeAs(eagerFns);
            for (int i = 0; i < lazyFns.size(); i++) {
                Code l = lazyFns.get(i).code.code();
                Code e = eagerFns.get(i).code.code();
                String what = name + " " + e.qualname;
                Code sk = skippedFns.get(i).code.code();
                assertThat(sk.pendingBody != null).as(what + " deferred after the lexer's skip")
                    .isEqualTo(l.pendingBody != null);
                assertThat(sk.doc).as(what + " doc before its body is parsed (lexer's skip)").isEqualTo(e.doc);
                if (sk.pendingBody != null) {
                    sk.materialize();
                }
                assertSameCode(what + " (lexer's skip)", sk, e);
                assertThat(l.doc).as(what + " doc before its body is parsed").isEqualTo(e.doc);
                if (l.pendingBody != null) {
                    deferred++;
                    l.materialize();
                }
                assertThat(l.pendingBody).isNull();
                assertSameCode(what, l, e);
                compared++;
            }
        }
        assertThat(deferred).as("bodies deferred").isGreaterThan(10_000);
        assertThat(compared).isGreaterThan(deferred);
    }

    @Test
    void userCodeAndNestedOrOneLineDefsParseAtOnce() {
        String src = """
            def f():
                def inner():
                    return 1
                return inner
            def g(): return 2
            class C:
                def m(self):
                    "doc"
                    return 3
            """;
        Parser user = parse(src, "u.py", false);
        assertThat(topLevelFunctions(user.scope)).allMatch(s -> s.code.code().pendingBody == null);
        Parser lib = parse(src, "l.py", true);
        List<Scope> fns = topLevelFunctions(lib.scope);
        assertThat(fns).extracting(s -> s.code.code().qualname).containsExactly("f", "g", "C.m");
        assertThat(fns).extracting(s -> s.code.code().pendingBody != null).containsExactly(true, false, true);
        assertThat(fns.get(2).code.code().doc).isEqualTo("doc");
    }

    @Test
    void theLexerFindsTheEndOfBlocksWhoseLinesDedentInsideStringsBracketsAndContinuations() {
        String src = """
            import os
            def a():
                s = \"""
            x = 1
            \"""
                t = (1,
            2)
                u = 1 + \\
            2
            # a comment at column 0
                return s, t, u
            class C:
                @staticmethod
                async def b(x=')'):
                    r"raw doc"
                    return [x,
              ']']
                def c(self):
                    f"not a docstring"
                    return 1
                def d(self):
                    rb"bytes"
                    return '\\''
                def e(self):
                    "doc" ; return 2
            def f(): return 3
            def g():
                return 4""";
        List<Token> tokens = new Lexer(src, "t.py").skippingBodies(true).tokenize();
        assertThat(tokens.stream().filter(t -> t.kind() == Token.Kind.SKIPPED).count()).as("skipped: a, b, g").isEqualTo(3);
        Parser eager = parse(src, "t.py", false);
        Parser skipped = parseSkipping(src, "t.py");
        List<Scope> e = topLevelFunctions(eager.scope);
        List<Scope> s = topLevelFunctions(skipped.scope);
        assertThat(s).extracting(f -> f.code.code().qualname).containsExactly("a", "C.b", "C.c", "C.d", "C.e", "f", "g");
        assertThat(s).extracting(f -> f.code.code().pendingBody != null)
            .containsExactly(true, true, false, false, false, false, true);
        for (int i = 0; i < s.size(); i++) {
            Code code = s.get(i).code.code();
            code.materialize();
            assertSameCode(code.qualname, code, e.get(i).code.code());
        }
    }

    /** As the library is compiled: the lexer skips the bodies to defer; its tokens must parse. */
    private static Parser parseSkipping(String src, String file) {
        Parser p = new Parser(new Lexer(src, file).skippingBodies(true).tokenize(), file, src);
        p.lazyBodies = true;
        p.parseModule();
        p.resolveNames();
        return p;
    }

    private static Parser parse(String src, String file, boolean lazy) {
        Parser p = new Parser(new Lexer(src, file).tokenize(), file, src);
        p.lazyBodies = lazy;
        p.parseModule();
        p.resolveNames();
        return p;
    }

    /** The functions whose enclosing scopes are the module and classes only, in source order. */
    private static List<Scope> topLevelFunctions(Scope module) {
        List<Scope> out = new ArrayList<>();
        collect(module, out);
        return out;
    }

    private static void collect(Scope s, List<Scope> out) {
        for (Scope c : s.children) {
            if (c.kind == Scope.Kind.FUNCTION && c.code != null) {
                out.add(c);
            } else if (c.kind == Scope.Kind.CLASS) {
                collect(c, out);
            }
        }
    }

    private static void assertSameCode(String what, Code l, Code e) {
        assertThat(l.qualname).as(what).isEqualTo(e.qualname);
        assertThat(l.nslots).as(what + " nslots").isEqualTo(e.nslots);
        assertThat(l.nstates).as(what + " nstates").isEqualTo(e.nstates);
        assertThat(l.flags).as(what + " flags").isEqualTo(e.flags);
        assertThat(l.generator).as(what + " generator").isEqualTo(e.generator);
        assertThat(l.loops).as(what + " loops").isEqualTo(e.loops);
        assertThat(l.simpleArgs).as(what + " simpleArgs").isEqualTo(e.simpleArgs);
        assertThat(l.argcount).as(what).isEqualTo(e.argcount);
        assertThat(l.kwonlycount).as(what).isEqualTo(e.kwonlycount);
        assertThat(l.paramNames).as(what).containsExactly(e.paramNames);
        assertThat(l.cellSlots).as(what + " cells").containsExactly(e.cellSlots);
        assertThat(l.freeNames).as(what + " frees").containsExactly(e.freeNames);
        assertThat(l.freeSlots).as(what).containsExactly(e.freeSlots);
        assertThat(l.localNames).as(what + " locals").containsExactly(e.localNames);
        assertThat(l.localSlots).as(what).containsExactly(e.localSlots);
        assertThat(l.doc).as(what + " doc").isEqualTo(e.doc);
        assertThat(l.body.getClass()).as(what).isEqualTo(e.body.getClass());
        if (e.body instanceof Stmts.Suite es && l.body instanceof Stmts.Suite ls) {
            assertThat(Arrays.stream(ls.body).map(Object::getClass).toList()).as(what + " statements")
                .isEqualTo(Arrays.stream(es.body).map(Object::getClass).toList());
        }
    }
}
