package dev.gilspy.interp.nodes;

import dev.gilspy.interp.runtime.Attr;
import dev.gilspy.interp.runtime.AttrSite;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.InstanceReads;
import dev.gilspy.interp.runtime.Instantiate;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBoundMethod;
import dev.gilspy.interp.runtime.PyBuiltin;
import dev.gilspy.interp.runtime.PyDescriptors;
import dev.gilspy.interp.runtime.PyDict;
import dev.gilspy.interp.runtime.PyFrame;
import dev.gilspy.interp.runtime.PyFunction;
import dev.gilspy.interp.runtime.PyInstance;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyType;
import java.util.ArrayList;
import java.util.Arrays;

/** Call nodes: a call of any callable, and the method-call fast path that skips the bound method. */
public final class Calls {
    private Calls() {}

    public static final class Call extends Expr {
        Expr func;
        final Expr[] args;
        final String[] kwnames;
        final Expr[] kwvalues;
        Expr starArgs;
        Expr starKwargs;
        final boolean simple;
        /** Made when this site first calls a class. */
        private CtorSite ctors;

        public Call(Expr func, Expr[] args, String[] kwnames, Expr[] kwvalues, Expr starArgs, Expr starKwargs) {
            this.func = func;
            this.args = args;
            this.kwnames = kwnames.length == 0 ? null : kwnames;
            this.kwvalues = kwvalues;
            this.starArgs = starArgs;
            this.starKwargs = starKwargs;
            boolean s = starArgs == null && starKwargs == null;
            for (Expr a : args) {
                if (a instanceof Exprs.Starred) {
                    s = false;
                }
            }
            this.simple = s;
        }

        @Override
        Object eval(PyFrame f) {
            Object fn = func.eval(f);
            if (simple) {
                int n = args.length;
                if (fn instanceof PyFunction pf && kwvalues.length == 0 && pf.code.simpleArgs && pf.code.argcount == n) {
                    // the common case: arguments go straight into the callee's slots, no argument array
                    PyThread t = f.t;
                    PyFrame nf = pf.newFrame(t);
                    Object[] slots = nf.slots;
                    for (int i = 0; i < n; i++) {
                        slots[i] = Exprs.local(args[i], f);
                    }
                    return pf.run(t, nf);
                }
                return callWithArray(f, fn);
            }
            return callGeneral(f, fn, args, kwnames, kwvalues, starArgs, starKwargs);
        }

        /** Any other callable, or keywords: an argument array (a method of its own so that eval stays small for C2). */
        private Object callWithArray(PyFrame f, Object fn) {
            int n = args.length;
            if (kwvalues.length == 0) {
                // each case in a method of its own, so that this one stays small enough for C2 to inline
                if (fn instanceof PyFunction pf && pf.takes(n)) {
                    return callWithDefaults(f, pf);
                }
                if (fn instanceof PyBuiltin b && n >= 1 && n <= 3) {
                    return callBuiltin(f, b);
                }
            }
            if (fn instanceof PyBoundMethod bm && kwvalues.length == 0) {
                return callBound(f, bm, args);
            }
            if (fn instanceof PyType type && kwvalues.length == 0) {
                CtorSite c = ctors;
                if (c == null) {
                    ctors = c = new CtorSite();
                }
                PyFunction init = c.init(type, args.length);
                if (init != null) {
                    return instantiate(f, type, init, args);
                }
            }
            int nk = kwvalues.length;
            Object[] a = new Object[n + nk];
            for (int i = 0; i < n; i++) {
                a[i] = args[i].eval(f);
            }
            for (int i = 0; i < nk; i++) {
                a[n + i] = kwvalues[i].eval(f);
            }
            if (fn instanceof PyFunction pf) {
                return pf.call(f.t, a, kwnames);
            }
            return callOther(f.t, fn, a, kwnames);
        }

        /** Fewer arguments than parameters, the rest from the defaults (eval keeps the exact-arity case). */
        private Object callWithDefaults(PyFrame f, PyFunction pf) {
            PyThread t = f.t;
            int n = args.length;
            PyFrame nf = pf.newFrame(t, n);
            Object[] slots = nf.slots;
            for (int i = 0; i < n; i++) {
                slots[i] = Exprs.local(args[i], f);
            }
            return pf.run(t, nf);
        }

