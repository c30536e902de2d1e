package dev.gilspy.interp.subinterp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Free-threaded mode (PEP 703): list, dict and set stay consistent under concurrent mutation.
 *
 * <p>Container locking is a JVM-wide switch that the first free-threaded interpreter turns on and
 * nothing turns off, so an earlier test in this JVM could have turned it on already. The script
 * therefore runs in a fresh JVM, where only the code under test can turn locking on.
 */
class FreeThreadedContainersTest {
    @Test
    void fourThreadsAppendingAndInsertingLoseNothing() throws Exception {
        Path file = Files.createTempFile("gilspy-ft", ".py");
        try {
            Files.writeString(file, """
                import sys, threading
                lst, d, s, errors = [], {}, set(), []
                def work(k):
                    try:
                        for i in range(100000):
                            lst.append(i)
                            d[(k, i)] = i
                            s.add((k, i))
                    except Exception as e:
                        errors.append(repr(e))
                threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
                for t in threads:
                    t.start()
                for t in threads:
                    t.join()
                print(sys._is_gil_enabled(), len(lst), len(d), len(s), errors)
                """);
            Script r = Script.runInFreshJvm(file, List.of("--gil=off"));
            assertThat(r.err()).isEmpty();
            assertThat(r.out()).isEqualTo("False 400000 400000 400000 []\n");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * collections.deque skips its Java monitor under a GIL (runtime.Sync): free-threaded, four
     * threads appending at both ends and popping from both ends still lose and duplicate nothing.
     */
    @Test
    void fourThreadsAppendingAndPoppingADequeLoseNothing() throws Exception {
        Path file = Files.createTempFile("gilspy-ft-deque", ".py");
        try {
            Files.writeString(file, """
                import sys, threading, collections
                d, popped, errors = collections.deque(), [], []
                def work(k):
                    mine = []
                    try:
                        for i in range(50000):
                            d.append((k, i))
                            d.appendleft((k, -i - 1))
                            mine.append(d.popleft() if i % 2 else d.pop())
                    except Exception as e:
                        errors.append(repr(e))
                    popped.extend(mine)
                threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
                for t in threads:
                    t.start()
                for t in threads:
                    t.join()
                every = popped + list(d)
                print(sys._is_gil_enabled(), len(every), len(set(every)), errors)
                """);
            Script r = Script.runInFreshJvm(file, List.of("--gil=off"));
            assertThat(r.err()).isEmpty();
            assertThat(r.out()).isEqualTo("False 400000 400000 []\n");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * Instances keep attributes in shapes (runtime.Shape): four threads adding distinct attributes
     * to one shared object, and growing, reading and deleting on their own, lose no attribute and
     * never read one name's value under another.
     */
    @Test
    void fourThreadsAddingAttributesToOneObjectLoseNothing() throws Exception {
        Path file = Files.createTempFile("gilspy-ft-attrs", ".py");
        try {
            Files.writeString(file, """
                import sys, threading
                class O:
                    pass
                shared, errors = O(), []
                def work(k):
                    try:
                        for i in range(2000):
                            setattr(shared, "t%d_%d" % (k, i % 50), i)
                            mine = O()
                            mine.a, mine.b, mine.c = k, i, -i
                            if (mine.a, mine.b, mine.c) != (k, i, -i):
                                errors.append("mixed")
                            del mine.b
                            mine.d = i
                            if vars(mine) != {"a": k, "c": -i, "d": i}:
                                errors.append(repr(vars(mine)))
                            if getattr(shared, "t%d_%d" % (k, i % 50)) != i:
                                errors.append("lost")
                    except Exception as e:
                        errors.append(repr(e))
                threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
                for t in threads:
                    t.start()
                for t in threads:
                    t.join()
                print(sys._is_gil_enabled(), len(vars(shared)), errors[:3])
                """);
            Script r = Script.runInFreshJvm(file, List.of("--gil=off"));
            assertThat(r.err()).isEmpty();
            assertThat(r.out()).isEqualTo("False 200 []\n");
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
