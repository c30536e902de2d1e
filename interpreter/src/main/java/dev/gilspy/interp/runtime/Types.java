package dev.gilspy.interp.runtime;

import java.util.HashMap;
import java.util.Map;

/**
 * The built-in types and the built-in exception hierarchy. They are immutable once initialised
 * (CPython forbids setting attributes on them too), so every interpreter shares them.
 */
public final class Types {
    private Types() {}

    static final Map<String, PyType> BY_NAME = new HashMap<>();

    static PyType builtin(String name, PyType base, PyType.Layout layout) {
        PyType t = new PyType(name, base == null ? new PyType[0] : new PyType[] {base}, layout, true);
        BY_NAME.put(name, t);
        return t;
    }

    static PyType builtin(String name) { return builtin(name, OBJECT, PyType.Layout.BUILTIN); }

    public static final PyType OBJECT = builtin("object", null, PyType.Layout.OBJECT);
    public static final PyType TYPE = builtin("type");
    public static final PyType INT = builtin("int");
    public static final PyType BOOL = builtin("bool", INT, PyType.Layout.BUILTIN);
    public static final PyType FLOAT = builtin("float");
    public static final PyType COMPLEX = builtin("complex");
    public static final PyType STR = builtin("str");
    public static final PyType BYTES = builtin("bytes");
    public static final PyType BYTEARRAY = builtin("bytearray");
    public static final PyType LIST = builtin("list");
    public static final PyType TUPLE = builtin("tuple");
    public static final PyType DICT = builtin("dict");
    public static final PyType SET = builtin("set");
    public static final PyType FROZENSET = builtin("frozenset");
    public static final PyType NONETYPE = builtin("NoneType");
    public static final PyType FUNCTION = builtin("function");
    public static final PyType BUILTIN_FUNCTION = builtin("builtin_function_or_method");
    public static final PyType METHOD = builtin("method");
    public static final PyType MODULE = builtin("module");
    public static final PyType GENERATOR = builtin("generator");
    public static final PyType RANGE = builtin("range");
    public static final PyType SLICE = builtin("slice");
    public static final PyType PROPERTY = builtin("property");
    public static final PyType STATICMETHOD = builtin("staticmethod");
    public static final PyType CLASSMETHOD = builtin("classmethod");
    public static final PyType SUPER = builtin("super");
    public static final PyType ITERATOR = builtin("iterator");
    public static final PyType ENUMERATE = builtin("enumerate");
    public static final PyType ZIP = builtin("zip");
    public static final PyType MAP = builtin("map");
    public static final PyType FILTER = builtin("filter");
    public static final PyType REVERSED = builtin("reversed");
    public static final PyType DICT_KEYS = builtin("dict_keys");
    public static final PyType DICT_VALUES = builtin("dict_values");
    public static final PyType DICT_ITEMS = builtin("dict_items");
    public static final PyType NOTIMPL_TYPE = builtin("NotImplementedType");
    public static final PyType ELLIPSIS_TYPE = builtin("ellipsis");
    public static final PyType TRACEBACK = builtin("traceback");
    public static final PyType FRAME = builtin("frame");
    public static final PyType CODE = builtin("code");
    public static final PyType CELL = builtin("cell");
    public static final PyType FILE = builtin("TextIOWrapper");

    public static final PyObj NOT_IMPLEMENTED = new Singleton(NOTIMPL_TYPE, "NotImplemented");
    public static final PyObj ELLIPSIS = new Singleton(ELLIPSIS_TYPE, "Ellipsis");

    static final class Singleton extends PyObj {
        private final PyType type;
        private final String repr;
        Singleton(PyType type, String repr) { this.type = type; this.repr = repr; }
        @Override public PyType type() { return type; }
        @Override public String toString() { return repr; }
    }

    static PyType exc(String name, PyType base) {
        PyType t = new PyType(name, base == null ? new PyType[] {OBJECT} : new PyType[] {base},
            PyType.Layout.EXCEPTION, true);
        BY_NAME.put(name, t);
        return t;
    }

