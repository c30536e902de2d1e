package dev.gilspy.interp.runtime;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Traceback objects for Python code and CPython-format traceback text. */
public final class Traceback {
    private Traceback() {}

    /** A {@code traceback} object: one entry of the chain, outermost first. */
    static final class TbObj extends PyObj implements Attr.AttrHolder {
        final PyBaseException exc;
        final int index;
        TbObj(PyBaseException exc, int index) { this.exc = exc; this.index = index; }
        @Override public PyType type() { return Types.TRACEBACK; }
        /** The next entry, made once so that a chain walked twice is the same objects; or what tb_next was set to. */
        private Object next;

        PyBaseException.TbEntry entry() { return exc.tb.get(exc.tb.size() - 1 - index); }

        private Object next() {
            if (next == null) {
                next = index + 1 < exc.tb.size() ? new TbObj(exc, index + 1) : PyNone.NONE;
            }
            return next;
        }

        /** {@code tb_next} is writable, as in CPython (unittest cuts its own frames off a chain). */
        @Override public boolean setAttr(String name, Object v) {
            if (!name.equals("tb_next")) {
                return false;
            }
            if (v != PyNone.NONE && !(v instanceof TbObj)) {
                throw Err.type("expected traceback object, got '" + Ops.typeName(v) + "'");
            }
            for (Object o = v; o instanceof TbObj t; o = t.next()) {
                if (t == this) {
                    throw Err.value("traceback loop detected");
                }
            }
            next = v;
            return true;
        }
        @Override public Object getAttr(String name) {
            return switch (name) {
                case "tb_lineno" -> (long) entry().line();
                case "tb_frame" -> new FrameObj(entry().frame(), entry().line());
                case "tb_next" -> next();
                case "tb_lasti" -> -1L; // no bytecode: traceback.py then takes tb_lineno and prints no carets
                default -> null;
            };
        }
    }

    /** A {@code frame} object as seen from Python (tracebacks, {@code sys._getframe}). */
    public static final class FrameObj extends PyObj implements Attr.AttrHolder {
        final PyFrame frame;
        final int line;
        /** A live frame ({@code sys._getframe}, {@code f_back}): its line is the one running now. */
        public FrameObj(PyFrame frame) { this(frame, -1); }
        public FrameObj(PyFrame frame, int line) { this.frame = frame; this.line = line; }
        @Override public PyType type() { return Types.FRAME; }
        @Override public Object getAttr(String name) {
            return switch (name) {
                case "f_lineno" -> (long) (line < 0 ? frame.line : line);
                case "f_code" -> CodeObj.of(frame.code);
                case "f_back" -> frame.back == null ? PyNone.NONE : new FrameObj(frame.back);
                case "f_globals" -> Attr.get(frame.globals, "__dict__");
                case "f_locals" -> new PyDict();
                case "f_lasti" -> -1L;
                // frame.clear(): CPython drops a finished frame's locals; here the JVM's collector owns them
                case "clear" -> new PyBuiltin("clear", (t, a, k) -> PyNone.NONE);
                default -> null;
            };
        }
    }

    public static Object of(PyBaseException e) {
        if (e.tb.isEmpty()) {
            return PyNone.NONE;
        }
        // the same object while the chain is unchanged: `e.__traceback__ is e.__traceback__` and
        // sys.exc_info()[2] (logging compares them), and what was assigned
        synchronized (e) {
            if (e.tbObj == null || e.tbObjSize != e.tb.size()) {
                e.tbObj = new TbObj(e, 0);
                e.tbObjSize = e.tb.size();
            }
            return e.tbObj;
        }
    }

    /** The full text CPython prints for an uncaught exception, including chained causes. */
    public static String format(InterpreterState interp, PyBaseException e) {
        StringBuilder sb = new StringBuilder();
        format(interp, e, sb, new IdentityHashMap<>());
        return sb.toString();
    }

    private static void format(InterpreterState interp, PyBaseException e, StringBuilder sb, Map<Object, Boolean> seen) {
        seen.put(e, true);
        if (e.cause != null && !seen.containsKey(e.cause)) {
            format(interp, e.cause, sb, seen);
            sb.append("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (e.context != null && !e.suppressContext && !seen.containsKey(e.context)) {
            format(interp, e.context, sb, seen);
            sb.append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        List<PyBaseException.TbEntry> tb = e.tb;
        if (!tb.isEmpty()) {
            sb.append("Traceback (most recent call last):\n");
            String lastKey = null;
            int repeats = 0;
            for (int i = tb.size() - 1; i >= 0; i--) {
                PyBaseException.TbEntry en = tb.get(i);
                String key = en.file() + ":" + en.line() + ":" + en.codeName();
                if (key.equals(lastKey)) {
                    repeats++;
                    if (repeats >= 3) {
                        continue;
                    }
                } else {
                    flushRepeats(sb, repeats);
                    repeats = 0;
                    lastKey = key;
                }
                appendEntry(interp, sb, en);
            }
            flushRepeats(sb, repeats);
        }
        String syntaxMsg = e.type().isSubtypeOf(Types.SyntaxErrorType) ? SyntaxErrorText.appendPlace(e, sb) : null;
        sb.append(syntaxMsg == null ? lastLine(e) : typeName(e) + (syntaxMsg.isEmpty() ? "" : ": " + syntaxMsg)).append('\n');
    }

    private static void flushRepeats(StringBuilder sb, int repeats) {
        if (repeats >= 3) {
            int n = repeats - 2;
            sb.append("  [Previous line repeated ").append(n).append(" more time").append(n > 1 ? "s" : "").append("]\n");
        }
    }

    private static void appendEntry(InterpreterState interp, StringBuilder sb, PyBaseException.TbEntry en) {
        sb.append("  File \"").append(en.file()).append("\", line ").append(en.line()).append(", in ").append(en.codeName()).append('\n');
        String src = interp == null ? null : interp.sourceLine(en.file(), en.line());
        if (src != null && !src.isBlank()) {
            sb.append("    ").append(src.strip()).append('\n');
        }
    }

    private static String typeName(PyBaseException e) {
        PyType t = e.type();
        return t.module == null || t.module.equals("builtins") || t.module.equals("__main__") ? t.name : t.module + "." + t.name;
    }

    /** {@code Type: message}, or just {@code Type} for an empty message, as CPython prints it. */
    static String lastLine(PyBaseException e) {
        String name = typeName(e);
        String msg;
        try {
            msg = StrRepr.str(e);
        } catch (PyException ex) {
            msg = "<exception str() failed>";
        }
        String line = msg.isEmpty() ? name : name + ": " + msg;
        String suggestion = Suggestions.offer(e);
        return suggestion == null ? line : line + ". Did you mean: '" + suggestion + "'?";
    }
}
