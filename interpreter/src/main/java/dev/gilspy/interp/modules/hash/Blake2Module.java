package dev.gilspy.interp.modules.hash;

import dev.gilspy.interp.runtime.BuiltinArgs;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyType;

/**
 * {@code _blake2} (CPython's {@code Modules/_blake2/}): the {@code blake2b} and {@code blake2s} types,
 * which {@code hashlib.py} always takes from here rather than from {@code _hashlib}.
 */
public final class Blake2Module {
    private Blake2Module() {}

    static final PyType BLAKE2B = type("blake2b", true);
    static final PyType BLAKE2S = type("blake2s", false);

    private static PyType type(String name, boolean big) {
        PyType t = HashObject.newType(name, "_blake2", false);
        int maxDigest = big ? 64 : 32;
        int saltSize = big ? 16 : 8;
        t.define("SALT_SIZE", (long) saltSize);
        t.define("PERSON_SIZE", (long) saltSize);
        t.define("MAX_KEY_SIZE", (long) maxDigest);
        t.define("MAX_DIGEST_SIZE", (long) maxDigest);
        t.ctor = (th, cls, a, k) -> {
            long size = Ops.toLong(BuiltinArgs.get(a, k, 99, "digest_size", (long) maxDigest));
            if (size < 1 || size > maxDigest) {
                throw Err.value("digest_size must be between 1 and " + maxDigest + " bytes");
            }
            byte[] key = bytesArg(a, k, "key", maxDigest, "maximum key length is " + maxDigest + " bytes");
            byte[] salt = bytesArg(a, k, "salt", saltSize, "maximum salt length is " + saltSize + " bytes");
            byte[] person = bytesArg(a, k, "person", saltSize, "maximum person length is " + saltSize + " bytes");
            Blake2b.Tree tree = new Blake2b.Tree((int) intArg(a, k, "fanout", 1), (int) intArg(a, k, "depth", 1),
                intArg(a, k, "leaf_size", 0), intArg(a, k, "node_offset", 0), (int) intArg(a, k, "node_depth", 0),
                (int) intArg(a, k, "inner_size", 0), Ops.truthy(BuiltinArgs.get(a, k, 99, "last_node", false)));
            if (tree.fanout() < 0 || tree.fanout() > 255) {
                throw Err.value("fanout must be between 0 and 255");
            }
            if (tree.depth() <= 0 || tree.depth() > 255) {
                throw Err.value("depth must be between 1 and 255");
            }
            Digest d = big ? new Blake2b((int) size, key, salt, person, tree) : new Blake2s((int) size, key, salt, person, tree);
            HashObject h = new HashObject(d, cls);
            Object data = BuiltinArgs.get(a, k, 0, "data", PyNone.NONE);
            if (data != PyNone.NONE) {
                HashObject.update(d, HashObject.data(data));
            }
            return h;
        };
        return t;
    }

    private static byte[] bytesArg(Object[] a, String[] k, String name, int max, String tooLong) {
        Object v = BuiltinArgs.kw(a, k, name);
        if (v == null) {
            return null;
        }
        byte[] b = HashObject.data(v);
        if (b.length > max) {
            throw Err.value(tooLong);
        }
        return b;
    }

    private static long intArg(Object[] a, String[] k, String name, long def) {
        Object v = BuiltinArgs.kw(a, k, name);
        return v == null ? def : Ops.toLong(v);
    }

    public static PyModule create() {
        PyModule m = new PyModule("_blake2");
        m.put("blake2b", BLAKE2B);
        m.put("blake2s", BLAKE2S);
        m.put("BLAKE2B_SALT_SIZE", 16L);
        m.put("BLAKE2B_PERSON_SIZE", 16L);
        m.put("BLAKE2B_MAX_KEY_SIZE", 64L);
        m.put("BLAKE2B_MAX_DIGEST_SIZE", 64L);
        m.put("BLAKE2S_SALT_SIZE", 8L);
        m.put("BLAKE2S_PERSON_SIZE", 8L);
        m.put("BLAKE2S_MAX_KEY_SIZE", 32L);
        m.put("BLAKE2S_MAX_DIGEST_SIZE", 32L);
        return m;
    }
}
