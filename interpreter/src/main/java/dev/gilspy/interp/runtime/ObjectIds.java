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

    private static final HashMap<Integer, Entry> BY_HASH = new HashMap<>();
    private static final ReferenceQueue<Object> DEAD = new ReferenceQueue<>();
    /** Ids handed out on a collision: past every identity hash times 16 (2^35). */
    private static long nextSpare = 1L << 36;

    public static long of(Object o) {
        int h = System.identityHashCode(o);
        synchronized (BY_HASH) {
            purge();
            Entry head = BY_HASH.get(h);
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
            long id = taken ? (nextSpare += 16) : (long) h * 16;
            Entry e = new Entry(o, h, id, DEAD);
            e.next = head;
            BY_HASH.put(h, e);
            return id;
        }
    }

    private static void purge() {
        Reference<?> r;
        while ((r = DEAD.poll()) != null) {
            Entry dead = (Entry) r;
            Entry head = BY_HASH.get(dead.hash);
            Entry prev = null;
            for (Entry e = head; e != null; prev = e, e = e.next) {
                if (e == dead) {
                    if (prev == null) {
                        if (e.next == null) {
                            BY_HASH.remove(dead.hash);
                        } else {
                            BY_HASH.put(dead.hash, e.next);
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
