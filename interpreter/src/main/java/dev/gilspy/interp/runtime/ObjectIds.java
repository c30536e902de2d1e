package dev.gilspy.interp.runtime;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code id()}: an integer unique among the objects alive at the same time, as CPython's address
 * is. The JVM's identity hash is not unique (31 bits at most: ten thousand objects already share
 * some), and pickle's and copy's memos, keyed by {@code id(obj)}, then confuse two live objects.
 * An object keeps the identity hash (times 16, so ids look like aligned addresses) unless a live
 * object already holds that id; then it gets the next number above every identity hash. A weak
 * reference per object asked for remembers its id until the object dies; a reference queue drops
 * the entries of dead ones.
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

    /**
     * One lock, table and reference queue per stripe of identity hashes. A single table behind
     * one lock was a lock that every free-threaded thread and every subinterpreter (the table
     * is per JVM) took on each {@code id()}; an identity hash always falls in the same stripe,
     * so each stripe decides alone whether its hash's id is taken. The table chains entries in
     * buckets chosen by the hash's low bits (the stripe took the top ones): a
     * {@code HashMap<Integer, Entry>} boxed every key and cost id() of a str twice CPython's.
     */
    private static final class Stripe {
        Entry[] buckets = new Entry[16];
        int size;
        final ReferenceQueue<Object> dead = new ReferenceQueue<>();

        Entry head(int h) {
            return buckets[h & (buckets.length - 1)];
        }

        void add(Entry e) {
            if (++size > buckets.length - (buckets.length >> 2)) {
                grow();
            }
            int i = e.hash & (buckets.length - 1);
            e.next = buckets[i];
            buckets[i] = e;
        }

        private void grow() {
            Entry[] old = buckets;
            buckets = new Entry[old.length * 2];
            for (Entry e : old) {
                while (e != null) {
                    Entry next = e.next;
                    int i = e.hash & (buckets.length - 1);
                    e.next = buckets[i];
                    buckets[i] = e;
                    e = next;
                }
            }
        }

        void remove(Entry dead) {
            int i = dead.hash & (buckets.length - 1);
            Entry prev = null;
            for (Entry e = buckets[i]; e != null; prev = e, e = e.next) {
                if (e == dead) {
                    if (prev == null) {
                        buckets[i] = e.next;
                    } else {
                        prev.next = e.next;
                    }
                    size--;
                    return;
                }
            }
        }
    }

    private static final int STRIPES = 1 << 6;
    private static final Stripe[] TABLE = new Stripe[STRIPES];
    static {
        for (int i = 0; i < STRIPES; i++) {
            TABLE[i] = new Stripe();
        }
    }
    /** Ids handed out on a collision: past every identity hash times 16 (2^35). */
    private static final AtomicLong NEXT_SPARE = new AtomicLong(1L << 36);

    public static long of(Object o) {
        if (o instanceof PyObj p) {
            int cached = p.idOver16;
            if (cached != 0) {
                return (long) cached * 16;
            }
            long id = lookUp(o);
            if (id == (long) System.identityHashCode(o) * 16) {
                p.idOver16 = (int) (id / 16);
            }
            return id;
        }
        return lookUp(o);
    }

    private static long lookUp(Object o) {
        int h = System.identityHashCode(o);
        Stripe stripe = TABLE[stripe(h)];
        synchronized (stripe) {
            purge(stripe);
            boolean taken = false;
            for (Entry e = stripe.head(h); e != null; e = e.next) {
                if (e.hash != h) {
                    continue;
                }
                Object v = e.get();
                if (v == o) {
                    return e.id;
                }
                if (v != null && e.id == (long) h * 16) {
                    taken = true;
                }
            }
            long id = taken ? NEXT_SPARE.addAndGet(16) : (long) h * 16;
            stripe.add(new Entry(o, h, id, stripe.dead));
            return id;
        }
    }

    /**
     * The top bits of a multiplicative hash: the stripe's own table indexes by the low bits of
     * the same hash, and a stripe chosen by those low bits put all its keys in 1/64 of its
     * buckets (id() 2.5x slower).
     */
    private static int stripe(int h) {
        return (h * 0x9E3779B9) >>> (32 - 6);
    }

    private static void purge(Stripe stripe) {
        Reference<?> r;
        while ((r = stripe.dead.poll()) != null) {
            stripe.remove((Entry) r);
        }
    }
}
