package dev.gilspy.interp.modules;

import dev.gilspy.interp.modules.ItertoolsModule.Tool;
import dev.gilspy.interp.runtime.BuiltinArgs;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.NativeTypes;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.PyType;

/**
 * The itertools that keep state across their outputs: the combinatoric generators (index
 * odometers over a materialised pool, as in CPython), {@code tee} (a shared linked buffer, so each
 * copy advances on its own) and {@code groupby} with its {@code _grouper}s.
 */
final class ItertoolsCombinatorics {
    private ItertoolsCombinatorics() {}

    // ------------------------------------------------------------------ product

    static final class Product extends Tool {
        final Object[][] pools;
        int[] idx;
        boolean done;

        Product(Object[][] pools) {
            super(PRODUCT);
            this.pools = pools;
        }

        @Override Object advance(PyThread t) {
            if (done) {
                return null;
            }
            int n = pools.length;
            if (idx == null) {
                idx = new int[n];
                for (Object[] p : pools) {
                    if (p.length == 0) {
                        done = true;
                        return null;
                    }
                }
            } else {
                int i = n - 1;
                while (i >= 0) {
                    if (++idx[i] < pools[i].length) {
                        break;
                    }
                    idx[i] = 0;
                    i--;
                }
                if (i < 0) {
                    done = true;
                    return null;
                }
            }
            Object[] r = new Object[n];
            for (int i = 0; i < n; i++) {
                r[i] = pools[i][idx[i]];
            }
            return new PyTuple(r);
        }
    }

    static final PyType PRODUCT = ItertoolsModule.type("product", (t, cls, a, k) -> {
        ItertoolsModule.onlyKw("product", k, "repeat");
        Object rep = BuiltinArgs.kw(a, k, "repeat");
        long repeat = rep == null ? 1 : Ops.toLong(rep);
        if (repeat < 0) {
            throw Err.value("repeat argument cannot be negative");
        }
        int n = BuiltinArgs.npos(a, k);
        Object[][] base = new Object[n][];
        for (int i = 0; i < n; i++) {
            base[i] = Ops.toArray(a[i]).clone();
        }
        Object[][] pools = new Object[(int) (n * repeat)][];
        for (int r = 0; r < repeat; r++) {
            System.arraycopy(base, 0, pools, r * n, n);
        }
        return new Product(pools);
    });

    // ------------------------------------------------------------------ permutations, combinations

    static final class Permutations extends Tool {
        final Object[] pool;
        final int r;
        int[] indices;
        int[] cycles;
        boolean done;

        Permutations(Object[] pool, int r) {
            super(PERMUTATIONS);
            this.pool = pool;
            this.r = r;
            done = r > pool.length;
        }

        private PyTuple emit() {
            Object[] out = new Object[r];
            for (int i = 0; i < r; i++) {
                out[i] = pool[indices[i]];
            }
            return new PyTuple(out);
        }

        @Override Object advance(PyThread t) {
            if (done) {
                return null;
            }
            int n = pool.length;
            if (indices == null) {
                indices = new int[n];
                for (int i = 0; i < n; i++) {
                    indices[i] = i;
                }
                cycles = new int[r];
                for (int i = 0; i < r; i++) {
                    cycles[i] = n - i;
                }
                return emit();
            }
            for (int i = r - 1; i >= 0; i--) {
                cycles[i]--;
                if (cycles[i] == 0) {
                    int first = indices[i];
                    System.arraycopy(indices, i + 1, indices, i, n - i - 1);
                    indices[n - 1] = first;
                    cycles[i] = n - i;
                } else {
                    int j = n - cycles[i];
                    int tmp = indices[i];
                    indices[i] = indices[j];
                    indices[j] = tmp;
                    return emit();
                }
            }
            done = true;
            return null;
        }
    }

    static final PyType PERMUTATIONS = ItertoolsModule.type("permutations", (t, cls, a, k) -> {
        ItertoolsModule.onlyKw("permutations", k, "iterable", "r");
        ItertoolsModule.nargs("permutations", a, k, 0, 2);
        Object[] pool = Ops.toArray(ItertoolsModule.required(a, k, 0, "iterable", "permutations")).clone();
        Object ro = BuiltinArgs.get(a, k, 1, "r", PyNone.NONE);
        long r = ro == PyNone.NONE ? pool.length : Ops.toLong(ro);
        if (r < 0) {
            throw Err.value("r must be non-negative");
        }
        return new Permutations(pool, (int) Math.min(r, Integer.MAX_VALUE));
    });

    static final class Combinations extends Tool {
        final Object[] pool;
        final int r;
        final boolean replace;
        int[] indices;
        boolean done;

        Combinations(PyType type, Object[] pool, int r, boolean replace) {
            super(type);
            this.pool = pool;
            this.r = r;
            this.replace = replace;
            done = replace ? (pool.length == 0 && r > 0) : r > pool.length;
        }

