package dev.gilspy.interp.runtime;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;

/**
 * {@code id()}: an integer unique among the objects alive at the same time, as CPython's address
 * is. The JVM's identity hash is not unique (31 bits at most: ten thousand objects already share
 * some), and pickle's and copy's memos, keyed by {@code id(obj)}, then confuse two live objects.
 * An object keeps the identity hash (times 16, so ids look like aligned addresses) unless a live
 * object already holds that id; then it gets the next number above every identity hash. A weak
 * reference per object asked for remembers its id until the object dies; a reference queue drops
 * the entries of dead ones.
 *
 * <p>The table is split into {@link #STRIPES} stripes by identity hash, each with its own lock and
 * queue, so threads calling {@code id()} at once (free-threading, subinterpreters, pickle's memo in
 * two threads) rarely meet on one lock. Two objects that could compete for one id share an identity
 * hash, hence a stripe, so the uniqueness check stays within one lock.
 */
public final class ObjectIds {
    private ObjectIds() {}

    private static final class Entry extends WeakReference<Object> {
        final int hash;
        final long id;
        Entry next;

        Entry(Object o, int hash, long id, ReferenceQueue<Object> q) {
            super(o, q);
            this.hash = hash;
            this.id = id;
        }
    }

    /** One lock's share of the table. */
    private static final class Stripe {
        final HashMap<Integer, Entry> byHash = new HashMap<>();
        final ReferenceQueue<Object> dead = new ReferenceQueue<>();
    }

    static final int STRIPES = 64;
    private static final Stripe[] TABLE = new Stripe[STRIPES];

    static {
        for (int i = 0; i < STRIPES; i++) {
            TABLE[i] = new Stripe();
        }
    }

    /** Ids handed out on a collision: past every identity hash times 16 (2^35). */
    private static final java.util.concurrent.atomic.AtomicLong NEXT_SPARE = new java.util.concurrent.atomic.AtomicLong(1L << 36);

    public static long of(Object o) {
        int h = System.identityHashCode(o);
        Stripe st = TABLE[(h ^ (h >>> 11)) & (STRIPES - 1)];
        synchronized (st) {
            HashMap<Integer, Entry> byHash = st.byHash;
            purge(st);
            Entry head = byHash.get(h);
            boolean taken = false;
            for (Entry e = head; e != null; e = e.next) {
                Object v = e.get();
                if (v == o) {
                    return e.id;
                }
                if (v != null && e.id == (long) h * 16) {
                    taken = true;
                }
            }
            long id = taken ? NEXT_SPARE.addAndGet(16) : (long) h * 16;
            Entry e = new Entry(o, h, id, st.dead);
            e.next = head;
            byHash.put(h, e);
            return id;
        }
    }

    private static void purge(Stripe st) {
        HashMap<Integer, Entry> byHash = st.byHash;
        Reference<?> r;
        while ((r = st.dead.poll()) != null) {
            Entry dead = (Entry) r;
            Entry head = byHash.get(dead.hash);
            Entry prev = null;
            for (Entry e = head; e != null; prev = e, e = e.next) {
                if (e == dead) {
                    if (prev == null) {
                        if (e.next == null) {
                            byHash.remove(dead.hash);
                        } else {
                            byHash.put(dead.hash, e.next);
                        }
                    } else {
                        prev.next = e.next;
                    }
                    break;
                }
            }
        }
    }
}
