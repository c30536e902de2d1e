package dev.gilspy.interp.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * The modules a module's import statements name, read from its tokens without parsing: what the
 * interpreter's parse-ahead ({@code interp.ParseAhead}) compiles on its own thread while the module
 * runs. A guess, never a semantic: statements inside a {@code def}, an {@code except} clause,
 * {@code if __name__ == "__main__"}, an {@code if}/{@code elif} that asks for Windows or an {@code if} whose
 * condition is false when the module runs ({@link #neverTaken}) are left out, those under other {@code if}s
 * and {@code try} at module or class level are kept.
 */
public final class ImportScan {
    private ImportScan() {}

    /**
     * One import statement: {@code level} leading dots, the module named after {@code from} or
     * {@code import}, and for {@code from M import a, b} the names a and b (which may be submodules).
     */
    public record Import(int level, String module, List<String> names) {}

    /** The import statements of {@code tokens} in source order, those inside a def's body left out. */
    public static List<Import> imports(List<Token> tokens) {
        List<Import> out = new ArrayList<>();
        // one entry per open block: whether its imports are left out
        boolean[] inDef = new boolean[64];
        int depth = 0;
        int defDepth = 0; // how many open blocks leave their imports out
        boolean stmtStart = true;
        int opener = -1; // the index of the first token of the statement that an INDENT would open a block of
        java.util.Set<String> falseNames = new java.util.HashSet<>(); // module-level names last bound to 0, False or None
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            switch (t.kind()) {
                case NEWLINE, SKIPPED -> stmtStart = true;
                case INDENT -> {
                    boolean def = opener >= 0 && (skipsBlock(tokens, opener) || neverTaken(tokens, opener, falseNames));
                    if (depth < inDef.length) {
                        inDef[depth] = def;
                    }
                    depth++;
                    defDepth += def ? 1 : 0;
                    stmtStart = true;
                }
                case DEDENT -> {
                    if (depth > 0) {
                        depth--;
                        defDepth -= depth < inDef.length && inDef[depth] ? 1 : 0;
                    }
                    stmtStart = true;
                }
                default -> {
                    if (t.kind() == Token.Kind.OP && t.text().equals(";")) {
                        stmtStart = true;
                        continue;
                    }
                    if (!stmtStart) {
                        continue;
                    }
                    stmtStart = false;
                    if (t.kind() == Token.Kind.OP && t.text().equals("@")) {
                        continue; // a decorator line: the def that follows is the statement that opens the block
                    }
                    opener = i;
                    if (depth == 0 && t.kind() == Token.Kind.NAME && is(tokens, i + 1, "=")) {
                        if (i + 3 < n && falseLiteral(tokens.get(i + 2)) && tokens.get(i + 3).kind() == Token.Kind.NEWLINE) {
                            falseNames.add(t.text());
                        } else {
                            falseNames.remove(t.text());
                        }
                    }
                    if (defDepth == 0 && t.kind() == Token.Kind.NAME) {
                        if (t.text().equals("import")) {
                            i = importNames(tokens, i + 1, out);
                        } else if (t.text().equals("from")) {
                            i = fromImport(tokens, i + 1, out);
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * Whether the imports in the block that the statement at {@code i} opens are left out: a def's
     * body (runs later, if ever), an {@code except} clause (the fallback of an import that works) and
     * {@code if __name__ == "__main__":} (a library module's self-test, which imports doctest,
     * unittest, argparse), and an {@code if} or {@code elif} that asks for Windows ({@link #asksForWindows}).
     */
    private static boolean skipsBlock(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.kind() != Token.Kind.NAME) {
            return false;
        }
        return switch (t.text()) {
            case "def", "async", "except" -> true;
            case "if" -> is(tokens, i + 1, "__name__") || asksForWindows(tokens, i + 1);
            case "elif" -> asksForWindows(tokens, i + 1);
            default -> false;
        };
    }

    /**
     * Whether the statement at {@code i} is an {@code if} whose whole condition is false when the module
     * runs: {@code if False:}, {@code if 0:}, {@code if TYPE_CHECKING:} (or {@code typing.TYPE_CHECKING},
     * which is False at run time), or a name this module bound at its top level to 0, False or None
     * before it, as codecs.py's {@code _false = 0} and {@code if _false: import encodings} (there to tell
     * modulefinder about a dependency): the parse-ahead compiled encodings and its 400-entry alias table
     * for nothing in every program that imports codecs without decoding anything.
     */
    private static boolean neverTaken(List<Token> tokens, int i, java.util.Set<String> falseNames) {
        if (!is(tokens, i, "if")) {
            return false;
        }
        int end = i + 1;
        while (end < tokens.size() && !tokens.get(end).is(":") && tokens.get(end).kind() != Token.Kind.NEWLINE) {
            end++;
        }
        if (end == i + 2) {
            Token c = tokens.get(i + 1);
            return falseLiteral(c) || c.kind() == Token.Kind.NAME && (c.text().equals("TYPE_CHECKING") || falseNames.contains(c.text()));
        }
        return end == i + 4 && is(tokens, i + 2, ".") && is(tokens, i + 3, "TYPE_CHECKING");
    }

    private static boolean falseLiteral(Token t) {
        return t.kind() == Token.Kind.INT && t.text().equals("0") || t.kind() == Token.Kind.NAME && (t.text().equals("False") || t.text().equals("None"));
    }

    /** The platform names of Windows that a condition compares {@code os.name} or {@code sys.platform} with. */
    private static final java.util.Set<String> WINDOWS = java.util.Set.of("nt", "win32", "win", "cygwin");

    /**
     * Whether the condition from {@code i} to its colon holds one of {@link #WINDOWS} as a string and
     * neither {@code !=} nor {@code not}: {@code elif 'nt' in _names:} (os.py's branch that imports
     * ntpath, which the parse-ahead compiled in every program that imports os and none took),
     * {@code if sys.platform == "win32":}, {@code if sys.platform.startswith('win'):}. A condition that
     * negates one ({@code if os.name != 'nt':}) opens the POSIX branch and is kept.
     */
    private static boolean asksForWindows(List<Token> tokens, int i) {
        boolean windows = false;
        int depth = 0;
        for (int n = tokens.size(); i < n; i++) {
            Token t = tokens.get(i);
            if (t.kind() == Token.Kind.NEWLINE || t.kind() == Token.Kind.EOF || depth == 0 && t.is(":")) {
                return windows;
            }
            if (t.kind() == Token.Kind.OP) {
                switch (t.text()) {
                    case "(", "[", "{" -> depth++;
                    case ")", "]", "}" -> depth--;
                    case "!=" -> {
                        return false;
                    }
                    default -> { }
                }
            } else if (t.kind() == Token.Kind.NAME && t.text().equals("not")) {
                return false;
            } else if (t.kind() == Token.Kind.STRING && t.value() instanceof String v && WINDOWS.contains(v)) {
                windows = true;
            }
        }
        return windows;
    }

    /** {@code import a.b as c, d}: one Import per dotted name; the index of the last token read. */
    private static int importNames(List<Token> tokens, int i, List<Import> out) {
        while (true) {
            StringBuilder name = new StringBuilder();
            i = dotted(tokens, i, name);
            if (name.length() > 0) {
                out.add(new Import(0, name.toString(), List.of()));
            }
            if (is(tokens, i, "as")) {
                i += 2;
            }
            if (!is(tokens, i, ",")) {
                return i - 1;
            }
            i++;
        }
    }

    /** {@code from ..m import a as b, (c, d)}; the index of the last token read. */
    private static int fromImport(List<Token> tokens, int i, List<Import> out) {
        int level = 0;
        while (i < tokens.size() && tokens.get(i).kind() == Token.Kind.OP
            && (tokens.get(i).text().equals(".") || tokens.get(i).text().equals("..."))) {
            level += tokens.get(i).text().length();
            i++;
        }
        StringBuilder module = new StringBuilder();
        if (!is(tokens, i, "import")) { // from . import x: no module name, and import is a NAME token
            i = dotted(tokens, i, module);
        }
        if (!is(tokens, i, "import")) {
            return i - 1;
        }
        i++;
        List<String> names = new ArrayList<>();
        if (is(tokens, i, "(")) {
            i++;
        }
        while (i < tokens.size() && tokens.get(i).kind() == Token.Kind.NAME) {
            names.add(tokens.get(i).text());
            i++;
            if (is(tokens, i, "as")) {
                i += 2;
            }
            if (!is(tokens, i, ",")) {
                break;
            }
            i++;
        }
        out.add(new Import(level, module.toString(), names));
        return i - 1;
    }

    /** A dotted name from {@code i} into {@code name}; the index after it. */
    private static int dotted(List<Token> tokens, int i, StringBuilder name) {
        while (i < tokens.size() && tokens.get(i).kind() == Token.Kind.NAME) {
            name.append(tokens.get(i).text());
            i++;
            if (!is(tokens, i, ".")) {
                break;
            }
            name.append('.');
            i++;
        }
        return i;
    }

    private static boolean is(List<Token> tokens, int i, String text) {
        return i < tokens.size() && tokens.get(i).is(text);
    }
}
