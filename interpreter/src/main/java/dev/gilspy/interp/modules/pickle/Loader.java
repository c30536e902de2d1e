package dev.gilspy.interp.modules.pickle;

import dev.gilspy.interp.runtime.Attr;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBytes;
import dev.gilspy.interp.runtime.PyDict;
import dev.gilspy.interp.runtime.PyList;
import dev.gilspy.interp.runtime.PyMemoryView;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PySet;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.StrRepr;
import dev.gilspy.interp.runtime.Types;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** One {@code load}: Modules/_pickle.c's {@code load} loop, an opcode at a time, over a stack with marks. */
final class Loader {
    private final UnpicklerObj u;
    private final PyThread t;
    private Object[] stack = new Object[32];
    private int sp;
    private int[] marks = new int[8];
    private int nm;
    private final Object findClass;

    Loader(UnpicklerObj u, PyThread t) {
        this.u = u;
        this.t = t;
        Object fc = u.type().lookup("find_class");
        PyDict own = Attr.instanceDict(u);
        boolean overridden = fc != UnpicklerObj.TYPE.lookup("find_class") || own != null && own.containsKey("find_class");
        findClass = overridden ? Ops.getattr(u, "find_class") : null;
    }

    private static RuntimeException error(String msg) {
        return Err.make(PickleModule.UnpicklingError, msg);
    }

    private void push(Object o) {
        if (sp == stack.length) {
            stack = Arrays.copyOf(stack, sp * 2);
        }
        stack[sp++] = o;
    }

    private Object pop() {
        if (sp <= (nm > 0 ? marks[nm - 1] : 0)) {
            throw error("unpickling stack underflow");
        }
        Object o = stack[--sp];
        stack[sp] = null;
        return o;
    }

    private Object top() {
        if (sp <= (nm > 0 ? marks[nm - 1] : 0)) {
            throw error("unpickling stack underflow");
        }
        return stack[sp - 1];
    }

    private int marker() {
        if (nm == 0) {
            throw error("could not find MARK");
        }
        return marks[--nm];
    }

    private Object[] popMark() {
        int m = marker();
        Object[] items = Arrays.copyOfRange(stack, m, sp);
        Arrays.fill(stack, m, sp, null);
        sp = m;
        return items;
    }

    private int u8() {
        int o = u.need(t, 1);
        return u.in[o] & 0xff;
    }

    private long le(int n) {
        int o = u.need(t, n);
        long v = 0;
        for (int i = n - 1; i >= 0; i--) {
            v = (v << 8) | (u.in[o + i] & 0xff);
        }
        return v;
    }

    private String lineStr() {
        int o = u.line(t);
        return new String(u.in, o, u.lineLen, StandardCharsets.ISO_8859_1);
    }

    private int size(long n, String what) {
        if (n > Integer.MAX_VALUE - 16) {
            throw error(what + " exceeds system's maximum size of " + Integer.MAX_VALUE + " bytes");
        }
        return (int) n;
    }

