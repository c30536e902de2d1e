package dev.gilspy.interp.modules;

import dev.gilspy.interp.gil.ThreadState;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.Hashing;
import dev.gilspy.interp.runtime.NativeObj;
import dev.gilspy.interp.runtime.NativeTypes;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyInstance;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.Types;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code functools._lru_cache_wrapper}: the cache behind {@code lru_cache}. As in CPython the
 * user function runs without any cache lock held (so two threads may compute one key; the second
 * result finds the key present and is returned without a second insertion). Lookups, insertions
 * and evictions hold this object's lock: CPython's dict survives a key's Python {@code __eq__}
 * dropping the GIL mid-lookup and another thread changing it, a Java map does not. A thread that
 * finds the lock taken waits for it with the GIL released, as a blocked {@code _thread} lock
 * acquire does ({@code Py_BEGIN_ALLOW_THREADS}); without contention the GIL is never dropped.
 * Keys are tuples of the arguments, a keyword marker and the keyword items, plus the argument types
 * when {@code typed}.
 */
final class LruCache extends NativeObj {
    static final PyType TYPE = NativeTypes.newType("_lru_cache_wrapper", "functools", null, LruCache::construct);
    private static final Object KWD_MARK = new PyInstance(Types.OBJECT);

    private final Object func;
    /** -1 for an unbounded cache. */
    private final long maxsize;
    private final boolean typed;
    private final Object cacheInfoType;
    private final LinkedHashMap<Object, Object> cache = new LinkedHashMap<>(16, 0.75f, true);
    private long hits;
    private long misses;
    private final java.util.concurrent.locks.ReentrantLock lock = new java.util.concurrent.locks.ReentrantLock();

    private LruCache(PyType cls, Object func, long maxsize, boolean typed, Object cacheInfoType) {
        super(cls);
        this.func = func;
        this.maxsize = maxsize;
        this.typed = typed;
        this.cacheInfoType = cacheInfoType;
    }

    @Override protected boolean hasDict() { return true; }

    private static Object construct(PyThread t, PyType cls, Object[] a, String[] k) {
        if (a.length != 4 || k != null) {
            throw Err.type("_lru_cache_wrapper() takes exactly 4 arguments");
        }
        if (!CollectionsModule.callable(a[0])) {
            throw Err.type("the first argument must be callable");
        }
        long maxsize;
        if (a[1] == PyNone.NONE) {
            maxsize = -1;
        } else if (Ops.isInt(a[1])) {
            maxsize = a[1] instanceof BigInteger b ? (b.signum() < 0 ? 0 : Long.MAX_VALUE) : Math.max(0, Ops.toLong(a[1]));
        } else {
            throw Err.type("maxsize should be integer or None");
        }
        return new LruCache(cls, a[0], maxsize, Ops.truthy(a[2]), a[3]);
    }

    private Object key(Object[] a, String[] k) {
        int npos = k == null ? a.length : a.length - k.length;
        int nkw = k == null ? 0 : k.length;
        int n = npos + (nkw > 0 ? 1 + 2 * nkw : 0);
        if (typed) {
            n += npos + nkw;
        }
        Object[] key = new Object[n];
        System.arraycopy(a, 0, key, 0, npos);
        int j = npos;
        if (nkw > 0) {
            key[j++] = KWD_MARK;
            for (int i = 0; i < nkw; i++) {
                key[j++] = k[i];
                key[j++] = a[npos + i];
            }
        }
        if (typed) {
            for (int i = 0; i < npos; i++) {
                key[j++] = Ops.typeOf(a[i]);
            }
            for (int i = 0; i < nkw; i++) {
                key[j++] = Ops.typeOf(a[npos + i]);
            }
        }
        return new PyTuple(key);
    }

    /** Takes the lock; if another thread has it, waits with the GIL released (see the class comment). */
    private boolean enter(PyThread t) {
        if (lock.tryLock()) {
            return true;
        }
        t.ts.beginAllowThreads(ThreadState.RELEASED_IO);
        try {
            lock.lock();
        } finally {
            t.ts.endAllowThreads();
        }
        return true;
    }

    private void exit(boolean locked) {
        if (locked) {
            lock.unlock();
        }
    }

    Object call(PyThread t, Object[] a, String[] k) {
        if (maxsize == 0) {
            boolean locked = enter(t);
            try {
                misses++;
            } finally {
                exit(locked);
            }
            return Ops.call(t, func, a, k);
        }
        Object key = key(a, k);
        Hashing.hash(key);
        boolean locked = enter(t);
        try {
            Object v = cache.get(key);
            if (v != null) {
                hits++;
                return v;
            }
            misses++;
        } finally {
            exit(locked);
        }
        Object result = Ops.call(t, func, a, k);
        locked = enter(t);
        try {
            if (cache.containsKey(key)) {
                return result;
            }
            cache.put(key, result);
            if (maxsize > 0 && cache.size() > maxsize) {
                Iterator<Map.Entry<Object, Object>> it = cache.entrySet().iterator();
                it.next();
                it.remove();
            }
        } finally {
            exit(locked);
        }
        return result;
    }

    static LruCache self(Object o) {
        if (o instanceof LruCache c) {
            return c;
        }
        throw Err.type("descriptor requires a 'functools._lru_cache_wrapper' object but received a '" + Ops.typeName(o) + "'");
    }

    static {
        PyType T = TYPE;
        NativeTypes.def(T, "__call__", (t, a, k) -> self(a[0]).call(t, Arrays.copyOfRange(a, 1, a.length), k));
        NativeTypes.def(T, "__get__", (t, a, k) -> FunctoolsModule.bindMethod(a[0], a[1]));
        NativeTypes.def(T, "cache_info", (t, a, k) -> {
            LruCache c = self(a[0]);
            Object max = c.maxsize < 0 ? PyNone.NONE : (Object) c.maxsize;
            long hits;
            long misses;
            long size;
            boolean locked = c.enter(t);
            try {
                hits = c.hits;
                misses = c.misses;
                size = c.cache.size();
            } finally {
                c.exit(locked);
            }
            return Ops.call(t, c.cacheInfoType, new Object[] {hits, misses, max, size}, null);
        });
        NativeTypes.def(T, "cache_clear", (t, a, k) -> {
            LruCache c = self(a[0]);
            boolean locked = c.enter(t);
            try {
                c.cache.clear();
                c.hits = 0;
                c.misses = 0;
            } finally {
                c.exit(locked);
            }
            return PyNone.NONE;
        });
        NativeTypes.def(T, "__reduce__", (t, a, k) -> Ops.getattr(a[0], "__qualname__"));
        NativeTypes.def(T, "__copy__", (t, a, k) -> a[0]);
        NativeTypes.def(T, "__deepcopy__", (t, a, k) -> a[0]);
        NativeTypes.ready(T);
    }
}
