package dev.gilspy.interp.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ImportScan}: the modules a module's import statements name, as the parse-ahead guesses them. */
class ImportScanTest {
    private static List<String> scan(String src, boolean skippingBodies) {
        List<Token> tokens = new Lexer(src, "<test>").skippingBodies(skippingBodies).tokenize();
        return ImportScan.imports(tokens).stream()
            .map(i -> ".".repeat(i.level()) + i.module() + (i.names().isEmpty() ? "" : " " + i.names()))
            .toList();
    }

    @Test
    void everyFormOfImportStatement() {
        String src = """
            import a.b as c, d
            from . import x, y as z
            from ..p.q import (r,
                s)
            from e import *
            import f; import g
            x = 1
            """;
        assertThat(scan(src, false)).containsExactly("a.b", "d", ". [x, y]", "..p.q [r, s]", "e", "f", "g"); // from e import *: no names to try as submodules
    }

    @Test
    void leavesOutDefBodiesExceptClausesAndTheMainBlock() {
        String src = """
            try:
                from _c import fast
            except ImportError:
                from _py import fast
            if sys.platform == 'win32':
                import nt
            class C:
                import inclass
                def m(self):
                    import inmethod
            @decorator
            def f():
                import infunction
            async def g():
                import inasync
            if __name__ == "__main__":
                import doctest
            import last
            """;
        List<String> expected = List.of("_c [fast]", "inclass", "last");
        assertThat(scan(src, false)).isEqualTo(expected);
        assertThat(scan(src, true)).isEqualTo(expected); // the library's tokens: def bodies skipped by the lexer
    }

    @Test
    void leavesOutBranchesThatAskForWindowsAndKeepsTheirNegations() {
        String src = """
            if 'posix' in _names:
                import posixpath as path
            elif 'nt' in _names:
                import ntpath as path
            if os.name != 'nt':
                import fcntl
            else:
                import msvcrt
            if not sys.platform.startswith("win"):
                import termios
            if (sys.platform == "win32" or
                    sys.platform == "cygwin"):
                import _winapi
            if sys.platform == 'darwin':
                import _osx_support
            import last
            """;
        List<String> expected = List.of("posixpath", "fcntl", "msvcrt", "termios", "_osx_support", "last");
        assertThat(scan(src, false)).isEqualTo(expected);
        assertThat(scan(src, true)).isEqualTo(expected);
    }

    @Test
    void leavesOutBranchesThatNeverRun() {
        String src = """
            _false = 0
            if _false:
                import encodings
            if False:
                import never
            if TYPE_CHECKING:
                import checker
            if typing.TYPE_CHECKING:
                import checker2
            _flag = 0
            _flag = compute()
            if _flag:
                import maybe
            if _false:
                pass
            else:
                import otherwise
            if 0 or x:
                import kept
            import last
            """;
        List<String> expected = List.of("maybe", "otherwise", "kept", "last");
        assertThat(scan(src, false)).isEqualTo(expected);
        assertThat(scan(src, true)).isEqualTo(expected);
    }
}
