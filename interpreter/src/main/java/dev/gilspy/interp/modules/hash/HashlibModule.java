package dev.gilspy.interp.modules.hash;

import dev.gilspy.interp.gil.ThreadState;
import dev.gilspy.interp.runtime.BuiltinArgs;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBuiltin;
import dev.gilspy.interp.runtime.PyBytes;
import dev.gilspy.interp.runtime.PyModule;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PySet;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.Types;
import java.util.Locale;

/**
 * {@code _hashlib} (CPython's {@code Modules/_hashopenssl.c}) on the JDK's {@link java.security.MessageDigest}
 * and our {@link Keccak}, {@link Blake2b}, {@link Blake2s}: {@code new}, the {@code openssl_*}
 * constructors {@code hashlib.py} prefers, {@code pbkdf2_hmac} (drops the GIL, as
 * {@code PKCS5_PBKDF2_HMAC} runs inside {@code Py_BEGIN_ALLOW_THREADS}), {@code hmac_new}/{@code hmac_digest}
 * that {@code hmac.py} uses, {@code compare_digest}.
 */
public final class HashlibModule {
    private HashlibModule() {}

    static final PyType HASH = HashObject.newType("HASH", "_hashlib", false);
    static final PyType HASHXOF = HashObject.newType("HASHXOF", "_hashlib", true);
    static final PyType HMAC = HmacObject.newType();
    static final PyType UNSUPPORTED = unsupportedType();

    private static PyType unsupportedType() {
        PyType t = new PyType("UnsupportedDigestmodError", new PyType[] {Types.ValueError}, PyType.Layout.EXCEPTION, false);
        t.module = "_hashlib";
        t.finishInit();
        return t;
    }

    /** The digest named {@code name} (any case), or {@code UnsupportedDigestmodError}. */
    static Digest digest(String name) {
        Digest d = Digest.create(name.toLowerCase(Locale.ROOT).replace('-', '_'));
        if (d == null) {
            throw Err.make(UNSUPPORTED, "unsupported hash type " + name);
        }
        return d;
    }

    static HashObject hashObject(Digest d, Object data) {
        HashObject h = new HashObject(d, d instanceof Keccak k && k.isShake() ? HASHXOF : HASH);
        if (data != null && data != PyNone.NONE) {
            HashObject.update(d, HashObject.data(data));
        }
        return h;
    }

    public static PyModule create() {
        PyModule m = new PyModule("_hashlib");
        m.put("HASH", HASH);
        m.put("HASHXOF", HASHXOF);
        m.put("HMAC", HMAC);
        m.put("UnsupportedDigestmodError", UNSUPPORTED);
        m.def("new", (t, a, k) -> {
            Object name = BuiltinArgs.get(a, k, 0, "name", null);
            if (name == null) {
                throw Err.type("new() missing required argument 'name' (pos 1)");
            }
            return hashObject(digest(BuiltinArgs.str(name, "new() argument 'name'")), BuiltinArgs.get(a, k, 1, "data", null));
        });
        java.util.HashSet<Object> nameSet = new java.util.HashSet<>();
        for (String n : Digest.NAMES) {
            nameSet.add(n);
            if (n.startsWith("blake2")) {
                continue;
            }
            m.def("openssl_" + n, (t, a, k) -> hashObject(Digest.create(n), BuiltinArgs.get(a, k, 0, "string", null)));
        }
        m.put("openssl_md_meth_names", new PySet(nameSet, true));
        m.def("get_fips_mode", (t, a, k) -> 0L);
        m.def("compare_digest", (t, a, k) -> compareDigest(a[0], a[1]));
        m.def("pbkdf2_hmac", (t, a, k) -> {
            String name = BuiltinArgs.str(BuiltinArgs.get(a, k, 0, "hash_name", null), "pbkdf2_hmac() argument 'hash_name'");
            byte[] password = HashObject.data(BuiltinArgs.get(a, k, 1, "password", null));
            byte[] salt = HashObject.data(BuiltinArgs.get(a, k, 2, "salt", null));
            long iterations = Ops.toLong(BuiltinArgs.get(a, k, 3, "iterations", null));
            Object dk = BuiltinArgs.get(a, k, 4, "dklen", PyNone.NONE);
            Digest proto = digest(name);
            if (iterations < 1) {
                throw Err.value("iteration value must be greater than 0.");
            }
            long dklen = dk == PyNone.NONE ? proto.digestSize() : Ops.toLong(dk);
            if (dklen < 1) {
                throw Err.value("key length must be greater than 0.");
            }
            t.ts.beginAllowThreads(ThreadState.RELEASED_NATIVE);
            try {
                return new PyBytes(Hmac.pbkdf2(proto, password, salt, iterations, (int) dklen));
            } finally {
                t.ts.endAllowThreads();
            }
        });
        m.def("hmac_digest", (t, a, k) -> {
            byte[] key = HashObject.data(BuiltinArgs.get(a, k, 0, "key", null));
            byte[] msg = HashObject.data(BuiltinArgs.get(a, k, 1, "msg", null));
            Hmac h = new Hmac(digest(digestName(BuiltinArgs.get(a, k, 2, "digest", null))), key);
            h.update(msg, 0, msg.length);
            return new PyBytes(h.digest(0));
        });
        m.def("hmac_new", (t, a, k) -> {
            byte[] key = HashObject.data(BuiltinArgs.get(a, k, 0, "key", null));
            Object msg = BuiltinArgs.get(a, k, 1, "msg", PyNone.NONE);
            Object mod = BuiltinArgs.get(a, k, 2, "digestmod", PyNone.NONE);
            if (mod == PyNone.NONE) {
                throw Err.type("Missing required parameter 'digestmod'.");
            }
            HmacObject h = new HmacObject(new Hmac(digest(digestName(mod)), key));
            if (msg != PyNone.NONE) {
                HashObject.update(h.hmac, HashObject.data(msg));
            }
            return h;
        });
        return m;
    }

    /** A digest name from a string or an {@code openssl_*} constructor, as {@code py_digest_by_digestmod} reads it. */
    static String digestName(Object mod) {
        if (mod instanceof String s) {
            return s;
        }
        if (mod instanceof PyBuiltin) {
            Object n = Ops.getattrOrNull(mod, "__name__");
            if (n instanceof String s) {
                return s.startsWith("openssl_") ? s.substring(8) : s;
            }
        }
        throw Err.make(UNSUPPORTED, "Unsupported digestmod " + dev.gilspy.interp.runtime.StrRepr.repr(mod));
    }

    /** {@code compare_digest}: ASCII str with str, or bytes-like with bytes-like, in time that does not depend on where they differ. */
    static boolean compareDigest(Object a, Object b) {
        byte[] x;
        byte[] y;
        if (a instanceof String s && b instanceof String u) {
            if (!s.chars().allMatch(c -> c < 128) || !u.chars().allMatch(c -> c < 128)) {
                throw Err.type("comparing strings with non-ASCII characters is not supported");
            }
            x = s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            y = u.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        } else if (!(a instanceof String) && !(b instanceof String) && a instanceof PyBytes pa && b instanceof PyBytes pb) {
            x = pa.data();
            y = pb.data();
        } else {
            throw Err.type("unsupported operand types(s) or combination of types: '" + Ops.typeName(a) + "' and '" + Ops.typeName(b) + "'");
        }
        return java.security.MessageDigest.isEqual(x, y);
    }

    /** The current thread's state, for modules that drop the GIL around hashing. */
    static PyThread thread() { return PyThread.current(); }
}
