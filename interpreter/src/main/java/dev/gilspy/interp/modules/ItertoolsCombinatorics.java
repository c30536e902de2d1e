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

        @Override
        public Object next(PyThread t) {
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

        @Override
        public Object next(PyThread t) {
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

        @Override
        public Object next(PyThread t) {
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
        @Override
        public Object next(PyThread t) {
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

        @Override
        public Object next(PyThread t) {
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

        @Override
        public Object next(PyThread t) {
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
    static final PyType GROUPER = ItertoolsModule.type("_grouper", null);

    static void install(PyModule m) {
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
