package dev.gilspy.interp;

import dev.gilspy.interp.parse.ImportScan;
import dev.gilspy.interp.parse.Token;
import dev.gilspy.interp.runtime.Code;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which of the library's lazy bodies ({@code parse.LazyBody}) an import is about to run, guessed from
 * tokens, so that {@link ParseAhead}'s thread parses them before the first call instead of the script's
 * thread at it. Only the parse-ahead thread uses an instance.
 *
 * <p>The guess: what a module's top level (its module and class bodies, and its defs' signatures: the
 * tokens its compile left, the bodies skipped) calls by name, {@code f(...)}, {@code x.f(...)},
 * {@code @f}, and the classes its class statements name in their parentheses (bases, metaclass).
 * A called name that is a module-level function of a compiled library module, or a method of that
 * name for {@code x.f(...)}, has its body parsed; a called or subclassed class name has the methods
 * parsed that creating or subclassing it runs ({@link #CLASS_HOOKS}). Names are matched across
 * modules, in both directions: {@code namedtuple(...)} in a module compiled after collections, or
 * before it. A wrong guess costs the thread one body's parse; the body is the same either way (the
 * code's lock makes the two threads parse it once).
 */
final class BodiesAhead {
    /** The methods that calling or subclassing a class runs (its own or its metaclass's). */
    private static final Set<String> CLASS_HOOKS = Set.of("__init__", "__new__", "__post_init__", "__init_subclass__",
        "__set_name__", "__prepare__", "__call__", "__setitem__", "__subclasshook__", "__instancecheck__", "__subclasscheck__");

    /** A name called by an attribute matches more than this many methods: too common to guess from. */
    private static final int MAX_METHODS = 3;

    /** {@code -Dgilspy.bodiesAhead=false}: no lazy body parsed ahead (for comparisons). */
    static final boolean ENABLED = !"false".equals(System.getProperty("gilspy.bodiesAhead"));

    /** {@code -Dgilspy.bodiesAhead=attr}: {@code x.f(...)} counts too (a wider guess, for comparisons). */
    private static final boolean ATTRIBUTE_CALLS = "attr".equals(System.getProperty("gilspy.bodiesAhead"));

    private final Map<String, List<Code>> functions = new HashMap<>();
    private final Map<String, List<Code>> methods = new HashMap<>();
    private final Map<String, List<Code>> hooks = new HashMap<>();
    private final Set<String> called = new HashSet<>();
    private final Set<String> calledAttr = new HashSet<>();

    /**
     * A module (or script) compiled: {@code tokens} its compile's tokens, {@code deferred} the codes
     * of its lazy bodies. Parses the bodies its top level will call, and those that earlier modules'
     * top levels call.
     */
    void compiled(List<Token> tokens, List<Code> deferred) {
        List<Code> parse = new ArrayList<>();
        for (Code c : deferred) {
            String q = c.qualname;
            int dot = q.indexOf('.');
            if (dot < 0) {
                index(functions, c.name, c, called.contains(c.name) || ATTRIBUTE_CALLS && calledAttr.contains(c.name), parse);
            } else if (q.indexOf('.', dot + 1) < 0) {
                String owner = q.substring(0, dot);
                if (CLASS_HOOKS.contains(c.name)) {
                    index(hooks, owner, c, called.contains(owner), parse);
                } else {
                    index(methods, c.name, c, ATTRIBUTE_CALLS && calledAttr.contains(c.name) && !common(c.name), parse);
                }
            }
        }
        scan(tokens, parse);
        for (Code c : parse) {
            try {
                c.materialize();
            } catch (RuntimeException | StackOverflowError e) {
                // the first call parses it again and reports it
            }
        }
    }

    /** Whether {@code x.name(...)} is too common a call to guess a method from. */
    private boolean common(String name) {
        List<Code> m = methods.get(name);
        return m != null && m.size() >= MAX_METHODS;
    }

    private static void index(Map<String, List<Code>> map, String key, Code c, boolean now, List<Code> parse) {
        if (now) {
            parse.add(c);
        } else {
            map.computeIfAbsent(key, k -> new ArrayList<>(1)).add(c);
        }
    }

    /** The names {@code tokens} call at top level; bodies already indexed under them go to {@code parse}. */
    private void scan(List<Token> tokens, List<Code> parse) {
        ImportScan.calls(tokens, name -> {
            if (called.add(name)) {
                take(functions, name, parse);
                take(hooks, name, parse);
            }
        }, name -> {
            if (ATTRIBUTE_CALLS && calledAttr.add(name)) {
                take(functions, name, parse);
                List<Code> m = methods.get(name);
                if (m != null && m.size() <= MAX_METHODS) {
                    take(methods, name, parse);
                }
            }
        });
    }

    private static void take(Map<String, List<Code>> map, String key, List<Code> parse) {
        List<Code> codes = map.remove(key);
        if (codes != null) {
            parse.addAll(codes);
        }
    }
}
