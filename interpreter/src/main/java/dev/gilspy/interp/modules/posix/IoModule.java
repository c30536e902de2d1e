package dev.gilspy.interp.modules.posix;

import dev.gilspy.interp.runtime.BuiltinArgs;
import dev.gilspy.interp.runtime.InterpreterState;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyDiskFile;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.Types;

/**
 * {@code _io} (Modules/_io/_iomodule.c), the part written in Java: {@code open} (the builtin's files,
 * {@link PyDiskFile}), the class names its files have, {@code UnsupportedOperation},
 * {@code DEFAULT_BUFFER_SIZE}, {@code text_encoding} and {@code open_code}; and, from gilspy's
 * {@code _gilspy_io.py}, the base classes, StringIO, BytesIO, IncrementalNewlineDecoder and
 * BufferedRWPair. These are every name CPython's {@code io.py} imports from {@code _io}; until that
 * file can import ({@code abc}), gilspy's {@code io.py} re-exports them.
 */
public final class IoModule {
    private IoModule() {}

    public static PyModule create(InterpreterState interp) {
        PyModule m = new PyModule("_io");
        dev.gilspy.interp.runtime.TextOverBuffer.install();
        m.put("DEFAULT_BUFFER_SIZE", 8192L);
        m.put("UnsupportedOperation", PyDiskFile.UNSUPPORTED);
        m.put("BlockingIOError", Types.get("BlockingIOError"));
        Object open = interp.builtins.get("open");
        m.put("open", open);
        for (String name : new String[] {"TextIOWrapper", "BufferedReader", "BufferedWriter", "BufferedRandom", "FileIO"}) {
            dev.gilspy.interp.runtime.PyType cls = PyDiskFile.ioClass(name);
            m.put(name, cls);
            if (cls.ctor == null) {
                // io.TextIOWrapper(buffer) & co. over a buffer that is not one of open()'s files (a pipe's,
                // as subprocess wraps them): CPython's own _pyio class of that name builds it
                cls.ctor = (t, c, a, k) -> Ops.call(t, interp.importModule(t, "_pyio").get(name), a, k);
                dev.gilspy.interp.runtime.ClassBuilder.standInForSubclasses(cls,
                    () -> PyThread.current().interp.importModule(PyThread.current(), "_pyio").get(name));
            }
        }
        // TextIOWrapper(buffer, ...) over a binary stream the program opened (tokenize.open, so linecache,
        // traceback and warnings): CPython's own pure-Python _pyio.TextIOWrapper serves that case
        PyDiskFile.ioClass("TextIOWrapper").ctor = (t, cls, a, k) -> Ops.call(t,
            Ops.getattr(t.interp.importModule(t, "_pyio"), "TextIOWrapper"), a, k);
        dev.gilspy.interp.runtime.ClassBuilder.standInForSubclasses(PyDiskFile.ioClass("TextIOWrapper"),
            () -> PyThread.current().interp.importModule(PyThread.current(), "_pyio").get("TextIOWrapper"));
        // the part written in Python: the base classes, StringIO, BytesIO, IncrementalNewlineDecoder, BufferedRWPair
        PyModule py = interp.importModule(PyThread.current(), "_gilspy_io");
        String[][] names = {{"_IOBase", "IOBase"}, {"_RawIOBase", "RawIOBase"}, {"_BufferedIOBase", "BufferedIOBase"},
            {"_TextIOBase", "TextIOBase"}, {"StringIO", "StringIO"}, {"BytesIO", "BytesIO"},
            {"IncrementalNewlineDecoder", "IncrementalNewlineDecoder"}, {"BufferedRWPair", "BufferedRWPair"}};
        for (String[] n : names) {
            m.put(n[0], py.get(n[1]));
        }
        BytesIOFastPaths.install((dev.gilspy.interp.runtime.PyType) py.get("BytesIO"));
        m.def("open_code", (t, a, k) -> Ops.call(t, open, new Object[] {BuiltinArgs.get(a, k, 0, "path", null), "rb"}, null));
        m.def("text_encoding", (t, a, k) -> {
            Object enc = BuiltinArgs.get(a, k, 0, "encoding", PyNone.NONE);
            return enc == PyNone.NONE ? "locale" : enc;
        });
        return m;
    }
}