    Object load() {
        sp = 0;
        nm = 0;
        u.proto = 0;
        while (true) {
            int code = u.opcode(t);
            switch (code) {
                case -1 -> throw Err.make(Types.get("EOFError"), "Ran out of input");
                case Op.STOP -> {
                    Object v = pop();
                    return v;
                }
                case Op.PROTO -> {
                    int p = u8();
                    if (p > Op.HIGHEST_PROTOCOL) {
                        throw Err.value("unsupported pickle protocol: " + p);
                    }
                    u.proto = p;
                }
                case Op.FRAME -> u.prefetch(t, le(8));
                case Op.MARK -> {
                    if (nm == marks.length) {
                        marks = Arrays.copyOf(marks, nm * 2);
                    }
                    marks[nm++] = sp;
                }
                case Op.POP -> {
                    if (nm > 0 && marks[nm - 1] >= sp) {
                        nm--;
                    } else if (sp > 0) {
                        stack[--sp] = null;
                    } else {
                        throw error("unpickling stack underflow");
                    }
                }
                case Op.POP_MARK -> popMark();
                case Op.DUP -> push(top());
                case Op.NONE -> push(PyNone.NONE);
                case Op.NEWTRUE -> push(Boolean.TRUE);
                case Op.NEWFALSE -> push(Boolean.FALSE);
                case Op.BININT -> push((long) (int) le(4));
                case Op.BININT1 -> push((long) u8());
                case Op.BININT2 -> push(le(2));
                case Op.INT -> {
                    String s = lineStr();
                    if (s.equals("01")) {
                        push(Boolean.TRUE);
                    } else if (s.equals("00")) {
                        push(Boolean.FALSE);
                    } else {
                        push(parseInt(s));
                    }
                }
                case Op.LONG -> {
                    String s = lineStr();
                    if (s.endsWith("L")) {
                        s = s.substring(0, s.length() - 1);
                    }
                    push(parseInt(s));
                }
                case Op.LONG1 -> push(decodeLong(u8()));
                case Op.LONG4 -> {
                    int n = (int) le(4);
                    if (n < 0) {
                        throw error("LONG pickle has negative byte count");
                    }
                    push(decodeLong(n));
                }
                case Op.FLOAT -> push(Ops.call(t, Types.FLOAT, new Object[] {lineStr()}, null));
                case Op.BINFLOAT -> {
                    int o = u.need(t, 8);
                    long bits = 0;
                    for (int i = 0; i < 8; i++) {
                        bits = (bits << 8) | (u.in[o + i] & 0xff);
                    }
                    push(Double.longBitsToDouble(bits));
                }
                case Op.STRING -> push(loadString());
                case Op.BINSTRING -> {
                    int n = (int) le(4);
                    if (n < 0) {
                        throw error("BINSTRING pickle has negative byte count");
                    }
                    push(decodeString(n));
                }
                case Op.SHORT_BINSTRING -> push(decodeString(u8()));
                case Op.UNICODE -> {
                    int o = u.line(t);
                    push(Utf8.rawUnicodeUnescape(u.in, o, u.lineLen));
                }
                case Op.SHORT_BINUNICODE -> unicode(u8());
                case Op.BINUNICODE -> unicode(le(4));
                case Op.BINUNICODE8 -> unicode(le(8));
                case Op.SHORT_BINBYTES -> bytes(u8());
                case Op.BINBYTES -> bytes(le(4));
                case Op.BINBYTES8 -> bytes(le(8));
                case Op.BYTEARRAY8 -> {
                    int n = size(le(8), "BYTEARRAY8");
                    int o = u.need(t, n);
                    push(Ops.call(t, Types.BYTEARRAY, new Object[] {new PyBytes(Arrays.copyOfRange(u.in, o, o + n))}, null));
                }
                case Op.NEXT_BUFFER -> {
                    if (u.buffers == PyNone.NONE) {
                        throw error("pickle stream refers to out-of-band data but no *buffers* argument was given");
                    }
                    Object b = Ops.next(t, u.buffers);
                    if (b == null) {
                        throw error("not enough out-of-band buffers");
                    }
                    push(b);
                }
                case Op.READONLY_BUFFER -> {
                    // a writable buffer is seen through a read-only view (_pickle.c's load_readonly_buffer)
                    Object b = top();
                    PyMemoryView view = PyMemoryView.of(b);
                    if (!Ops.truthy(Ops.getattr(view, "readonly"))) {
                        stack[sp - 1] = Ops.call(t, Ops.getattr(view, "toreadonly"), new Object[0], null);
                    }
                }
                case Op.EMPTY_TUPLE -> push(PyTuple.EMPTY);
                case Op.TUPLE1 -> push(PyTuple.of(pop()));
                case Op.TUPLE2 -> {
                    Object b = pop();
                    Object a = pop();
                    push(PyTuple.of(a, b));
                }
                case Op.TUPLE3 -> {
                    Object c = pop();
                    Object b = pop();
                    Object a = pop();
                    push(PyTuple.of(a, b, c));
                }
                case Op.TUPLE -> push(new PyTuple(popMark()));
                case Op.EMPTY_LIST -> push(new PyList());
                case Op.LIST -> push(new PyList(popMark()));
                case Op.EMPTY_DICT -> push(new PyDict());
                case Op.DICT -> {
                    Object[] items = popMark();
                    PyDict d = new PyDict();
                    for (int i = 0; i + 1 < items.length; i += 2) {
                        d.put(items[i], items[i + 1]);
                    }
                    push(d);
                }
                case Op.EMPTY_SET -> push(new PySet(false));
                case Op.FROZENSET -> {
                    PySet s = new PySet(true);
                    for (Object o : popMark()) {
                        s.add(o);
                    }
                    push(s);
                }
                case Op.APPEND -> {
                    Object v = pop();
                    appendItems(new Object[] {v});
                }
                case Op.APPENDS -> appendItems(popMark());
                case Op.SETITEM -> {
                    Object v = pop();
                    Object k = pop();
                    setItems(new Object[] {k, v});
                }
                case Op.SETITEMS -> setItems(popMark());
                case Op.ADDITEMS -> {
                    Object[] items = popMark();
                    Object s = top();
                    if (s instanceof PySet ps && Ops.typeOf(s) == Types.SET) {
                        for (Object o : items) {
                            ps.add(o);
                        }
                    } else {
                        Object add = Ops.getattr(s, "add");
                        for (Object o : items) {
                            Ops.call(t, add, new Object[] {o}, null);
                        }
                    }
                }
                case Op.GET -> push(u.memoGet(Long.parseLong(lineStr().strip())));
                case Op.BINGET -> push(u.memoGet(u8()));
                case Op.LONG_BINGET -> push(u.memoGet(le(4)));
                case Op.PUT -> u.memoPut(Long.parseLong(lineStr().strip()), top());
                case Op.BINPUT -> u.memoPut(u8(), top());
                case Op.LONG_BINPUT -> u.memoPut(le(4), top());
                case Op.MEMOIZE -> u.memoPut(u.memoSize, top());
                case Op.GLOBAL -> {
                    int o = u.line(t);
                    String module = Utf8.decode(u.in, o, u.lineLen);
                    o = u.line(t);
                    String name = Utf8.decode(u.in, o, u.lineLen);
                    push(findClass(module, name));
                }
                case Op.STACK_GLOBAL -> {
                    Object name = pop();
                    Object module = pop();
                    if (!(name instanceof String n) || !(module instanceof String m)) {
                        throw error("STACK_GLOBAL requires str");
                    }
                    push(findClass(m, n));
                }
                case Op.EXT1 -> push(extension(u8()));
                case Op.EXT2 -> push(extension((int) le(2)));
                case Op.EXT4 -> push(extension((int) le(4)));
                case Op.REDUCE -> {
                    Object args = pop();
                    Object fn = pop();
                    if (!(args instanceof PyTuple at)) {
                        throw Err.type("argument list must be a tuple");
                    }
                    push(Ops.call(t, fn, at.items, null));
                }
                case Op.BUILD -> build();
                case Op.NEWOBJ -> {
                    Object args = pop();
                    Object cls = pop();
                    if (!(cls instanceof PyType)) {
                        throw error("NEWOBJ class argument isn't a type object");
                    }
                    if (!(args instanceof PyTuple at)) {
                        throw error("NEWOBJ expected an arg tuple.");
                    }
                    push(newObj(cls, at.items, null));
                }
                case Op.NEWOBJ_EX -> {
                    Object kwargs = pop();
                    Object args = pop();
                    Object cls = pop();
                    if (!(cls instanceof PyType)) {
                        throw error("NEWOBJ_EX class argument must be a type, not " + Ops.typeName(cls));
                    }
                    if (!(args instanceof PyTuple at)) {
                        throw error("NEWOBJ_EX args argument must be a tuple, not " + Ops.typeName(args));
                    }
                    if (!(kwargs instanceof PyDict kd)) {
                        throw error("NEWOBJ_EX kwargs argument must be a dict, not " + Ops.typeName(kwargs));
                    }
                    push(newObj(cls, at.items, kd));
                }
                case Op.INST -> {
                    String module = lineStr();
                    String name = lineStr();
                    Object[] args = popMark();
                    push(instantiate(findClass(module, name), args));
                }
                case Op.OBJ -> {
                    Object[] args = popMark();
                    if (args.length == 0) {
                        throw error("unpickling stack underflow");
                    }
                    push(instantiate(args[0], Arrays.copyOfRange(args, 1, args.length)));
                }
                case Op.PERSID -> push(persistentLoad(lineStr()));
                case Op.BINPERSID -> push(persistentLoad(pop()));
                default -> {
                    String c = code >= 0x20 && code < 0x7f ? String.valueOf((char) code) : String.format("\\x%02x", code);
                    throw error("invalid load key, '" + c + "'.");
                }
            }
        }
    }