        /** A builtin with one to three positional arguments: no argument array ({@link PyBuiltin#invoke1}). */
        private Object callBuiltin(PyFrame f, PyBuiltin b) {
            PyThread t = f.t;
            int n = args.length;
            Object a0 = args[0].eval(f);
            Object r;
            if (n == 1) {
                r = b.invoke1(t, a0);
            } else {
                Object a1 = args[1].eval(f);
                r = n == 2 ? b.invoke2(t, a0, a1) : b.invoke3(t, a0, a1, args[2].eval(f));
            }
            if (t.ts.evalBreaker != 0) {
                t.checkBreaker();
            }
            return r;
        }

        /**
         * {@code Cls(args)} for a class {@link CtorSite} found plain: the arguments go straight into
         * {@code __init__}'s slots, then the instance (made after them, as CPython's type call does).
         */
        static Object instantiate(PyFrame f, PyType type, PyFunction init, Expr[] args) {
            PyThread t = f.t;
            PyFrame nf = init.newFrame(t, args.length + 1);
            Object[] slots = nf.slots;
            for (int i = 0; i < args.length; i++) {
                slots[i + 1] = Exprs.local(args[i], f);
            }
            PyInstance obj = type.hasDel ? dev.gilspy.interp.runtime.Finalizers.instance(t, type) : new PyInstance(type);
            slots[0] = obj;
            Instantiate.checkInitResult(init.run(t, nf));
            return obj;
        }

        /**
         * A bound method called with positional arguments only ({@code self.write(b)} with {@code write}
         * an instance attribute, {@code read(1)} with {@code read = f.read}): a function's slots filled
         * directly, a builtin's entry by arity; before, two argument arrays (the call's, then the one
         * {@link PyBoundMethod} made with self in front).
         */
        static Object callBound(PyFrame f, PyBoundMethod bm, Expr[] args) {
            PyThread t = f.t;
            Object self = bm.self;
            Object func = bm.func();
            int n = args.length;
            if (func instanceof PyFunction pf && pf.takes(n + 1)) {
                return runWithSelf(f, pf, self, args);
            }
            if (func instanceof PyBuiltin b && n <= 2) {
                return builtinWithSelf(f, b, self, args);
            }
            Object[] a = new Object[n + 1];
            a[0] = self;
            for (int i = 0; i < n; i++) {
                a[i + 1] = args[i].eval(f);
            }
            return callOther(t, func, a, null);
        }

        /**
         * {@code fn(self, *args)} for a function that {@link PyFunction#takes} them: its slots filled
         * directly, the rest from its defaults (a bound method's call and {@code self.save(x)}).
         */
        static Object runWithSelf(PyFrame f, PyFunction pf, Object self, Expr[] args) {
            PyThread t = f.t;
            int n = args.length;
            PyFrame nf = pf.newFrame(t, n + 1);
            Object[] slots = nf.slots;
            slots[0] = self;
            for (int i = 0; i < n; i++) {
                slots[i + 1] = Exprs.local(args[i], f);
            }
            return pf.run(t, nf);
        }

        /** A builtin with {@code self} and zero to two arguments ({@code d.get(k, 0)}, {@code l.append(x)}): no array. */
        static Object builtinWithSelf(PyFrame f, PyBuiltin b, Object self, Expr[] args) {
            PyThread t = f.t;
            int n = args.length;
            Object r;
            if (n == 0) {
                r = b.invoke1(t, self);
            } else {
                Object a0 = args[0].eval(f);
                r = n == 1 ? b.invoke2(t, self, a0) : b.invoke3(t, self, a0, args[1].eval(f));
            }
            if (t.ts.evalBreaker != 0) {
                t.checkBreaker();
            }
            return r;
        }

        static Object callOther(PyThread t, Object fn, Object[] a, String[] kw) {
            if (fn instanceof PyBuiltin b) {
                Object r = b.invoke(t, a, kw);
                if (t.ts.evalBreaker != 0) {
                    t.checkBreaker();
                }
                return r;
            }
            if (fn instanceof PyType type && type.builtin && type.metatype == null) {
                // str(x), int(x), list(it): what Ops.call reaches through Instantiate.call, without
                // those two (408 and 203 bytes of bytecode that C2 compiled for objects.py's str(i))
                return Instantiate.callBuiltin(t, type, a, kw);
            }
            return Ops.call(t, fn, a, kw);
        }