        @Override Object advance(PyThread t) {
            if (done) {
                return null;
            }
            int n = pool.length;
            if (indices == null) {
                indices = new int[r];
                for (int i = 0; i < r; i++) {
                    indices[i] = replace ? 0 : i;
                }
            } else {
                int i = r - 1;
                while (i >= 0 && indices[i] == (replace ? n - 1 : i + n - r)) {
                    i--;
                }
                if (i < 0) {
                    done = true;
                    return null;
                }
                indices[i]++;
                for (int j = i + 1; j < r; j++) {
                    indices[j] = replace ? indices[i] : indices[j - 1] + 1;
                }
            }
            Object[] out = new Object[r];
            for (int i = 0; i < r; i++) {
                out[i] = pool[indices[i]];
            }
            return new PyTuple(out);
        }
    }

    private static Object combos(String name, Object[] a, String[] k, boolean replace) {
        ItertoolsModule.onlyKw(name, k, "iterable", "r");
        ItertoolsModule.nargs(name, a, k, 0, 2);
        Object[] pool = Ops.toArray(ItertoolsModule.required(a, k, 0, "iterable", name)).clone();
        long r = Ops.toLong(ItertoolsModule.required(a, k, 1, "r", name));
        if (r < 0) {
            throw Err.value("r must be non-negative");
        }
        return new Combinations(replace ? CWR : COMBINATIONS, pool, (int) Math.min(r, Integer.MAX_VALUE), replace);
    }

    static final PyType COMBINATIONS = ItertoolsModule.type("combinations", (t, cls, a, k) -> combos("combinations", a, k, false));
    static final PyType CWR = ItertoolsModule.type("combinations_with_replacement",
        (t, cls, a, k) -> combos("combinations_with_replacement", a, k, true));

    // ------------------------------------------------------------------ tee

    /** One cell of the buffer the copies of a tee share; {@code next} is filled on first demand. */
    static final class TeeLink {
        Object value;
        TeeLink next;
    }

    /** The source of a tee group: pulls one item per new link, the GIL (and this monitor) held. */
    static final class TeeSource {
        final Object it;
        boolean running;

        TeeSource(Object it) { this.it = it; }
    }

    static final class Tee extends Tool {
        final TeeSource src;
        TeeLink link;

        Tee(TeeSource src, TeeLink link) {
            super(TEE);
            this.src = src;
            this.link = link;
        }

        /**
         * The source is advanced with no Java monitor held (it runs Python code, which may drop the
         * GIL); a second thread arriving meanwhile gets CPython's re-entry error.
         */
        @Override Object advance(PyThread t) {
            synchronized (src) {
                if (link.next != null) {
                    Object v = link.value;
                    link = link.next;
                    return v;
                }
                if (src.running) {
                    throw Err.runtime("cannot re-enter the tee iterator");
                }
                src.running = true;
            }
            Object v;
            try {
                v = Ops.next(t, src.it);
            } finally {
                synchronized (src) {
                    src.running = false;
                }
            }
            synchronized (src) {
                if (v == null) {
                    return null;
                }
                if (link.next == null) {
                    link.value = v;
                    link.next = new TeeLink();
                }
                Object r = link.value;
                link = link.next;
                return r;
            }
        }
    }

    static final PyType TEE = ItertoolsModule.type("_tee", (t, cls, a, k) -> {
        ItertoolsModule.nargs("_tee", a, k, 1, 1);
        Object it = Ops.iter(a[0]);
        return it instanceof Tee tee ? new Tee(tee.src, tee.link) : new Tee(new TeeSource(it), new TeeLink());
    });

    static Object tee(Object[] a, String[] k) {
        ItertoolsModule.noKw("tee", k);
        ItertoolsModule.nargs("tee", a, k, 1, 2);
        long n = a.length > 1 ? Ops.toLong(a[1]) : 2;
        if (n < 0) {
            throw Err.value("n must be >= 0");
        }
        Object[] out = new Object[(int) n];
        if (n == 0) {
            return PyTuple.EMPTY;
        }
        Object it = Ops.iter(a[0]);
        Object copy = Ops.typeOf(it).lookup("__copy__");
        Object first = copy != null ? it : new Tee(new TeeSource(it), new TeeLink());
        out[0] = first;
        PyThread t = PyThread.current();
        for (int i = 1; i < n; i++) {
            out[i] = Ops.call(t, Ops.getattr(first, "__copy__"), new Object[0], null);
        }
        return new PyTuple(out);
    }

    // ------------------------------------------------------------------ groupby

    static final class GroupBy extends Tool {
        final Object it;
        final Object keyfunc;
        Object tgtkey;
        Object currkey;
        Object currvalue;
        Grouper current;

