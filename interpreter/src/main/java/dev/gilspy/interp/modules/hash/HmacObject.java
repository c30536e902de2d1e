package dev.gilspy.interp.modules.hash;

import dev.gilspy.interp.runtime.PyBuiltin;
import dev.gilspy.interp.runtime.PyBytes;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyObj;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.Types;

/** {@code _hashlib.HMAC}, what {@code hmac_new} returns and {@code hmac.HMAC} wraps. */
final class HmacObject extends PyObj {
    final Hmac hmac;

    HmacObject(Hmac hmac) { this.hmac = hmac; }

    @Override public PyType type() { return HashlibModule.HMAC; }

    static PyType newType() {
        PyType t = new PyType("HMAC", new PyType[] {Types.OBJECT}, PyType.Layout.BUILTIN, true);
        t.module = "_hashlib";
        t.define("update", new PyBuiltin("update", (th, a, k) -> {
            HashObject.update(((HmacObject) a[0]).hmac, HashObject.data(a[1]));
            return PyNone.NONE;
        }));
        t.define("digest", new PyBuiltin("digest", (th, a, k) -> new PyBytes(digest(a[0]))));
        t.define("hexdigest", new PyBuiltin("hexdigest", (th, a, k) -> HashObject.hex(digest(a[0]))));
        t.define("copy", new PyBuiltin("copy", (th, a, k) -> {
            Hmac h = ((HmacObject) a[0]).hmac;
            synchronized (h) {
                return new HmacObject((Hmac) h.copy());
            }
        }));
        t.defineGetter("name", o -> ((HmacObject) o).hmac.name());
        t.defineGetter("digest_size", o -> (long) ((HmacObject) o).hmac.digestSize());
        t.defineGetter("block_size", o -> (long) ((HmacObject) o).hmac.blockSize());
        t.finishInit();
        return t;
    }

    private static byte[] digest(Object o) {
        Hmac h = ((HmacObject) o).hmac;
        synchronized (h) {
            return h.digest(0);
        }
    }
}
