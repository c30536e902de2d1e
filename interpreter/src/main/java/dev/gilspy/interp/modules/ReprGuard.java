package dev.gilspy.interp.modules;

import java.util.ArrayList;
import java.util.List;

/** {@code Py_ReprEnter}/{@code Py_ReprLeave} for the native containers: a recursive repr prints "...". */
final class ReprGuard {
    private ReprGuard() {}

    private static final ThreadLocal<List<Object>> STACK = ThreadLocal.withInitial(ArrayList::new);

    /** False when {@code o} is already being repr'd on this thread. */
    static boolean enter(Object o) {
        List<Object> s = STACK.get();
        for (Object x : s) {
            if (x == o) {
                return false;
            }
        }
        s.add(o);
        return true;
    }

    static void exit(Object o) {
        List<Object> s = STACK.get();
        s.remove(s.size() - 1);
    }
}
