package dev.gilspy.interp.modules.hash;

import dev.gilspy.interp.gil.ThreadState;
import dev.gilspy.interp.runtime.BuiltinArgs;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBuiltin;
import dev.gilspy.interp.runtime.PyBytes;
import dev.gilspy.interp.runtime.PyObj;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.Types;

/**
 * A hash object ({@code _hashlib.HASH}, {@code HASHXOF}, {@code _blake2.blake2b}...): update, digest,
 * hexdigest, copy, name, digest_size, block_size. {@link #update} drops the GIL for inputs of
 * {@link #GIL_MINSIZE} bytes or more, as CPython's {@code EVP_update} does under {@code HASHLIB_GIL_MINSIZE}
 * ({@code Modules/hashlib.h}), holding the object's own lock meanwhile as {@code ENTER_HASHLIB} does.
 */
public final class HashObject extends PyObj {
    /** {@code HASHLIB_GIL_MINSIZE}: smaller inputs are hashed with the GIL held. */
    public static final int GIL_MINSIZE = 2048;

    final Digest digest;
    private final PyType type;

    HashObject(Digest digest, PyType type) {
        this.digest = digest;
        this.type = type;
    }

    @Override public PyType type() { return type; }

    static byte[] data(Object o) {
        if (o instanceof String) {
            throw Err.type("Strings must be encoded before hashing");
        }
        if (o instanceof PyBytes b) {
            return b.data();
        }
        if (o instanceof dev.gilspy.interp.runtime.BufferExporter) {
            return dev.gilspy.interp.runtime.PyMemoryView.of(o).toByteArray(); // an mmap
        }
        Object tb = Ops.getattrOrNull(o, "tobytes");
        if (tb != null && Ops.call(tb) instanceof PyBytes b) {
            return b.data();
        }
        throw Err.type("object supporting the buffer API required");
    }

    /** Hashes {@code b} into {@code d}; without the GIL when {@code b} is large. */
    static void update(Digest d, byte[] b) {
        synchronized (d) {
            if (b.length < GIL_MINSIZE) {
                d.update(b, 0, b.length);
                return;
            }
            PyThread t = PyThread.current();
            t.ts.beginAllowThreads(ThreadState.RELEASED_NATIVE);
            try {
                d.update(b, 0, b.length);
            } finally {
                t.ts.endAllowThreads();
            }
        }
    }

    static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder(b.length * 2);
        for (byte x : b) {
            sb.append(Character.forDigit((x >> 4) & 0xf, 16)).append(Character.forDigit(x & 0xf, 16));
        }
        return sb.toString();
    }

    /** A new built-in type {@code module.name} with the hash methods; {@code xof} for SHAKE's digest(length). */
    static PyType newType(String name, String module, boolean xof) {
        PyType t = new PyType(name, new PyType[] {Types.OBJECT}, PyType.Layout.BUILTIN, true);
        t.module = module;
        t.define("update", new PyBuiltin("update", (th, a, k) -> {
            BuiltinArgs.check("update", a, k, 2, 2);
            update(((HashObject) a[0]).digest, data(a[1]));
            return dev.gilspy.interp.runtime.PyNone.NONE;
        }));
        t.define("digest", new PyBuiltin("digest", (th, a, k) -> new PyBytes(digestOf(a, k, xof))));
        t.define("hexdigest", new PyBuiltin("hexdigest", (th, a, k) -> hex(digestOf(a, k, xof))));
        t.define("copy", new PyBuiltin("copy", (th, a, k) -> {
            HashObject h = (HashObject) a[0];
            synchronized (h.digest) {
                return new HashObject(h.digest.copy(), h.type);
            }
        }));
        t.defineGetter("name", o -> ((HashObject) o).digest.name());
        t.defineGetter("digest_size", o -> (long) ((HashObject) o).digest.digestSize());
        t.defineGetter("block_size", o -> (long) ((HashObject) o).digest.blockSize());
        t.define("__repr__", new PyBuiltin("__repr__", (th, a, k) -> "<" + ((HashObject) a[0]).digest.name() + " "
            + (module.equals("builtins") ? "" : module + ".") + name + " object @ 0x" + Integer.toHexString(System.identityHashCode(a[0])) + ">"));
        t.finishInit();
        return t;
    }

    private static byte[] digestOf(Object[] a, String[] k, boolean xof) {
        HashObject h = (HashObject) a[0];
        int length = 0;
        if (xof) {
            Object l = BuiltinArgs.get(a, k, 1, "length", null);
            if (l == null) {
                throw Err.type("digest() missing required argument 'length' (pos 1)");
            }
            long n = Ops.toLong(l);
            if (n < 0) {
                throw Err.value("length must be non-negative");
            }
            length = (int) n;
        }
        synchronized (h.digest) {
            return h.digest.digest(length);
        }
    }
}