    private Object parseInt(String s) {
        try {
            String x = s.strip();
            if (x.length() < 19) {
                return Long.parseLong(x.startsWith("+") ? x.substring(1) : x);
            }
            return Ops.normalize(new BigInteger(x));
        } catch (NumberFormatException e) {
            return Ops.call(t, Types.INT, new Object[] {s, 0L}, null);
        }
    }

    private Object decodeLong(int n) {
        if (n == 0) {
            return 0L;
        }
        int o = u.need(t, n);
        byte[] be = new byte[n];
        for (int i = 0; i < n; i++) {
            be[i] = u.in[o + n - 1 - i];
        }
        return Ops.normalize(new BigInteger(be));
    }

    private void unicode(long n) {
        int len = size(n, "BINUNICODE");
        int o = u.need(t, len);
        push(Utf8.decode(u.in, o, len));
    }

    private void bytes(long n) {
        int len = size(n, "BINBYTES");
        int o = u.need(t, len);
        push(new PyBytes(Arrays.copyOfRange(u.in, o, o + len)));
    }

    private Object decodeString(int n) {
        int o = u.need(t, n);
        return decodeBytes(Arrays.copyOfRange(u.in, o, o + n));
    }

    private Object decodeBytes(byte[] data) {
        if (u.encoding.equals("bytes")) {
            return new PyBytes(data);
        }
        if (u.encoding.equalsIgnoreCase("ascii") || u.encoding.equalsIgnoreCase("latin1") || u.encoding.equalsIgnoreCase("latin-1")) {
            boolean ok = true;
            for (byte b : data) {
                if (b < 0) {
                    ok = false;
                    break;
                }
            }
            if (ok || !u.encoding.equalsIgnoreCase("ascii")) {
                return new String(data, StandardCharsets.ISO_8859_1);
            }
        }
        return Ops.call(t, Ops.getattr(new PyBytes(data), "decode"), new Object[] {u.encoding, u.errors}, null);
    }

