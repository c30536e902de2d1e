package dev.gilspy.interp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Interpreter behaviours the stdlib's pure-Python modules rely on, each pinned to CPython 3.11's output. */
class CPythonParityTest {
    private static String out(String src) {
        Py.Result r = Py.run(src);
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        return r.out();
    }

    @Test
    void intTrueDivisionRoundsOnceLikeCPython() {
        // both operands beyond 2**53: converting each to double first gives 3.333333333333333
        assertThat(out("print((10**20+1)/(3*10**19), 3602879701896397 * 2 / 36028797018963968, 10**400 // 3 / 10**399, -7/2)\n"))
            .isEqualTo("3.3333333333333335 0.2 3.3333333333333335 -3.5\n");
        Py.Result r = Py.run("print(10**400 / 3)\n");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.lastErrLine()).isEqualTo("OverflowError: integer division result too large for a float");
    }

    @Test
    void strCountHonoursStartAndEnd() {
        assertThat(out("s = 'a\\nb\\nc'\nprint(s.count('\\n', 0, 2), s.count('\\n', 2), s.count('', 1, 3), s.count('x', 4, 1))\n"))
            .isEqualTo("1 1 3 0\n");
    }

    @Test
    void numericHashesMatchCPython() {
        assertThat(out("print(hash(3.5), hash(0.1), hash(-2.5), hash(float('inf')), hash(2**61), hash(-(2**70)), hash(5e-324))\n"))
            .isEqualTo("1152921504606846979 230584300921369408 -1152921504606846978 314159 1 -512 16777216\n");
    }

    @Test
    void frexpAndLdexpRoundTrip() {
        assertThat(out("import math\nprint(math.frexp(8.0), math.frexp(-0.1), math.frexp(5e-324), math.frexp(0.0), math.ldexp(0.5, 4), math.ldexp(1, -1074))\n"))
            .isEqualTo("(0.5, 4) (-0.8, -3) (0.5, -1073) (0.0, 0) 8.0 5e-324\n");
        Py.Result r = Py.run("import math\nmath.ldexp(1.0, 2000)\n");
        assertThat(r.lastErrLine()).isEqualTo("OverflowError: math range error");
    }

    @Test
    void functionsKeepTheirAnnotations() {
        assertThat(out("def f(a: int, *r: str, k: 'x' = 1, **kw: bool) -> list: pass\ndef g(): pass\n"
            + "g.__annotations__['q'] = 1\nprint(f.__annotations__, g.__annotations__, g.__dict__)\n"))
            .isEqualTo("{'a': <class 'int'>, 'r': <class 'str'>, 'k': 'x', 'kw': <class 'bool'>, 'return': <class 'list'>} {'q': 1} {}\n");
    }

    @Test
    void printWritesEachPieceToAFileLikeObject() {
        assertThat(out("class W:\n    def __init__(self): self.parts = []\n    def write(self, s): self.parts.append(s)\n"
            + "w = W()\nprint('a', 1, sep='-', file=w)\nprint(file=w)\nprint(w.parts)\n"))
            .isEqualTo("['a', '-', '1', '\\n', '\\n']\n");
    }

    @Test
    void atexitCallbacksRunAfterTheMainModuleLastRegisteredFirst() {
        assertThat(out("import atexit\natexit.register(print, 'second')\natexit.register(print, 'first')\nprint('main')\n"))
            .isEqualTo("main\nfirst\nsecond\n");
    }

    @Test
    void rangeIsASequenceForHasattr() {
        assertThat(out("r = range(2, 10, 3)\nprint(hasattr(r, '__getitem__'), r.__getitem__(1), r.__contains__(5), r.__contains__(6))\n"))
            .isEqualTo("True 5 True False\n");
    }

    @Test
    void literalMisuseGivesCPythonsSyntaxWarnings() {
        Py.Result r = Py.run("x = 1\nif x is 1:\n    pass\ntry:\n    None()\nexcept TypeError as e:\n    print(e)\n");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("'NoneType' object is not callable\n");
        assertThat(r.err()).contains(":2: SyntaxWarning: \"is\" with a literal. Did you mean \"==\"?\n  if x is 1:\n")
            .contains(":5: SyntaxWarning: 'NoneType' object is not callable; perhaps you missed a comma?\n  None()\n");
        assertThat(Py.run("x = None\nprint(x is None, x is not True, x is ...)\n").err()).isEmpty();
    }

    @Test
    void signedToBytesAndFromBytesUseTwosComplement() {
        assertThat(out("print((-5).to_bytes(2, 'little', signed=True), int.from_bytes(b'\\xfb\\xff', 'little', signed=True), "
            + "int.from_bytes(b'\\xff', 'big'), (-(2**70)).to_bytes(10, 'big', signed=True).hex())\n"))
            .isEqualTo("b'\\xfb\\xff' -5 255 ffc00000000000000000\n");
        assertThat(Py.run("(-1).to_bytes(2, 'big')\n").lastErrLine()).isEqualTo("OverflowError: can't convert negative int to unsigned");
        assertThat(Py.run("(128).to_bytes(1, 'big', signed=True)\n").lastErrLine()).isEqualTo("OverflowError: int too big to convert");
        assertThat(Py.run("(1).to_bytes(1, 'middle')\n").lastErrLine()).isEqualTo("ValueError: byteorder must be either 'little' or 'big'");
    }

    @Test
    void keysAndItemsViewsCompareAsSets() {
        assertThat(out("a = {'x': 1, 'y': 2}\nprint(a.keys() == {'x', 'y'}, a.keys() <= {'x', 'y', 'z'}, a.keys() < {'x'}, "
            + "a.items() >= {('x', 1)}, a.keys() == {'y': 0, 'x': 0}.keys(), a.keys().isdisjoint(['q']), a.values() == a.values())\n"))
            .isEqualTo("True True False True True True False\n");
    }

    @Test
    void whitespaceSplitWithMaxsplitKeepsTheRemainderAsIs() {
        assertThat(out("print('  a  b  c  '.split(None, 1), '  a b c  '.rsplit(None, 1), ' a '.split(None, 0))\n"))
            .isEqualTo("['a', 'b  c  '] ['  a b', 'c'] ['a ']\n");
    }

    @Test
    void userDataDescriptorsTakeAssignmentsAndDeletions() {
        String src = """
            class Positive:
                def __set_name__(self, owner, name): self.name = '_' + name
                def __get__(self, obj, objtype=None): return getattr(obj, self.name, 0)
                def __set__(self, obj, v):
                    if v < 0: raise ValueError('negative')
                    setattr(obj, self.name, v)
                def __delete__(self, obj): print('delete', self.name)
            class P:
                x = Positive()
            p = P()
            p.x = 3
            print(p.x, vars(p))
            try:
                p.x = -1
            except ValueError as e:
                print(e, p.x)
            object.__setattr__(p, 'x', 7)
            del p.x
            print(p.x)
            """;
        assertThat(out(src)).isEqualTo("3 {'_x': 3}\nnegative 3\ndelete _x\n7\n");
    }

    @Test
    void slotsWithoutDictRejectOtherAttributes() {
        Py.Result r = Py.run("class S:\n    __slots__ = ('a',)\nclass T(S):\n    __slots__ = 'b'\nt = T()\nt.a = 1\nt.b = 2\nprint(t.a, t.b)\nt.c = 3\n");
        assertThat(r.out()).isEqualTo("1 2\n");
        assertThat(r.lastErrLine()).isEqualTo("AttributeError: 'T' object has no attribute 'c'");
        assertThat(out("class S:\n    __slots__ = ('a',)\nclass U(S):\n    pass\nu = U()\nu.c = 3\nprint(u.c)\n")).isEqualTo("3\n");
    }

    @Test
    void classKeywordsReachInitSubclassAfterSetName() {
        String src = """
            class D:
                def __set_name__(self, owner, name): print('set_name', name)
            class Base:
                def __init_subclass__(cls, tag=None, **kw):
                    super().__init_subclass__(**kw)
                    print('init_subclass', cls.__name__, tag)
            class A(Base, tag='a'):
                d = D()
            """;
        assertThat(out(src)).isEqualTo("set_name d\ninit_subclass A a\n");
        assertThat(Py.run("class A(tag=1):\n    pass\n").lastErrLine())
            .isEqualTo("TypeError: A.__init_subclass__() takes no keyword arguments");
    }
}
