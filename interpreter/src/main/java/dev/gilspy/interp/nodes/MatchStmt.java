package dev.gilspy.interp.nodes;

import dev.gilspy.interp.runtime.Completion;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyDict;
import dev.gilspy.interp.runtime.PyException;
import dev.gilspy.interp.runtime.PyFrame;
import dev.gilspy.interp.runtime.PyList;
import dev.gilspy.interp.runtime.PyRange;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code match} statement (PEP 634): the subject is evaluated once, then each case's pattern
 * is tried in order; the first that matches and whose guard holds runs its block. Captures are
 * bound as the pattern is walked, so a failed case may leave some bound, as CPython allows.
 * In a generator the chosen case is kept in the frame state, so resumption re-enters its block.
 */
public final class MatchStmt extends Stmt implements Resumable {
    final Expr subject;
    final Pattern[] patterns;
    final Expr[] guards;
    final Stmt[] bodies;
    final int stateIdx;
    boolean gen;

    public MatchStmt(Expr subject, Pattern[] patterns, Expr[] guards, Stmt[] bodies, int stateIdx) {
        this.subject = subject;
        this.patterns = patterns;
        this.guards = guards;
        this.bodies = bodies;
        this.stateIdx = stateIdx;
    }

    @Override public void enableResume() { gen = true; }

    @Override
    public Completion exec(PyFrame f) {
        int chosen;
        if (gen && f.resuming) {
            chosen = (int) f.state[stateIdx] - 1;
        } else {
            chosen = choose(f);
            if (gen) {
                f.state[stateIdx] = chosen + 1;
            }
        }
        return chosen < 0 ? NORMAL : bodies[chosen].exec(f);
    }

    private int choose(PyFrame f) {
        Object v = subject.eval(f);
        for (int i = 0; i < patterns.length; i++) {
            if (patterns[i].match(f, v) && (guards[i] == null || guards[i].evalBool(f))) {
                return i;
            }
        }
        return -1;
    }

    /** A pattern: tests a value and binds its captures. */
    public abstract static class Pattern {
        abstract boolean match(PyFrame f, Object v);

        /** Matches anything (a capture or {@code _}): only the last case may have one at top level. */
        public boolean irrefutable() { return false; }

        /** CPython's SyntaxError text for an irrefutable pattern that is not the last. */
        public String unreachableMessage() {
            return "wildcard makes remaining patterns unreachable";
        }
    }

    /** {@code _}. */
    public static final class Wildcard extends Pattern {
        @Override boolean match(PyFrame f, Object v) { return true; }
        @Override public boolean irrefutable() { return true; }
    }

    /** {@code name}, and {@code pattern as name}. */
    public static final class Capture extends Pattern {
        final Pattern inner;
        final Target target;
        public Capture(Pattern inner, Target target) {
            this.inner = inner;
            this.target = target;
        }
        @Override boolean match(PyFrame f, Object v) {
            if (inner != null && !inner.match(f, v)) {
                return false;
            }
            target.assign(f, v);
            return true;
        }
        @Override public boolean irrefutable() { return inner == null || inner.irrefutable(); }
        @Override public String unreachableMessage() {
            return target instanceof Exprs.Name n ? "name capture '" + n.name + "' makes remaining patterns unreachable"
                : super.unreachableMessage();
        }
    }

    /** A literal or dotted name: compared with {@code ==}; None, True and False with {@code is}. */
    public static final class Value extends Pattern {
        final Expr value;
        final boolean identity;
        public Value(Expr value, boolean identity) {
            this.value = value;
            this.identity = identity;
        }
        @Override boolean match(PyFrame f, Object v) {
            Object x = value.eval(f);
            return identity ? x == v || x.equals(v) && x.getClass() == v.getClass() : Ops.eq(v, x);
        }
    }

