package dev.gilspy.interp.modules.ast;

import dev.gilspy.interp.runtime.BuiltinArgs;
import dev.gilspy.interp.runtime.CompileError;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.InterpreterState;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBytes;
import dev.gilspy.interp.runtime.PyException;
import dev.gilspy.interp.runtime.PyInstance;
import dev.gilspy.interp.runtime.PyList;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.StrRepr;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The builtin {@code compile()}: source to a code object ({@link CompiledSource}, syntax checked now),
 * source to an {@code _ast} tree with {@code PyCF_ONLY_AST}, and an {@code _ast} tree to a code object.
 * A tree becomes code through its source: {@code lib/_gilspy_unparse.py} writes it back with every
 * statement on its original line, so tracebacks keep the tree's line numbers.
 */
public final class AstCompile {
    private AstCompile() {}

    static final long ONLY_AST = 0x400;
    static final long ALLOW_TOP_LEVEL_AWAIT = 0x2000;

    /**
     * The AST parser checks only the grammar; what CPython's compiler rejects after it ('await'
     * outside a function, a misplaced nonlocal, 'yield from' in an async def, ...) the pipeline's
     * own parser and name resolution catch, so compile() raises them before anything runs.
     */
    private static void checkSyntax(PyThread t, InterpreterState interp, String text, String file) {
        java.util.List<String> warnings;
        try {
            warnings = interp.host.checkSyntax(text, file);
        } catch (CompileError e) {
            throw new PyException(e.toPython());
        }
        if (warnings != null) {
            for (String w : warnings) {
                warn(t, interp, w, file);
            }
        }
    }

