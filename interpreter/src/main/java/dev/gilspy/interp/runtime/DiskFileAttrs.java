package dev.gilspy.interp.runtime;

import java.util.ArrayList;
import java.util.List;

/** The methods and attributes of {@link PyDiskFile}: those of TextIOWrapper and of the Buffered* classes. */
final class DiskFileAttrs {
    private DiskFileAttrs() {}

    static Object get(PyDiskFile f, String n) {
        Object cached = f.methods.get(n);
        if (cached != null) {
            return cached;
        }
        Object v = get0(f, n);
        if (v instanceof PyBuiltin b) {
            PyCallable body = b.body;
            PyBuiltin m = new PyBuiltin(n, (t, a, k) -> f.locked(t, () -> body.call(t, a, k)));
            f.methods.put(n, m);
            return m;
        }
        return v;
    }

    private static Object get0(PyDiskFile f, String n) {
        switch (n) {
            case "read": return fn(n, (t, a, k) -> f.readAll(t, size(a, k)));
            case "read1": return f.binary ? fn(n, (t, a, k) -> f.readAll(t, size(a, k))) : null;
            case "readline": return fn(n, (t, a, k) -> f.readline(t, size(a, k)));
            case "readlines": return fn(n, (t, a, k) -> {
                long hint = size(a, k);
                List<Object> lines = new ArrayList<>();
                long total = 0;
                Object line;
                while ((line = f.next(t)) != null) {
                    lines.add(line);
                    total += Ops.len(line);
                    if (hint > 0 && total >= hint) {
                        break;
                    }
                }
                return new PyList(lines.toArray());
            });
            case "readinto": return f.binary ? fn(n, (t, a, k) -> f.readinto0(t, a[0])) : null;
            case "write": return fn(n, (t, a, k) -> f.write(t, a[0]));
            case "writelines": return fn(n, (t, a, k) -> {
                for (Object o : Ops.toArray(a[0])) {
                    f.write(t, o);
                }
                return PyNone.NONE;
            });
            case "seek": return fn(n, (t, a, k) -> f.seek0(t, Ops.toLong(a[0]), a.length > 1 ? (int) Ops.toLong(a[1]) : 0));
            case "tell": return fn(n, (t, a, k) -> f.tell(t));
            case "truncate": return fn(n, (t, a, k) -> f.truncate0(t, a.length > 0 ? a[0] : PyNone.NONE));
            case "flush": return fn(n, (t, a, k) -> {
                f.checkOpen().flush(t);
                return PyNone.NONE;
            });
            case "close": return fn(n, (t, a, k) -> {
                f.close(t);
                return PyNone.NONE;
            });
            case "readable": return fn(n, (t, a, k) -> f.checkOpen().readable);
            case "writable": return fn(n, (t, a, k) -> f.checkOpen().writable);
            case "seekable": return fn(n, (t, a, k) -> f.checkOpen() != null);
            case "isatty": return fn(n, (t, a, k) -> f.checkOpen() == null);
            case "fileno": return fn(n, (t, a, k) -> f.fileno());
            case "__enter__": return fn(n, (t, a, k) -> f.checkOpen());
            case "__exit__": return fn(n, (t, a, k) -> {
                f.close(t);
                return false;
            });
            case "__iter__": return fn(n, (t, a, k) -> f.checkOpen());
            case "name": return f.name;
            case "mode": return f.binary ? rawMode(f) : f.mode;
            case "closed": return f.closed();
            default: break;
        }
        if (f.binary) {
            return null;
        }
        return switch (n) {
            case "encoding" -> f.encoding;
            case "errors" -> f.errors;
            case "newlines" -> PyNone.NONE;
            case "line_buffering" -> false;
            case "write_through" -> false;
            default -> null;
        };
    }

    /** FileIO's mode string, which the Buffered* classes report (fileio.c's mode_string). */
    static String rawMode(PyDiskFile f) {
        String plus = f.readable && f.writable ? "+" : "";
        if (f.mode.contains("x")) {
            return "xb" + plus;
        }
        if (f.append) {
            return "ab" + plus;
        }
        return f.readable ? "rb" + plus : "wb";
    }

    private static long size(Object[] a, String[] k) {
        Object v = BuiltinArgs.get(a, k, 0, "size", PyNone.NONE);
        return v == PyNone.NONE ? -1 : Ops.toLong(v);
    }

    private static PyBuiltin fn(String name, PyCallable body) {
        return new PyBuiltin(name, body);
    }
}
