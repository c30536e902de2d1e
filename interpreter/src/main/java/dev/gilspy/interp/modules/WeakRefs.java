package dev.gilspy.interp.modules;

import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyDict;
import dev.gilspy.interp.runtime.PyException;
import dev.gilspy.interp.runtime.PyList;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyObj;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.StrRepr;
import dev.gilspy.interp.runtime.Traceback;
import dev.gilspy.interp.runtime.Types;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The weak-reference machinery behind {@code _weakref}.
 *
 * <h2>Notes about the implementation</h2>
 * A Python weak reference ({@link WeakRefObj}, also the base of proxies) holds a
 * {@link java.lang.ref.WeakReference} to its referent. CPython kills a referent the moment its
 * refcount drops to zero; on the JVM it dies when a garbage collection finds it unreachable, so
 * {@code del x} alone does not clear {@code ref(x)}: {@code gc.collect()} ({@link #collect}) runs
 * {@link System#gc()} and then runs the callbacks of every reference it cleared.
 * <p>
 * Callbacks are Python code, so they never run on the JVM's reference-handler thread: a cleared
 * reference waits in a {@link ReferenceQueue} until a thread holding the GIL reaches a safe point
 * that drains it ({@link #drain}): every {@code _weakref} operation (creating, calling, counting
 * references) and {@code gc.collect()}. As in CPython a callback runs only while its weakref object
 * is itself alive (a dead weakref is never enqueued), receives the weakref, and an exception in it
 * is printed as "Exception ignored in" and swallowed.
 * <p>
 * {@code getweakrefcount}/{@code getweakrefs} and the reuse of the plain callback-less reference
 * ({@code ref(o) is ref(o)}) need the references of a referent: a registry keyed by the referent's
 * identity hash holds them weakly, so it never keeps a weakref object alive; the entry of a
 * collected weakref object is dropped at the next drain.
 */
final class WeakRefs {
    private WeakRefs() {}

    /** The JVM reference, with the Python weakref object it belongs to (strong: the queue keeps it). */
    static final class Ref extends WeakReference<Object> {
        final WeakRefObj owner;
        final int idHash;
        boolean handled;

        Ref(Object referent, WeakRefObj owner) {
            super(referent, QUEUE);
            this.owner = owner;
            this.idHash = System.identityHashCode(referent);
        }
    }

    /** A registry entry: dies with its weakref object, and is then dropped at the next drain. */
    static final class Entry extends WeakReference<WeakRefObj> {
        final int idHash;

        Entry(WeakRefObj w, int idHash) {
            super(w, DEAD_WEAKREFS);
            this.idHash = idHash;
        }
    }

    private static final ReferenceQueue<Object> QUEUE = new ReferenceQueue<>();
    private static final ReferenceQueue<WeakRefObj> DEAD_WEAKREFS = new ReferenceQueue<>();
    private static final Map<Integer, List<WeakReference<WeakRefObj>>> BY_REFERENT = new HashMap<>();

    /** CPython's {@code tp_weaklistoffset != 0}: which objects may be weakly referenced. */
    static void checkReferenceable(Object o) {
        PyType t = Ops.typeOf(o);
        boolean ok = o instanceof PyObj && o != PyNone.NONE && t != Types.LIST && t != Types.DICT
            && t != Types.TUPLE && t != Types.BYTES && t != Types.BYTEARRAY && t.weakrefable();
        if (!ok) {
            throw Err.type("cannot create weak reference to '" + t.name + "' object");
        }
    }

    static void register(WeakRefObj w, Object referent) {
        synchronized (BY_REFERENT) {
            int h = System.identityHashCode(referent);
            BY_REFERENT.computeIfAbsent(h, x -> new ArrayList<>()).add(new Entry(w, h));
        }
    }

    /** The live weakref objects to {@code o}, oldest first. */
    static List<WeakRefObj> refsTo(Object o) {
        List<WeakRefObj> out = new ArrayList<>();
        synchronized (BY_REFERENT) {
            List<WeakReference<WeakRefObj>> l = BY_REFERENT.get(System.identityHashCode(o));
            if (l == null) {
                return out;
            }
            for (Iterator<WeakReference<WeakRefObj>> it = l.iterator(); it.hasNext();) {
                WeakRefObj w = it.next().get();
                if (w == null || w.ref.refersTo(null)) {
                    it.remove();
                } else if (w.ref.refersTo(o)) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    private static void unregister(Ref r) {
        synchronized (BY_REFERENT) {
            List<WeakReference<WeakRefObj>> l = BY_REFERENT.get(r.idHash);
            if (l == null) {
                return;
            }
            l.removeIf(x -> x.get() == null || x.get() == r.owner);
            if (l.isEmpty()) {
                BY_REFERENT.remove(r.idHash);
            }
        }
    }

    /**
     * Set while this thread runs callbacks: a callback that touches weak references (WeakSet's
     * {@code _remove} hashes one) would otherwise drain the queue again from inside itself, one
     * level deeper per dead referent, until RecursionError (200,000 dead tasks in a WeakSet).
     */
    private static final ThreadLocal<boolean[]> DRAINING = ThreadLocal.withInitial(() -> new boolean[1]);

    /** Runs the callbacks of the references the collector cleared; the caller holds the GIL. */
    static void drain(PyThread t) {
        boolean[] draining = DRAINING.get();
        if (draining[0]) {
            return; // a callback's own weakref operations: the outer drain goes on with the queue
        }
        Reference<?> r;
        draining[0] = true;
        try {
            while ((r = QUEUE.poll()) != null) {
                handle(t, (Ref) r);
            }
        } finally {
            draining[0] = false;
        }
        while ((r = DEAD_WEAKREFS.poll()) != null) {
            Entry e = (Entry) r;
            synchronized (BY_REFERENT) {
                List<WeakReference<WeakRefObj>> l = BY_REFERENT.get(e.idHash);
                if (l != null) {
                    l.remove(e);
                    if (l.isEmpty()) {
                        BY_REFERENT.remove(e.idHash);
                    }
                }
            }
        }
    }

    private static void handle(PyThread t, Ref r) {
        synchronized (r) {
            if (r.handled) {
                return;
            }
            r.handled = true;
        }
        unregister(r);
        Object cb = r.owner.callback;
        if (cb == null || cb == PyNone.NONE) {
            return;
        }
        r.owner.callback = null;
        try {
            Ops.call(t, cb, new Object[] {r.owner}, null);
        } catch (PyException e) {
            t.interp.stderr.write(t, "Exception ignored in: " + StrRepr.repr(cb) + "\n" + Traceback.format(t.interp, e.exc));
        }
    }

    /**
     * {@code gc.collect()}: a JVM collection (unless the caller's finalisation just made one: a full
     * collection of a large heap costs most of a second), then every cleared reference's callback. The queue is
     * filled by the reference-handler thread some time after the collection, so the registry is
     * also scanned for references already cleared. Returns how many references died.
     */
    static long collect(PyThread t, boolean collectNow) {
        if (collectNow) {
            System.gc();
        }
        List<Ref> dead = new ArrayList<>();
        synchronized (BY_REFERENT) {
            for (Iterator<List<WeakReference<WeakRefObj>>> lists = BY_REFERENT.values().iterator(); lists.hasNext();) {
                List<WeakReference<WeakRefObj>> l = lists.next();
                for (Iterator<WeakReference<WeakRefObj>> it = l.iterator(); it.hasNext();) {
                    WeakRefObj w = it.next().get();
                    if (w == null) {
                        it.remove();
                    } else if (w.ref.refersTo(null)) {
                        dead.add(w.ref);
                    }
                }
                if (l.isEmpty()) {
                    lists.remove();
                }
            }
        }
        for (Ref r : dead) {
            handle(t, r);
        }
        drain(t);
        return dead.size();
    }

    /** How many weakref objects the registry tracks (for tests: it must not grow with dead ones). */
    static int registrySize() {
        synchronized (BY_REFERENT) {
            return BY_REFERENT.values().stream().mapToInt(List::size).sum();
        }
    }

    /** {@code _remove_dead_weakref(dict, key)}: deletes {@code dict[key]} if it is a dead weakref. */
    static Object removeDead(Object d, Object key) {
        if (!(d instanceof PyDict dict)) {
            throw Err.type("_remove_dead_weakref() argument 1 must be dict, not " + Ops.typeName(d));
        }
        Object v = dict.get(key);
        if (v instanceof WeakRefObj w && w.ref.refersTo(null)) {
            dict.remove(key);
        }
        return PyNone.NONE;
    }

    /**
     * {@code getweakrefs}' order: CPython keeps the shared plain ref, then the shared proxy, at the
     * head of an object's list, the others in creation order after them.
     */
    static PyList list(List<WeakRefObj> refs) {
        List<WeakRefObj> sorted = new ArrayList<>(refs);
        sorted.sort(java.util.Comparator.comparingInt(WeakRefs::rank));
        return new PyList(sorted.toArray());
    }

    private static int rank(WeakRefObj w) {
        if (w.callback != null) {
            return 2;
        }
        PyType t = w.type();
        return t == WeakRefObj.TYPE ? 0 : t == WeakProxy.PROXY || t == WeakProxy.CALLABLE ? 1 : 2;
    }
}
