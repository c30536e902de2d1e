package dev.gilspy.interp.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** {@code id()}: unique among live objects, stable per object, also when threads ask at once (striped table). */
class ObjectIdsTest {
    @Test
    void uniqueAndStableAmongManyLiveObjects() {
        List<Object> objs = new ArrayList<>();
        Set<Long> ids = new HashSet<>();
        for (int i = 0; i < 200_000; i++) { // far past the 31-bit identity hash's first collisions
            Object o = new Object();
            objs.add(o);
            assertThat(ids.add(ObjectIds.of(o))).isTrue();
        }
        for (int i = 0; i < objs.size(); i += 997) {
            long id = ObjectIds.of(objs.get(i));
            assertThat(ObjectIds.of(objs.get(i))).isEqualTo(id);
            assertThat(ids).contains(id);
        }
    }

    @Test
    void uniqueWhenFourThreadsAskAtOnce() throws InterruptedException {
        List<Object> shared = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            shared.add(new Object());
        }
        ConcurrentHashMap<Long, Object> seen = new ConcurrentHashMap<>();
        List<Throwable> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread[] ts = new Thread[4];
        for (int k = 0; k < ts.length; k++) {
            int start = k;
            ts[k] = new Thread(() -> {
                try {
                    for (int i = 0; i < shared.size(); i++) {
                        Object o = shared.get((i + start * 12_345) % shared.size());
                        Object prev = seen.putIfAbsent(ObjectIds.of(o), o);
                        if (prev != null && prev != o) {
                            throw new AssertionError("two live objects share id " + ObjectIds.of(o));
                        }
                    }
                } catch (Throwable e) {
                    errors.add(e);
                }
            });
            ts[k].start();
        }
        for (Thread t : ts) {
            t.join();
        }
        assertThat(errors).isEmpty();
        assertThat(seen).hasSize(shared.size());
    }
}
