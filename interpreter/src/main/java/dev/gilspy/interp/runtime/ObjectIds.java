package dev.gilspy.interp.runtime;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;

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
     * Entries chained by identity hash in a power-of-two table (no boxed keys, no map nodes: id() is
     * called on every object pickle and copy visit, 60,000 times per pickle._dumps of the speed
     * benchmark's document).
     */
    private static Entry[] table = new Entry[1024];
    private static int count;
    private static final Object LOCK = new Object();
    private static final ReferenceQueue<Object> DEAD = new ReferenceQueue<>();
    /** Ids handed out on a collision: past every identity hash times 16 (2^35). */
    private static long nextSpare = 1L << 36;

    public static long of(Object o) {
        int h = System.identityHashCode(o);
        synchronized (LOCK) {
            purge();
            Entry[] tab = table;
            int i = h & (tab.length - 1);
            boolean taken = false;
            for (Entry e = tab[i]; e != null; e = e.next) {
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
            long id = taken ? (nextSpare += 16) : (long) h * 16;
            Entry e = new Entry(o, h, id, DEAD);
            e.next = tab[i];
            tab[i] = e;
            if (++count > tab.length - (tab.length >> 2)) {
                grow();
            }
            return id;
        }
    }

    private static void grow() {
        Entry[] old = table;
        Entry[] tab = new Entry[old.length * 2];
        int mask = tab.length - 1;
        for (Entry head : old) {
            for (Entry e = head; e != null; ) {
                Entry next = e.next;
                int i = e.hash & mask;
                e.next = tab[i];
                tab[i] = e;
                e = next;
            }
        }
        table = tab;
    }

    private static void purge() {
        Reference<?> r;
        while ((r = DEAD.poll()) != null) {
            Entry dead = (Entry) r;
            Entry[] tab = table;
            int i = dead.hash & (tab.length - 1);
            Entry prev = null;
            for (Entry e = tab[i]; e != null; prev = e, e = e.next) {
                if (e == dead) {
                    if (prev == null) {
                        tab[i] = e.next;
                    } else {
                        prev.next = e.next;
                    }
                    count--;
                    break;
                }
            }
        }
    }
}
