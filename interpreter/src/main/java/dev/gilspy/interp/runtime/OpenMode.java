package dev.gilspy.interp.runtime;

/** The arguments of {@code open()} checked as {@code _io.open} checks them (Modules/_io/_iomodule.c). */
final class OpenMode {
    char kind;
    boolean readable;
    boolean writable;
    boolean binary;
    String encoding;
    String errors;
    String newline;
    /** buffering=0 in binary mode: a FileIO, every write going straight to the file. */
    boolean unbuffered;

    static OpenMode parse(String mode, Object[] a, String[] k) {
        OpenMode m = new OpenMode();
        boolean text = false;
        boolean plus = false;
        int kinds = 0;
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            if ("rwxabt+".indexOf(c) < 0 || mode.indexOf(c, i + 1) >= 0) {
                throw Err.value("invalid mode: '" + mode + "'");
            }
            switch (c) {
                case 'r', 'w', 'x', 'a' -> {
                    m.kind = c;
                    kinds++;
                }
                case 'b' -> m.binary = true;
                case 't' -> text = true;
                default -> plus = true;
            }
        }
        if (text && m.binary) {
            throw Err.value("can't have text and binary mode at once");
        }
        if (kinds != 1) {
            throw Err.value("must have exactly one of create/read/write/append mode");
        }
        m.readable = m.kind == 'r' || plus;
        m.writable = m.kind != 'r' || plus;
        Object enc = BuiltinArgs.get(a, k, 3, "encoding", PyNone.NONE);
        Object err = BuiltinArgs.get(a, k, 4, "errors", PyNone.NONE);
        Object nl = BuiltinArgs.get(a, k, 5, "newline", PyNone.NONE);
        Object buffering = BuiltinArgs.get(a, k, 2, "buffering", -1L);
        m.unbuffered = m.binary && Ops.isInt(buffering) && Ops.toLong(buffering) == 0;
        if (m.binary) {
            if (enc != PyNone.NONE) {
                throw Err.value("binary mode doesn't take an encoding argument");
            }
            if (err != PyNone.NONE) {
                throw Err.value("binary mode doesn't take an errors argument");
            }
            if (nl != PyNone.NONE) {
                throw Err.value("binary mode doesn't take a newline argument");
            }
        } else if (Ops.isInt(buffering) && Ops.toLong(buffering) == 0) {
            throw Err.value("can't have unbuffered text I/O");
        }
        m.encoding = enc == PyNone.NONE ? "UTF-8" : BuiltinArgs.str(enc, "open() argument 'encoding'");
        if (m.encoding.equals("locale")) {
            m.encoding = "UTF-8"; // PEP 597's "locale": the locale's encoding, UTF-8 (LC_CTYPE is C.UTF-8)
        }
        m.errors = err == PyNone.NONE ? "strict" : BuiltinArgs.str(err, "open() argument 'errors'");
        if (nl != PyNone.NONE) {
            String s = BuiltinArgs.str(nl, "open() argument 'newline'");
            if (!s.isEmpty() && !s.equals("\n") && !s.equals("\r") && !s.equals("\r\n")) {
                throw Err.value("illegal newline value: " + s);
            }
            m.newline = s;
        }
        if (!m.binary) {
            // the codec is looked up at open (LookupError for an unknown one), as TextIOWrapper does
            Ops.call(PyThread.current(), Ops.getattr("", "encode"), new Object[] {m.encoding}, null);
        }
        return m;
    }
}