        static Object callGeneral(PyFrame f, Object fn, Expr[] args, String[] kwnames, Expr[] kwvalues, Expr starArgs, Expr starKwargs) {
            ArrayList<Object> pos = new ArrayList<>(Arrays.asList(Exprs.evalItems(f, args)));
            if (starArgs != null) {
                pos.addAll(Arrays.asList(Ops.toArray(starArgs.eval(f))));
            }
            ArrayList<String> names = new ArrayList<>();
            ArrayList<Object> vals = new ArrayList<>();
            if (kwnames != null) {
                for (int i = 0; i < kwnames.length; i++) {
                    names.add(kwnames[i]);
                    vals.add(kwvalues[i].eval(f));
                }
            }
            if (starKwargs != null) {
                Object m = starKwargs.eval(f);
                if (!(m instanceof PyDict d)) {
                    throw Err.type("argument after ** must be a mapping, not " + Ops.typeName(m));
                }
                for (var e : d.entries()) {
                    if (!(e.getKey() instanceof String k)) {
                        throw Err.type("keywords must be strings");
                    }
                    if (names.contains(k)) {
                        throw Err.type(describe(fn) + " got multiple values for keyword argument '" + k + "'");
                    }
                    names.add(k);
                    vals.add(e.getValue());
                }
            }
            Object[] a = new Object[pos.size() + vals.size()];
            for (int i = 0; i < pos.size(); i++) {
                a[i] = pos.get(i);
            }
            for (int i = 0; i < vals.size(); i++) {
                a[pos.size() + i] = vals.get(i);
            }
            return callOther(f.t, fn, a, names.isEmpty() ? null : names.toArray(new String[0]));
        }

        private static String describe(Object fn) {
            return fn instanceof PyFunction pf ? pf.qualname + "()" : "function";
        }
    }

    /** {@code obj.name(args)} without allocating a bound method when the attribute is a plain method. */
    public static final class CallMethod extends Expr {
        Expr obj;
        final String name;
        final Expr[] args;
        final String[] kwnames;
        final Expr[] kwvalues;
        final boolean simple;
        final Call fallbackShape;
        /** The last instance shape met here, to tell that the instance does not shadow the method. */
        private final AttrSite site = new AttrSite();
        /** The type's method {@code name}, cached for the type met last. */
        private final MethodCache.Site methods = new MethodCache.Site();
        /** For {@code module.f(args)}: the module met last and its cell for the name. */
        private final ModuleSite modules = new ModuleSite();
        /** Made when this site first calls a class ({@code module.Class(args)}). */
        private CtorSite ctors;
        /**
         * The Java class of the last object {@link #typeMethod} let through whose objects are never
         * modules, classes or super objects and never carry an instance dict (dict, list, str, ...):
         * the next such object passes with one compare instead of {@link Attr#instanceDict}'s ladder.
         */
        private Class<?> plainClass;

        public CallMethod(Expr obj, String name, Call shape) {
            this.obj = obj;
            this.name = name.intern(); // shapes intern their names: a miss compares references
            this.args = shape.args;
            this.kwnames = shape.kwnames;
            this.kwvalues = shape.kwvalues;
            this.simple = shape.simple;
            this.fallbackShape = shape;
        }

        /*
         * Kept small, its slow paths in methods of their own: C2 compiled the former single 609-byte
         * eval twice in objects.py (about 1 s of compiler-thread time of a 1.1 s process on this
         * 2-core machine, LogCompilation); cold callees are not inlined, so now only the fast path is.
         */
        @Override
        Object eval(PyFrame f) {
            Object o = Exprs.local(obj, f);
            if (simple) {
                Object m = o instanceof PyInstance inst ? instanceMethod(inst) : typeMethod(o);
                if (m != null) {
                    int n = args.length;
                    if (m instanceof PyFunction pf && kwvalues.length == 0 && pf.code.simpleArgs && pf.code.argcount == n + 1) {
                        PyThread t = f.t;
                        PyFrame nf = pf.newFrame(t);
                        Object[] slots = nf.slots;
                        slots[0] = o;
                        for (int i = 0; i < n; i++) {
                            slots[i + 1] = Exprs.local(args[i], f);
                        }
                        return pf.run(t, nf);
                    }
                    return callUnbound(f, m, o);
                }
            }
            return callAttribute(f, o);
        }