    public static final PyType BaseException = exc("BaseException", null);
    public static final PyType SystemExit = exc("SystemExit", BaseException);
    public static final PyType KeyboardInterrupt = exc("KeyboardInterrupt", BaseException);
    public static final PyType GeneratorExit = exc("GeneratorExit", BaseException);
    public static final PyType Exception = exc("Exception", BaseException);
    public static final PyType StopIteration = exc("StopIteration", Exception);
    public static final PyType ArithmeticError = exc("ArithmeticError", Exception);
    public static final PyType OverflowError = exc("OverflowError", ArithmeticError);
    public static final PyType ZeroDivisionError = exc("ZeroDivisionError", ArithmeticError);
    public static final PyType AssertionError = exc("AssertionError", Exception);
    public static final PyType AttributeError = exc("AttributeError", Exception);
    public static final PyType ImportError = exc("ImportError", Exception);
    public static final PyType LookupError = exc("LookupError", Exception);
    public static final PyType IndexError = exc("IndexError", LookupError);
    public static final PyType KeyError = exc("KeyError", LookupError);
    public static final PyType NameError = exc("NameError", Exception);
    public static final PyType OSError = exc("OSError", Exception);
    public static final PyType RuntimeError = exc("RuntimeError", Exception);
    public static final PyType RecursionError = exc("RecursionError", RuntimeError);
    public static final PyType NotImplementedError = exc("NotImplementedError", RuntimeError);
    public static final PyType SyntaxErrorType = exc("SyntaxError", Exception);
    public static final PyType TypeError = exc("TypeError", Exception);
    public static final PyType ValueError = exc("ValueError", Exception);
    public static final PyType UnicodeError = exc("UnicodeError", ValueError);
    public static final PyType Warning = exc("Warning", Exception);

    static {
        exc("StopAsyncIteration", Exception);
        exc("FloatingPointError", ArithmeticError);
        exc("BufferError", Exception);
        exc("EOFError", Exception);
        exc("ModuleNotFoundError", ImportError);
        exc("MemoryError", Exception);
        exc("UnboundLocalError", NameError);
        exc("BlockingIOError", OSError);
        exc("ChildProcessError", OSError);
        PyType conn = exc("ConnectionError", OSError);
        exc("BrokenPipeError", conn);
        exc("ConnectionAbortedError", conn);
        exc("ConnectionRefusedError", conn);
        exc("ConnectionResetError", conn);
        exc("FileExistsError", OSError);
        exc("FileNotFoundError", OSError);
        exc("InterruptedError", OSError);
        exc("IsADirectoryError", OSError);
        exc("NotADirectoryError", OSError);
        exc("PermissionError", OSError);
        exc("ProcessLookupError", OSError);
        exc("TimeoutError", OSError);
        exc("ReferenceError", Exception);
        PyType ind = exc("IndentationError", SyntaxErrorType);
        exc("TabError", ind);
        exc("SystemError", Exception);
        exc("UnicodeDecodeError", UnicodeError);
        exc("UnicodeEncodeError", UnicodeError);
        exc("UnicodeTranslateError", UnicodeError);
        for (String w : new String[] {"DeprecationWarning", "UserWarning", "RuntimeWarning", "FutureWarning",
            "PendingDeprecationWarning", "SyntaxWarning", "ImportWarning", "UnicodeWarning", "BytesWarning",
            "ResourceWarning", "EncodingWarning"}) {
            exc(w, Warning);
        }
        ExceptionGroups.create();
        Methods.installAll();
        for (PyType t : BY_NAME.values()) {
            t.finishInit();
        }
    }

    /** A built-in type or exception by name, or null. */
    public static PyType get(String name) { return BY_NAME.get(name); }

    public static Map<String, PyType> all() { return BY_NAME; }
}
