package dev.gilspy.interp.modules.sre;

import dev.gilspy.interp.runtime.Attr;
import dev.gilspy.interp.runtime.PyBuiltin;
import dev.gilspy.interp.runtime.PyIter;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyObj;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyType;

/**
 * {@code SRE_Scanner}: successive matches over one string, each starting where the last ended
 * ({@code Pattern.scanner}, and under {@code Pattern.finditer} and {@code re.Scanner}).
 */
final class PyScanner extends PyObj implements Attr.AttrHolder {
    static final PyType TYPE = SreModule.newType("SRE_Scanner");

    final PyPattern pattern;
    private final SreState state;
    private boolean exhausted;

    PyScanner(PyPattern pattern, SreState state) {
        this.pattern = pattern;
        this.state = state;
    }

    @Override public PyType type() { return TYPE; }

    @Override
    public Object getAttr(String name) {
        return name.equals("pattern") ? pattern : null;
    }

    /** {@code scanner_match} ({@code anchored}) or {@code scanner_search}. */
    Object next(boolean anchored) {
        if (exhausted) {
            return PyNone.NONE;
        }
        SreState s = state;
        s.reset();
        s.ptr = s.start;
        boolean found = anchored ? SreEngine.match(s, 0, true) : s.search();
        if (!found) {
            exhausted = true;
            return PyNone.NONE;
        }
        PyMatch m = new PyMatch(pattern, s);
        s.mustAdvance = s.ptr == s.start;
        s.start = s.ptr;
        return m;
    }

    /** The iterator {@code finditer} returns: {@code iter(scanner.search, None)}. */
    PyIter iterator() {
        return new PyIter() {
            @Override
            public Object next(PyThread t) {
                Object m = PyScanner.this.next(false);
                return m == PyNone.NONE ? null : m;
            }
        };
    }

    static {
        TYPE.define("match", new PyBuiltin("match", (t, a, k) -> ((PyScanner) a[0]).next(true)));
        TYPE.define("search", new PyBuiltin("search", (t, a, k) -> ((PyScanner) a[0]).next(false)));
        TYPE.finishInit();
    }
}
