package dev.gilspy.interp.modules.posix;

import dev.gilspy.interp.runtime.BuiltinArgs;
import dev.gilspy.interp.runtime.InterpreterState;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyDiskFile;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.Types;

/**
 * {@code _io} (Modules/_io/_iomodule.c), the part written in Java: {@code open} (the builtin's files,
 * {@link PyDiskFile}), the class names its files have, {@code UnsupportedOperation},
 * {@code DEFAULT_BUFFER_SIZE}, {@code text_encoding} and {@code open_code}. gilspy's {@code io.py}
 * re-exports these beside its StringIO/BytesIO until CPython's {@code io.py} can import
 * (it needs {@code abc}).
 */
public final class IoModule {
    private IoModule() {}

    public static PyModule create(InterpreterState interp) {
        PyModule m = new PyModule("_io");
        m.put("DEFAULT_BUFFER_SIZE", 8192L);
        m.put("UnsupportedOperation", PyDiskFile.UNSUPPORTED);
        m.put("BlockingIOError", Types.get("BlockingIOError"));
        Object open = interp.builtins.get("open");
        m.put("open", open);
        for (String name : new String[] {"TextIOWrapper", "BufferedReader", "BufferedWriter", "BufferedRandom", "FileIO"}) {
            m.put(name, PyDiskFile.ioClass(name));
        }
        m.def("open_code", (t, a, k) -> Ops.call(t, open, new Object[] {BuiltinArgs.get(a, k, 0, "path", null), "rb"}, null));
        m.def("text_encoding", (t, a, k) -> {
            Object enc = BuiltinArgs.get(a, k, 0, "encoding", PyNone.NONE);
            return enc == PyNone.NONE ? "locale" : enc;
        });
        return m;
    }
}