        GroupBy(Object it, Object keyfunc) {
            super(GROUPBY);
            this.it = it;
            this.keyfunc = keyfunc;
        }

        /** Advances the source; false when it is exhausted. */
        boolean step(PyThread t) {
            Object v = Ops.next(t, it);
            if (v == null) {
                return false;
            }
            Object key = keyfunc == PyNone.NONE ? v : Ops.call(t, keyfunc, new Object[] {v}, null);
            currvalue = v;
            currkey = key;
            return true;
        }

        @Override Object advance(PyThread t) {
            current = null;
            while (true) {
                if (currkey == null) {
                    if (!step(t)) {
                        return null;
                    }
                } else if (tgtkey == null) {
                    break;
                } else if (!Ops.eq(tgtkey, currkey)) {
                    break;
                } else if (!step(t)) {
                    return null;
                }
            }
            tgtkey = currkey;
            current = new Grouper(this, tgtkey);
            return PyTuple.of(currkey, current);
        }
    }

    static final class Grouper extends Tool {
        final GroupBy parent;
        final Object tgtkey;

        Grouper(GroupBy parent, Object tgtkey) {
            super(GROUPER);
            this.parent = parent;
            this.tgtkey = tgtkey;
        }

        @Override Object advance(PyThread t) {
            GroupBy g = parent;
            if (g.current != this) {
                return null;
            }
            if (g.currvalue == null && !g.step(t)) {
                return null;
            }
            if (!Ops.eq(tgtkey, g.currkey)) {
                return null;
            }
            Object r = g.currvalue;
            g.currvalue = null;
            return r;
        }
    }

    static final PyType GROUPBY = ItertoolsModule.type("groupby", (t, cls, a, k) -> {
        ItertoolsModule.onlyKw("groupby", k, "iterable", "key");
        ItertoolsModule.nargs("groupby", a, k, 0, 2);
        Object it = Ops.iter(ItertoolsModule.required(a, k, 0, "iterable", "groupby"));
        return new GroupBy(it, BuiltinArgs.get(a, k, 1, "key", PyNone.NONE));
    });
    /** {@code _grouper(parent, tgtkey)}: what its {@code __reduce__} gives; the new grouper is the parent's current one. */
    static final PyType GROUPER = ItertoolsModule.type("_grouper", (t, cls, a, k) -> {
        ItertoolsModule.noKw("_grouper", k);
        ItertoolsModule.nargs("_grouper", a, k, 2, 2);
        if (!(a[0] instanceof GroupBy parent)) {
            throw Err.type("_grouper() argument 1 must be itertools.groupby, not " + Ops.typeName(a[0]));
        }
        parent.current = new Grouper(parent, a[1]);
        return parent.current;
    });

    // ------------------------------------------------------------------ pickling (CPython 3.11 still offers it)

    private static PyTuple tuple(Object... items) { return new PyTuple(items); }

    private static PyTuple ints(int[] v, int n) {
        Object[] out = new Object[n];
        for (int i = 0; i < n; i++) {
            out[i] = (long) v[i];
        }
        return new PyTuple(out);
    }

    /** A state tuple of exactly {@code n} items, or CPython's "invalid arguments". */
    private static Object[] stateOf(Object state, int n, boolean valueError) {
        if (!(state instanceof PyTuple st) || st.size() != n) {
            throw valueError ? Err.value("invalid arguments") : Err.type("invalid arguments");
        }
        return st.items;
    }

    private static int clamp(Object v, int lo, int hi) {
        long x = Ops.toLong(v);
        return (int) Math.max(lo, Math.min(x, hi));
    }

    /** product_reduce/product_setstate: the pools, then the odometer's indices once it has started. */
    private static void productPickling() {
        NativeTypes.def(PRODUCT, "__reduce__", (t, a, k) -> {
            Product p = (Product) a[0];
            if (p.done) {
                return tuple(Ops.typeOf(p), tuple(tuple()));
            }
            Object[] pools = new Object[p.pools.length];
            for (int i = 0; i < pools.length; i++) {
                pools[i] = new PyTuple(p.pools[i]);
            }
            return p.idx == null ? tuple(Ops.typeOf(p), new PyTuple(pools))
                : tuple(Ops.typeOf(p), new PyTuple(pools), ints(p.idx, p.idx.length));
        });
        NativeTypes.def(PRODUCT, "__setstate__", (t, a, k) -> {
            Product p = (Product) a[0];
            Object[] st = stateOf(a[1], p.pools.length, false);
            int[] idx = new int[st.length];
            for (int i = 0; i < st.length; i++) {
                long v = Ops.toLong(st[i]);
                if (p.pools[i].length == 0) {
                    p.done = true;
                    return PyNone.NONE;
                }
                idx[i] = (int) Math.max(0, Math.min(v, p.pools[i].length - 1));
            }
            p.idx = idx;
            return PyNone.NONE;
        });
    }