    /** A rough count of brackets (strings and comments not skipped): the pipeline's "was never closed" guess is kept only then. */
    private static boolean unbalanced(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '(' || c == '[' || c == '{' ? 1 : c == ')' || c == ']' || c == '}' ? -1 : 0;
        }
        return depth > 0;
    }

    /**
     * The AST parser's errors the pipeline's parser words and places as CPython does: a plain
     * "invalid syntax", and an invalid target (the AST parser puts it at the token after the target,
     * CPython at the target: 'for 1 in []' at the 1).
     */
    private static boolean pipelineKnowsBetter(String msg) {
        return msg.equals("invalid syntax") || msg.startsWith("cannot assign to") || msg.startsWith("cannot delete");
    }

    /** Throws the pipeline parser's SyntaxError for this source when it says more than "invalid syntax". */
    private static void specificError(InterpreterState interp, String text, String file) {
        try {
            interp.host.checkSyntax(text, file);
        } catch (CompileError e) {
            if (!e.msg.equals("invalid syntax") && (!e.msg.endsWith("' was never closed") || unbalanced(text))) {
                throw new PyException(e.toPython());
            }
        }
    }

    /** The two patterns in a holder: compiled on first use, not when the class loads at start-up. */
    private static final class Regex {
        static final java.util.regex.Pattern WARNING =
            java.util.regex.Pattern.compile("(\\d+): SyntaxWarning: ([^\n]*)\n");
        static final java.util.regex.Pattern CODING =
            java.util.regex.Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)", java.util.regex.Pattern.MULTILINE);
    }

    /**
     * A compile-time SyntaxWarning through the warnings module ({@code file:line: SyntaxWarning: msg}
     * as the parser formats it), as CPython's compiler issues it; a warning the filters turn into an
     * error is a SyntaxError at that line, as in CPython's compiler_warn.
     */
    private static void warn(PyThread t, InterpreterState interp, String formatted, String file) {
        if (!formatted.startsWith(file + ":")) {
            return;
        }
        java.util.regex.Matcher m = Regex.WARNING.matcher(formatted);
        if (!m.find(file.length() + 1)) {
            return;
        }
        long line = Long.parseLong(m.group(1));
        String msg = m.group(2);
        PyModule warnings = interp.importModule(t, "warnings");
        try {
            Ops.call(t, warnings.get("warn_explicit"), new Object[] {msg, dev.gilspy.interp.runtime.Types.get("SyntaxWarning"), file, line}, null);
        } catch (PyException e) {
            if (!Err.matches(e, dev.gilspy.interp.runtime.Types.get("SyntaxWarning"))) {
                throw e;
            }
            throw new PyException(new CompileError("SyntaxError", msg, file, (int) line, 0, null).toPython());
        }
    }

    public static Object compile(PyThread t, InterpreterState interp, Object[] a, String[] k) {
        Object source = BuiltinArgs.get(a, k, 0, "source", null);
        Object fileO = BuiltinArgs.get(a, k, 1, "filename", null);
        Object modeO = BuiltinArgs.get(a, k, 2, "mode", null);
        Object flagsO = BuiltinArgs.get(a, k, 3, "flags", 0L);
        if (source == null || fileO == null || modeO == null) {
            throw Err.type("compile() missing required argument 'source' (pos 1)");
        }
        String file = fileO instanceof PyBytes fb ? new String(fb.data(), StandardCharsets.UTF_8) : StrRepr.str(Ops.getattrOrNull(fileO, "__fspath__") != null ? Ops.call(Ops.getattr(fileO, "__fspath__")) : fileO);
        String mode = StrRepr.str(modeO);
        if (!mode.equals("exec") && !mode.equals("eval") && !mode.equals("single") && !mode.equals("func_type")) {
            throw Err.value("compile() mode must be 'exec', 'eval' or 'single'");
        }
        long flags = Ops.toLong(flagsO);
        PyModule astMod = interp.importModule(t, "_ast");
        AstNodes nodes = new AstNodes(astMod);
        if (PyType.isinstance(source, astMod.get("AST"))) {
            if ((flags & ONLY_AST) != 0) {
                return source;
            }
            PyModule helper = interp.importModule(t, "_gilspy_unparse");
            String text = StrRepr.str(Ops.call(helper.get("source"), source, mode));
            String codeMode = mode.equals("single") ? "exec" : mode;
            return new CompiledSource(text, file, codeMode);
        }
        String text;
        if (source instanceof PyBytes b) {
            text = decode(b.data());
        } else if (source instanceof String s) {
            text = s;
        } else {
            throw Err.type("compile() arg 1 must be a string, bytes or AST object");
        }
        if (text.indexOf('\0') >= 0) {
            throw Err.make(Types_SyntaxError(), "source code string cannot contain null bytes");
        }
        byte[] bytes = AstTokenizer.utf8(text);
        PyInstance tree;
        try {
            tree = parse(nodes, bytes, mode, file, text);
        } catch (PyException e) {
            if (!mode.equals("eval") && Ops.getattrOrNull(e.exc, "msg") instanceof String msg && pipelineKnowsBetter(msg)) {
                specificError(interp, text, file); // the pipeline's parser may name it: "Missing parentheses ...", ...
            }
            throw e;
        }
        if ((flags & ONLY_AST) != 0) {
            return tree;
        }
        if (!mode.equals("eval") && (flags & ALLOW_TOP_LEVEL_AWAIT) == 0) {
            checkSyntax(t, interp, text, file);
        }
        if (mode.equals("single")) {
            return new CompiledSource(displayhook(nodes, tree, bytes), file, "exec");
        }
        return new CompiledSource(text, file, mode);
    }

    /** Source bytes as text: a BOM or a coding declaration in the first two lines, else UTF-8. */
    static String decode(byte[] data) {
        int from = data.length >= 3 && (data[0] & 0xff) == 0xef && (data[1] & 0xff) == 0xbb && (data[2] & 0xff) == 0xbf ? 3 : 0;
        String head = new String(data, from, Math.min(data.length - from, 400), StandardCharsets.ISO_8859_1);
        String[] lines = head.split("\n", 3);
        java.nio.charset.Charset cs = StandardCharsets.UTF_8;
        for (int i = 0; i < Math.min(2, lines.length); i++) {
            java.util.regex.Matcher m = Regex.CODING.matcher(lines[i]);
            if (m.find()) {
                String name = m.group(1).toLowerCase(java.util.Locale.ROOT).replace('_', '-');
                if (name.startsWith("latin-1") || name.startsWith("iso-latin-1") || name.startsWith("iso-8859-1")) {
                    name = "ISO-8859-1";
                } else if (name.startsWith("utf-8")) {
                    name = "UTF-8";
                }
                try {
                    cs = java.nio.charset.Charset.forName(name);
                } catch (IllegalArgumentException e) {
                    throw new PyException(new CompileError("SyntaxError", "unknown encoding: " + m.group(1), "<unknown>", 0, 0, null).toPython());
                }
                break;
            }
            if (!lines[i].isBlank() && !lines[i].trim().startsWith("#")) {
                break;
            }
        }
        try {
            return cs.newDecoder().decode(java.nio.ByteBuffer.wrap(data, from, data.length - from)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new PyException(new CompileError("SyntaxError", "(unicode error) '" + cs.name().toLowerCase(java.util.Locale.ROOT)
                + "' codec can't decode bytes", "<unknown>", 0, 0, null).toPython());
        }
    }

    private static PyType Types_SyntaxError() {
        return dev.gilspy.interp.runtime.Types.get("SyntaxError");
    }

    /** The tree of {@code bytes} in {@code mode}; a syntax error becomes Python's SyntaxError. */
    static PyInstance parse(AstNodes nodes, byte[] bytes, String mode, String file, String text) {
        try {
            return AstParser.parse(nodes, bytes, mode);
        } catch (AstSyntaxError e) {
            String line = null;
            String[] lines = text.split("\n", -1);
            if (e.line >= 1 && e.line <= lines.length) {
                line = lines[e.line - 1] + "\n";
            }
            throw new PyException(new CompileError(e.kind, e.getMessage(), file, e.line, e.col, line, e.line, e.endCol).toPython());
        } catch (StackOverflowError e) {
            throw Err.make(dev.gilspy.interp.runtime.Types.get("RecursionError"), "maximum recursion depth exceeded during compilation");
        }
    }

    /**
     * Interactive source with each top-level expression statement passed to {@code sys.displayhook}
     * (what mode 'single' compiles them to), on the same lines.
     */
    private static String displayhook(AstNodes nodes, PyInstance tree, byte[] src) {
        java.util.List<int[]> spans = new java.util.ArrayList<>();
        int[] lineStart = lineStarts(src);
        for (Object st : ((PyList) tree.getDictAttr("body")).toArray()) {
            if (nodes.is(st, "Expr")) {
                Object v = AstNodes.get(st, "value");
                int s = lineStart[AstNodes.i(v, "lineno") - 1] + AstNodes.i(v, "col_offset");
                int e = lineStart[AstNodes.i(v, "end_lineno") - 1] + AstNodes.i(v, "end_col_offset");
                spans.add(new int[] {s, e});
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        for (int[] sp : spans) {
            out.write(src, at, sp[0] - at);
            out.writeBytes("__import__('sys').displayhook((".getBytes(StandardCharsets.US_ASCII));
            out.write(src, sp[0], sp[1] - sp[0]);
            out.writeBytes("))".getBytes(StandardCharsets.US_ASCII));
            at = sp[1];
        }
        out.write(src, at, src.length - at);
        return out.toString(StandardCharsets.UTF_8);
    }

    static int[] lineStarts(byte[] src) {
        int n = 1;
        for (byte b : src) {
            if (b == '\n') {
                n++;
            }
        }
        int[] starts = new int[n + 1];
        int k = 1;
        for (int i = 0; i < src.length; i++) {
            if (src[i] == '\n') {
                starts[k++] = i + 1;
            }
        }
        starts[n] = src.length;
        return starts;
    }

    /** The source and file a code object from {@link #compile} runs, or null for anything else. */
    public static CompiledSource compiled(Object o) {
        return o instanceof CompiledSource c ? c : null;
    }

    static Object none() {
        return PyNone.NONE;
    }
}