    /** {@code p1 | p2 | ...}. */
    public static final class Or extends Pattern {
        final Pattern[] alts;
        public Or(Pattern[] alts) { this.alts = alts; }
        @Override boolean match(PyFrame f, Object v) {
            for (Pattern p : alts) {
                if (p.match(f, v)) {
                    return true;
                }
            }
            return false;
        }
        @Override public boolean irrefutable() {
            for (Pattern p : alts) {
                if (p.irrefutable()) {
                    return true;
                }
            }
            return false;
        }
        @Override public String unreachableMessage() {
            for (Pattern p : alts) {
                if (p.irrefutable()) {
                    return p.unreachableMessage();
                }
            }
            return super.unreachableMessage();
        }
    }

    /** {@code [a, *rest, b]} or {@code (a, b)}: {@code star} is the index of the star item, -1 without. */
    public static final class Sequence extends Pattern {
        final Pattern[] items;
        final int star;
        final Target starTarget;
        public Sequence(Pattern[] items, int star, Target starTarget) {
            this.items = items;
            this.star = star;
            this.starTarget = starTarget;
        }
        @Override boolean match(PyFrame f, Object v) {
            if (!isSequence(v)) {
                return false;
            }
            Object[] a = v instanceof PyTuple t ? t.items : Ops.toArray(v);
            int fixed = star < 0 ? items.length : items.length - 1;
            if (star < 0 ? a.length != fixed : a.length < fixed) {
                return false;
            }
            if (star < 0) {
                for (int i = 0; i < a.length; i++) {
                    if (!items[i].match(f, a[i])) {
                        return false;
                    }
                }
                return true;
            }
            for (int i = 0; i < star; i++) {
                if (!items[i].match(f, a[i])) {
                    return false;
                }
            }
            int after = fixed - star;
            for (int i = 0; i < after; i++) {
                if (!items[star + 1 + i].match(f, a[a.length - after + i])) {
                    return false;
                }
            }
            if (starTarget != null) {
                starTarget.assign(f, new PyList(Arrays.copyOfRange(a, star, a.length - after)));
            }
            return true;
        }
    }

    /** What a sequence pattern accepts: list, tuple, range, deque and collections.abc.Sequence classes, never str/bytes. */
    static boolean isSequence(Object v) {
        if (v instanceof PyList || v instanceof PyTuple || v instanceof PyRange) {
            return true;
        }
        if (v instanceof String || Ops.isinstance(v, Types.BYTES) || Ops.isinstance(v, Types.DICT)
            || hasAncestor(Ops.typeOf(v), "str", "bytearray")) {
            return false;
        }
        return hasAncestor(Ops.typeOf(v), "Sequence", "deque", "memoryview", "array");
    }

    static boolean isMapping(Object v) {
        return v instanceof PyDict || hasAncestor(Ops.typeOf(v), "Mapping", "MutableMapping", "mappingproxy");
    }