    private Object loadString() {
        int o = u.line(t);
        int n = u.lineLen;
        if (n < 2 || u.in[o] != u.in[o + n - 1] || (u.in[o] != '\'' && u.in[o] != '"')) {
            throw error("the STRING opcode argument must be quoted");
        }
        byte[] body = Arrays.copyOfRange(u.in, o + 1, o + n - 1);
        Object codecs = t.interp.importModule(t, "_codecs").get("escape_decode");
        PyTuple r = (PyTuple) Ops.call(t, codecs, new Object[] {new PyBytes(body)}, null);
        return decodeBytes(((PyBytes) r.items[0]).data());
    }

    private void appendItems(Object[] items) {
        Object list = top();
        if (list instanceof PyList l && Ops.typeOf(list) == Types.LIST) {
            for (Object o : items) {
                l.append(o);
            }
            return;
        }
        Object extend = Ops.getattrOrNull(list, "extend");
        if (extend != null && items.length > 1) {
            Ops.call(t, extend, new Object[] {new PyList(items)}, null);
            return;
        }
        Object append = Ops.getattr(list, "append");
        for (Object o : items) {
            Ops.call(t, append, new Object[] {o}, null);
        }
    }

    private void setItems(Object[] items) {
        if ((items.length & 1) != 0) {
            throw error("odd number of items for SETITEMS");
        }
        Object d = top();
        if (d instanceof PyDict pd && Ops.typeOf(d) == Types.DICT) {
            for (int i = 0; i < items.length; i += 2) {
                pd.put(items[i], items[i + 1]);
            }
            return;
        }
        for (int i = 0; i < items.length; i += 2) {
            Ops.setitem(d, items[i], items[i + 1]);
        }
    }