        /**
         * The class's plain function {@code name}, or its builtin method (a Java method on a class of
         * Python code: BytesIO's read and write), when the instance does not shadow it; else null.
         */
        private Object instanceMethod(PyInstance inst) {
            if (inst.cls.hasGetattribute) {
                return null;
            }
            Object tv = methods.lookup(inst.cls, name);
            return (tv instanceof PyFunction || tv instanceof PyBuiltin b && b.binds()) && inst.getCached(name, site) == null ? tv : null;
        }

        /**
         * From the site's caches, when the class attribute is no data descriptor: the instance's own
         * value (a callable it holds: the pure-Python pickler's {@code self.write = self.framer.write}),
         * else a staticmethod's function or a classmethod bound to the class; else null.
         */
        private Object instanceCallee(PyInstance inst) {
            if (inst.cls.hasGetattribute) {
                return null;
            }
            Object tv = methods.lookup(inst.cls, name);
            if (tv != null && !InstanceReads.yieldsToInstance(tv)) {
                return null;
            }
            Object v = inst.getCached(name, site);
            return v != null || tv == null ? v : InstanceReads.staticOrClassMethod(inst, tv);
        }

        /** For other objects (not modules, classes, super): a method of the type that binds, else null. */
        private Object typeMethod(Object o) {
            Class<?> c = o.getClass();
            if (c != plainClass) {
                if (o instanceof PyModule || o instanceof PyType || o instanceof PyDescriptors.Super || Attr.instanceDict(o) != null) {
                    return null;
                }
                if (!Attr.mayHaveInstanceDict(c)) {
                    plainClass = c; // (a racing free-threaded write stores another class that passed the same test)
                }
            }
            Object tv = methods.lookup(Ops.typeOf(o), name);
            return tv instanceof PyBuiltin b && b.binds() || tv instanceof PyFunction ? tv : null;
        }

        /** The method {@code m} of {@code o}'s type, called with {@code o} first, through an argument array. */
        private Object callUnbound(PyFrame f, Object m, Object o) {
            PyThread t = f.t;
            int n = args.length;
            int nk = kwvalues.length;
            if (nk == 0) {
                // each case in a method of its own, so that this one stays small enough for C2 to inline
                if (m instanceof PyFunction pf && pf.takes(n + 1)) {
                    return Call.runWithSelf(f, pf, o, args);
                }
                if (n <= 2 && m instanceof PyBuiltin b) {
                    return Call.builtinWithSelf(f, b, o, args);
                }
            }
            Object[] a = new Object[n + nk + 1];
            a[0] = o;
            for (int i = 0; i < n; i++) {
                a[i + 1] = args[i].eval(f);
            }
            for (int i = 0; i < nk; i++) {
                a[n + 1 + i] = kwvalues[i].eval(f);
            }
            if (m instanceof PyFunction pf) {
                return pf.call(t, a, kwnames);
            }
            Object r = ((PyBuiltin) m).invoke(t, a, kwnames);
            if (t.ts.evalBreaker != 0) {
                t.checkBreaker();
            }
            return r;
        }

        /** The general case: the attribute as {@code getattr} gives it (a bound method or anything callable). */
        private Object callAttribute(PyFrame f, Object o) {
            Object fn = o instanceof PyModule m ? modules.read(m, name)
                : o instanceof PyInstance inst ? instanceCallee(inst) : null;
            if (fn == null) {
                fn = Ops.getattrOrNull(o, name);
            }
            if (fn == null) {
                throw Ops.attrError(o, name);
            }
            if (simple) {
                if (fn instanceof PyBoundMethod bm && kwvalues.length == 0) {
                    return Call.callBound(f, bm, args);
                }
                if (fn instanceof PyType type && kwvalues.length == 0) {
                    // module.Class(args): as Call's plain class call
                    CtorSite c = ctors;
                    if (c == null) {
                        ctors = c = new CtorSite();
                    }
                    PyFunction init = c.init(type, args.length);
                    if (init != null) {
                        return Call.instantiate(f, type, init, args);
                    }
                }
                int n = args.length;
                int nk = kwvalues.length;
                Object[] a = new Object[n + nk];
                for (int i = 0; i < n; i++) {
                    a[i] = args[i].eval(f);
                }
                for (int i = 0; i < nk; i++) {
                    a[n + i] = kwvalues[i].eval(f);
                }
                return Call.callOther(f.t, fn, a, kwnames);
            }
            return Call.callGeneral(f, fn, args, kwnames, kwvalues, fallbackShape.starArgs, fallbackShape.starKwargs);
        }
    }
}