    private static boolean hasAncestor(PyType t, String... names) {
        for (Object c : Ops.toArray(Ops.getattr(t, "__mro__"))) {
            String n = ((PyType) c).name;
            for (String want : names) {
                if (n.equals(want)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code {"k": p, **rest}}. */
    public static final class Mapping extends Pattern {
        final Expr[] keys;
        final Pattern[] values;
        final Target rest;
        public Mapping(Expr[] keys, Pattern[] values, Target rest) {
            this.keys = keys;
            this.values = values;
            this.rest = rest;
        }
        @Override boolean match(PyFrame f, Object v) {
            if (!isMapping(v)) {
                return false;
            }
            Object[] ks = new Object[keys.length];
            for (int i = 0; i < keys.length; i++) {
                ks[i] = keys[i].eval(f);
                for (int j = 0; j < i; j++) {
                    if (Ops.eq(ks[j], ks[i])) {
                        throw Err.value("mapping pattern checks duplicate key (" + dev.gilspy.interp.runtime.StrRepr.repr(ks[i]) + ")");
                    }
                }
            }
            Object missing = new PyTuple(new Object[0]);
            Object get = Ops.getattr(v, "get");
            for (int i = 0; i < keys.length; i++) {
                Object x = Ops.call(f.t, get, new Object[] {ks[i], missing}, null);
                if (x == missing || !values[i].match(f, x)) {
                    return false;
                }
            }
            if (rest != null) {
                PyDict d = new PyDict();
                PyDict.updateDict(d, v);
                for (Object k : ks) {
                    d.remove(k);
                }
                rest.assign(f, d);
            }
            return true;
        }
    }

    /** {@code Cls(p1, p2, attr=p3)}. */
    public static final class ClassPattern extends Pattern {
        final Expr cls;
        final Pattern[] positional;
        final String[] kwNames;
        final Pattern[] kwPatterns;
        public ClassPattern(Expr cls, Pattern[] positional, String[] kwNames, Pattern[] kwPatterns) {
            this.cls = cls;
            this.positional = positional;
            this.kwNames = kwNames;
            this.kwPatterns = kwPatterns;
        }
        @Override boolean match(PyFrame f, Object v) {
            Object c = cls.eval(f);
            if (!(c instanceof PyType t)) {
                throw Err.type("called match pattern must be a class");
            }
            if (!PyType.isinstance(v, t)) {
                return false;
            }
            List<String> names = new ArrayList<>();
            if (positional.length > 0) {
                boolean self = selfMatching(t) && Ops.getattrOrNull(t, "__match_args__") == null;
                if (self && positional.length > 1) {
                    throw Err.type(t.name + "() accepts 1 positional sub-pattern (" + positional.length + " given)");
                }
                if (self) {
                    if (!positional[0].match(f, v)) {
                        return false;
                    }
                } else {
                    Object ma = Ops.getattrOrNull(t, "__match_args__");
                    Object[] margs = ma == null ? new Object[0] : ma instanceof PyTuple tu ? tu.items : null;
                    if (margs == null) {
                        throw Err.type(t.name + ".__match_args__ must be a tuple (got " + Ops.typeName(ma) + ")");
                    }
                    if (positional.length > margs.length) {
                        throw Err.type(t.name + "() accepts " + margs.length + " positional sub-pattern"
                            + (margs.length == 1 ? "" : "s") + " (" + positional.length + " given)");
                    }
                    for (int i = 0; i < positional.length; i++) {
                        if (!(margs[i] instanceof String s)) {
                            throw Err.type("__match_args__ elements must be strings (got " + Ops.typeName(margs[i]) + ")");
                        }
                        names.add(s);
                        if (!attrMatches(f, v, s, positional[i])) {
                            return false;
                        }
                    }
                }
            }
            for (int i = 0; i < kwNames.length; i++) {
                if (names.contains(kwNames[i])) {
                    throw Err.type(t.name + "() got multiple sub-patterns for attribute '" + kwNames[i] + "'");
                }
                names.add(kwNames[i]);
                if (!attrMatches(f, v, kwNames[i], kwPatterns[i])) {
                    return false;
                }
            }
            return true;
        }

        private static boolean attrMatches(PyFrame f, Object v, String name, Pattern p) {
            Object x;
            try {
                x = Ops.getattrOrNull(v, name);
            } catch (PyException e) {
                if (Err.matches(e, Types.AttributeError)) {
                    return false;
                }
                throw e;
            }
            return x != null && p.match(f, x);
        }

        /** The built-in types whose single positional sub-pattern matches the subject itself. */
        private static boolean selfMatching(PyType t) {
            for (PyType b : new PyType[] {Types.BOOL, Types.BYTES, Types.DICT, Types.FLOAT, Types.INT, Types.LIST,
                Types.STR, Types.TUPLE, Types.get("bytearray"), Types.get("set"), Types.get("frozenset")}) {
                if (b != null && t.isSubtypeOf(b)) {
                    return true;
                }
            }
            return false;
        }

    }
}