    private Object findClass(String module, String name) {
        if (findClass == null) {
            return Globals.findClass(t, u.proto, u.fixImports, module, name);
        }
        return Ops.call(t, findClass, new Object[] {module, name}, null);
    }

    private Object extension(int code) {
        var copyreg = Globals.copyreg(t);
        PyDict cache = (PyDict) copyreg.get("_extension_cache");
        Object hit = cache.get((long) code);
        if (hit != null) {
            return hit;
        }
        Object key = ((PyDict) copyreg.get("_inverted_registry")).get((long) code);
        if (!(key instanceof PyTuple kt) || kt.size() != 2) {
            throw Err.value("unregistered extension code " + code);
        }
        Object obj = findClass((String) kt.items[0], (String) kt.items[1]);
        cache.put((long) code, obj);
        return obj;
    }

    private Object newObj(Object cls, Object[] args, PyDict kwargs) {
        Object nw = Ops.getattr(cls, "__new__");
        int nk = kwargs == null ? 0 : kwargs.size();
        Object[] all = new Object[1 + args.length + nk];
        all[0] = cls;
        System.arraycopy(args, 0, all, 1, args.length);
        String[] names = null;
        if (nk > 0) {
            names = new String[nk];
            int j = 0;
            for (var en : kwargs.entries()) {
                names[j] = StrRepr.str(en.getKey());
                all[1 + args.length + j++] = en.getValue();
            }
        }
        return Ops.call(t, nw, all, names);
    }

    private Object instantiate(Object cls, Object[] args) {
        if (cls instanceof PyType && args.length == 0 && Ops.getattrOrNull(cls, "__getinitargs__") == null) {
            return newObj(cls, args, null);
        }
        return Ops.call(t, cls, args, null);
    }

    private Object persistentLoad(Object pid) {
        Object pl = Ops.getattrOrNull(u, "persistent_load");
        if (pl == null) {
            throw error("A load persistent id instruction was encountered,\nbut no persistent_load function was specified.");
        }
        return Ops.call(t, pl, new Object[] {pid}, null);
    }

    private void build() {
        Object state = pop();
        Object inst = top();
        Object setstate = Ops.typeOf(inst).lookup("__setstate__") != null ? Ops.getattrOrNull(inst, "__setstate__") : null;
        if (setstate == null) {
            PyDict own = Attr.instanceDict(inst);
            if (own != null && own.containsKey("__setstate__")) {
                setstate = own.get("__setstate__");
            }
        }
        if (setstate != null) {
            Ops.call(t, setstate, new Object[] {state}, null);
            return;
        }
        Object slotstate = null;
        if (state instanceof PyTuple st && st.size() == 2) {
            state = st.items[0];
            slotstate = st.items[1];
        }
        if (state != PyNone.NONE) {
            if (!(state instanceof PyDict sd)) {
                throw error("state is not a dictionary");
            }
            PyDict d = Attr.instanceDict(inst);
            if (d != null) {
                // attribute names interned, as load_build does (the instance's keys are then the program's own strings)
                for (var en : sd.entries()) {
                    d.put(en.getKey() instanceof String k ? k.intern() : en.getKey(), en.getValue());
                }
            } else {
                Object dd = Ops.getattr(inst, "__dict__");
                for (var en : sd.entries()) {
                    Ops.setitem(dd, en.getKey() instanceof String k ? k.intern() : en.getKey(), en.getValue());
                }
            }
        }
        if (slotstate != null && slotstate != PyNone.NONE) {
            if (!(slotstate instanceof PyDict ss)) {
                throw error("slot state is not a dictionary");
            }
            for (var en : ss.entries()) {
                Ops.setattr(inst, StrRepr.str(en.getKey()), en.getValue());
            }
        }
    }
}
