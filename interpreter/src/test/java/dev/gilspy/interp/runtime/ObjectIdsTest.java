package dev.gilspy.interp.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;

/**
 * {@code id()} without the GIL (free-threaded threads, subinterpreters): ids stay unique among
 * live objects and stable per object when several threads ask at once. Enough objects that
 * identity hashes collide (31-bit hashes, so a few dozen pairs among 400,000), which sends some
 * ids through the spare-number path.
 */
class ObjectIdsTest {
    private static final int THREADS = 4;
    private static final int PER_THREAD = 100_000;

    @Test
    void idsAreUniqueAndStableAcrossThreadsAskingAtOnce() throws Exception {
        idsAreUniqueAndStable(j -> new Object());
    }

    /**
     * Python objects keep their id in a field once asked (PyObj.idOver16), Java-native values
     * (str here) only in the table: mixed, the two paths still never hand one id to two live
     * objects, and a second id() of a Python object, read from its field, is the first one.
     */
    @Test
    void pythonObjectsCachingTheirIdStayUniqueBesideStrings() throws Exception {
        idsAreUniqueAndStable(j -> j % 2 == 0 ? new PyList() : new String(new char[] {'s', (char) j}));
    }

    private static void idsAreUniqueAndStable(java.util.function.IntFunction<Object> make) throws Exception {
        List<Object[]> objects = new ArrayList<>();
        List<long[]> ids = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            Object[] mine = new Object[PER_THREAD];
            for (int j = 0; j < PER_THREAD; j++) {
                mine[j] = make.apply(j);
            }
            objects.add(mine);
            ids.add(new long[PER_THREAD]);
        }
        CyclicBarrier start = new CyclicBarrier(THREADS);
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            Object[] mine = objects.get(i);
            long[] out = ids.get(i);
            Thread t = new Thread(() -> {
                try {
                    start.await();
                    for (int j = 0; j < mine.length; j++) {
                        out[j] = ObjectIds.of(mine[j]);
                        // an object asked before, asked again while the other threads add to
                        // (and grow) the same stripes: the unlocked read must find it or miss
                        // and decide under the lock, never answer another id
                        long again = ObjectIds.of(mine[j / 2]);
                        if (again != out[j / 2]) {
                            throw new AssertionError("id changed: " + out[j / 2] + " -> " + again);
                        }
                    }
                } catch (Exception | AssertionError e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(failures).isEmpty();

        Map<Long, Object> owner = new HashMap<>();
        int spare = 0;
        for (int i = 0; i < THREADS; i++) {
            for (int j = 0; j < PER_THREAD; j++) {
                long id = ids.get(i)[j];
                Object o = objects.get(i)[j];
                Object before = owner.put(id, o);
                assertThat(before).as("id %d given to two live objects", id).isNull();
                assertThat(ObjectIds.of(o)).as("a second id() of the same object").isEqualTo(id);
                if (id != (long) System.identityHashCode(o) * 16) {
                    spare++;
                }
            }
        }
        assertThat(owner).hasSize(THREADS * PER_THREAD);
        // each object whose identity hash another live object already held got a spare number (objects
        // of earlier tests in this JVM may hold a few more hashes)
        Set<Integer> hashes = new HashSet<>();
        int collisions = 0;
        for (Object[] mine : objects) {
            for (Object o : mine) {
                if (!hashes.add(System.identityHashCode(o))) {
                    collisions++;
                }
            }
        }
        assertThat(spare).isGreaterThanOrEqualTo(collisions).isLessThan(collisions + 100);
    }
}