    /** A combinatoric's {@code __reduce__}: (pool, r) before the first item, ((), r) once done, else with its state. */
    private static PyTuple reduced(Object self, Object[] pool, int r, boolean unstarted, boolean done, java.util.function.Supplier<Object> state) {
        if (unstarted) {
            return tuple(Ops.typeOf(self), tuple(new PyTuple(pool), (long) r));
        }
        if (done) {
            return tuple(Ops.typeOf(self), tuple(tuple(), (long) r));
        }
        return tuple(Ops.typeOf(self), tuple(new PyTuple(pool), (long) r), state.get());
    }

    /** combinations/cwr/permutations: (pool, r) before the first item, ((), r) once done, else the indices as state. */
    private static void combinatoricPickling() {
        for (PyType ty : new PyType[] {COMBINATIONS, CWR}) {
            NativeTypes.def(ty, "__reduce__", (t, a, k) -> {
                Combinations c = (Combinations) a[0];
                return reduced(c, c.pool, c.r, c.indices == null, c.done, () -> ints(c.indices, c.r));
            });
            NativeTypes.def(ty, "__setstate__", (t, a, k) -> {
                Combinations c = (Combinations) a[0];
                Object[] st = stateOf(a[1], c.r, false);
                int n = c.pool.length;
                int[] idx = new int[c.r];
                for (int i = 0; i < c.r; i++) {
                    idx[i] = clamp(st[i], 0, c.replace ? n - 1 : i + n - c.r);
                }
                c.indices = idx;
                return PyNone.NONE;
            });
        }
        NativeTypes.def(PERMUTATIONS, "__reduce__", (t, a, k) -> {
            Permutations p = (Permutations) a[0];
            return reduced(p, p.pool, p.r, p.indices == null, p.done,
                () -> tuple(ints(p.indices, p.indices.length), ints(p.cycles, p.r)));
        });
        NativeTypes.def(PERMUTATIONS, "__setstate__", (t, a, k) -> {
            Permutations p = (Permutations) a[0];
            Object[] st = stateOf(a[1], 2, false);
            int n = p.pool.length;
            if (!(st[0] instanceof PyTuple ix) || !(st[1] instanceof PyTuple cy) || ix.size() != n || cy.size() != p.r) {
                throw Err.value("invalid arguments");
            }
            int[] indices = new int[n];
            for (int i = 0; i < n; i++) {
                indices[i] = clamp(ix.get(i), 0, n - 1);
            }
            int[] cycles = new int[p.r];
            for (int i = 0; i < p.r; i++) {
                cycles[i] = clamp(cy.get(i), 1, n - i);
            }
            p.indices = indices;
            p.cycles = cycles;
            return PyNone.NONE;
        });
    }

    /** groupby_reduce/_grouper_reduce: the source and key, with (currkey, currvalue, tgtkey) once all three are set. */
    private static void groupbyPickling() {
        NativeTypes.def(GROUPBY, "__reduce__", (t, a, k) -> {
            GroupBy g = (GroupBy) a[0];
            PyTuple args = tuple(g.it, g.keyfunc);
            return g.tgtkey != null && g.currkey != null && g.currvalue != null
                ? tuple(Ops.typeOf(g), args, tuple(g.currkey, g.currvalue, g.tgtkey)) : tuple(Ops.typeOf(g), args);
        });
        NativeTypes.def(GROUPBY, "__setstate__", (t, a, k) -> {
            GroupBy g = (GroupBy) a[0];
            Object[] st = stateOf(a[1], 3, false);
            g.currkey = st[0];
            g.currvalue = st[1];
            g.tgtkey = st[2];
            return PyNone.NONE;
        });
        NativeTypes.def(GROUPER, "__reduce__", (t, a, k) -> {
            Grouper gr = (Grouper) a[0];
            if (gr.parent.current != gr) {
                return tuple(t.interp.builtins.get("iter"), tuple(tuple()));
            }
            return tuple(Ops.typeOf(gr), tuple(gr.parent, gr.tgtkey));
        });
    }

    static void install(PyModule m) {
        productPickling();
        combinatoricPickling();
        groupbyPickling();
        NativeTypes.def(TEE, "__copy__", (t, a, k) -> {
            Tee tee = (Tee) a[0];
            return new Tee(tee.src, tee.link);
        });
        for (PyType ty : new PyType[] {PRODUCT, PERMUTATIONS, COMBINATIONS, CWR, TEE, GROUPBY, GROUPER}) {
            m.put(NativeTypes.name(ty), NativeTypes.ready(ty));
        }
        m.def("tee", (t, a, k) -> tee(a, k));
        m.put("__doc__", "Functional tools for creating and using iterators.");
    }
}
