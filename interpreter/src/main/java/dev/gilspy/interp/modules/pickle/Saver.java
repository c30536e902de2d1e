package dev.gilspy.interp.modules.pickle;

import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyBoundMethod;
import dev.gilspy.interp.runtime.PyBytes;
import dev.gilspy.interp.runtime.PyCallable;
import dev.gilspy.interp.runtime.PyDict;
import dev.gilspy.interp.runtime.PyException;
import dev.gilspy.interp.runtime.PyFunction;
import dev.gilspy.interp.runtime.PyInstance;
import dev.gilspy.interp.runtime.PyList;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyObj;
import dev.gilspy.interp.runtime.PySet;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.StrRepr;
import dev.gilspy.interp.runtime.Types;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** One {@code dump}: Modules/_pickle.c's {@code save} and its helpers, opcode for opcode. */
final class Saver {
    private static final int MAX_DEPTH = 3000;

    private final PicklerObj p;
    private final PyThread t;
    private final Object persistentId;
    private final Object reducerOverride;
    private final Object dispatchTable;
    private int depth;

    Saver(PicklerObj p, PyThread t) {
        this.p = p;
        this.t = t;
        boolean hooks = p.type() != PicklerObj.TYPE;
        persistentId = hooks ? Ops.getattrOrNull(p, "persistent_id") : null;
        reducerOverride = hooks ? Ops.getattrOrNull(p, "reducer_override") : null;
        Object dt = hooks ? Ops.getattrOrNull(p, "dispatch_table") : null;
        dispatchTable = dt != null ? dt : Globals.copyreg(t).get("dispatch_table");
    }

    private Object call(Object fn, Object... args) {
        return Ops.call(t, fn, args, null);
    }

    void save(Object obj, boolean persSave) {
        if (++depth > MAX_DEPTH) {
            depth = 0;
            throw Err.make(Types.RecursionError, "maximum recursion depth exceeded while pickling an object");
        }
        try {
            saveInner(obj, persSave);
        } finally {
            depth--;
        }
        p.opcodeBoundary(t);
    }

    private void saveInner(Object obj, boolean persSave) {
        if (!persSave && persistentId != null) {
            Object pid = call(persistentId, obj);
            if (pid != PyNone.NONE) {
                savePers(pid);
                return;
            }
        }
        if (obj == PyNone.NONE) {
            p.op(Op.NONE);
            return;
        }
        if (obj instanceof Boolean b) {
            if (p.proto >= 2) {
                p.op(b ? Op.NEWTRUE : Op.NEWFALSE);
            } else {
                p.ascii(b ? "I01\n" : "I00\n");
            }
            return;
        }
        if (obj instanceof Long l) {
            saveLong(l);
            return;
        }
        if (obj instanceof BigInteger bi) {
            saveBig(bi);
            return;
        }
        if (obj instanceof Double d) {
            saveFloat(d);
            return;
        }
        int idx = p.memo.get(obj);
        if (idx >= 0) {
            memoGet(idx);
            return;
        }
        if (obj instanceof String s) {
            saveUnicode(s);
            return;
        }
        PyType type = Ops.typeOf(obj);
        if (type == Types.BYTES) {
            saveBytes((PyBytes) obj);
            return;
        }
        Object reduceValue = null;
        if (reducerOverride != null) {
            reduceValue = call(reducerOverride, obj);
            if (reduceValue == Types.NOT_IMPLEMENTED) {
                reduceValue = null;
            }
        }
        if (reduceValue == null) {
            if (type == Types.DICT) {
                saveDict((PyDict) obj);
                return;
            } else if (type == Types.SET) {
                saveSet((PySet) obj);
                return;
            } else if (type == Types.FROZENSET) {
                saveFrozenset((PySet) obj);
                return;
            } else if (type == Types.LIST) {
                saveList((PyList) obj);
                return;
            } else if (type == Types.TUPLE) {
                saveTuple((PyTuple) obj);
                return;
            } else if (type == Types.BYTEARRAY) {
                saveBytearray((PyBytes) obj);
                return;
            } else if (type == Types.TYPE) {
                saveType((PyType) obj);
                return;
            } else if (type == Types.FUNCTION) {
                Globals.save(this, p, t, obj, null);
                return;
            } else if (type == PickleBufferObj.TYPE) {
                ((PickleBufferObj) obj).save(this, p, t);
                return;
            }
            Object reduceFunc = lookupDispatch(type);
            if (reduceFunc != null) {
                reduceValue = call(reduceFunc, obj);
            } else if (type.isSubtypeOf(Types.TYPE)) {
                Globals.save(this, p, t, obj, null);
                return;
            } else {
                Object rex = type.lookup("__reduce_ex__");
                if (rex != null && obj instanceof PyObj && !(obj instanceof PyInstance)) {
                    // asked of the object, as pickle.py's getattr(obj, "__reduce_ex__"): a weakref.proxy forwards it
                    reduceValue = call(Ops.getattr(obj, "__reduce_ex__"), (long) p.proto);
                } else if (rex != null) {
                    reduceValue = call(rex, obj, (long) p.proto);
                } else {
                    Object r = Ops.getattrOrNull(obj, "__reduce__");
                    if (r == null) {
                        throw Err.make(PickleModule.PicklingError, "Can't pickle " + StrRepr.repr(obj) + ": no __reduce__");
                    }
                    reduceValue = call(r);
                }
            }
        }
        if (reduceValue instanceof String name) {
            Globals.save(this, p, t, obj, name);
            return;
        }
        if (!(reduceValue instanceof PyTuple rt)) {
            throw Err.make(PickleModule.PicklingError, "__reduce__ must return a string or tuple");
        }
        saveReduce(rt, obj);
    }

    private Object lookupDispatch(PyType type) {
        if (dispatchTable instanceof PyDict d) {
            return d.size() == 0 ? null : d.get(type);
        }
        try {
            return Ops.getitem(dispatchTable, type);
        } catch (PyException e) {
            if (Err.matches(e, Types.KeyError)) {
                return null;
            }
            throw e;
        }
    }

    private void savePers(Object pid) {
        if (p.bin) {
            save(pid, true);
            p.op(Op.BINPERSID);
        } else {
            Object s = Ops.call(t, Types.STR, new Object[] {pid}, null);
            String str = (String) s;
            for (int i = 0; i < str.length(); i++) {
                if (str.charAt(i) >= 0x80) {
                    throw Err.make(PickleModule.PicklingError, "persistent IDs in protocol 0 must be ASCII strings");
                }
            }
            p.op(Op.PERSID);
            p.ascii(str + "\n");
        }
    }

    // ---------------------------------------------------------------- memo

    void memoPut(Object obj) {
        if (p.fast) {
            return;
        }
        int idx = p.memo.size();
        p.memo.put(obj, idx);
        if (p.proto >= 4) {
            p.op(Op.MEMOIZE);
        } else if (!p.bin) {
            p.op(Op.PUT);
            p.ascii(idx + "\n");
        } else if (idx < 256) {
            p.op(Op.BINPUT, idx);
        } else {
            p.opInt(Op.LONG_BINPUT, idx);
        }
    }

    private void memoGet(int idx) {
        if (!p.bin) {
            p.op(Op.GET);
            p.ascii(idx + "\n");
        } else if (idx < 256) {
            p.op(Op.BINGET, idx);
        } else {
            p.opInt(Op.LONG_BINGET, idx);
        }
    }

    // ---------------------------------------------------------------- atoms

    private void saveLong(long v) {
        if (v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE) {
            if (p.bin) {
                if (v >= 0 && v < 256) {
                    p.op(Op.BININT1, (int) v);
                } else if (v >= 0 && v < 65536) {
                    p.op(Op.BININT2, (int) v & 0xff);
                    p.raw(new byte[] {(byte) (v >> 8)});
                } else {
                    p.opInt(Op.BININT, (int) v);
                }
            } else {
                p.op(Op.INT);
                p.ascii(v + "\n");
            }
            return;
        }
        saveBig(BigInteger.valueOf(v));
    }

    private void saveBig(BigInteger v) {
        if (v.bitLength() < 32) {
            saveLong(v.longValue());
            return;
        }
        if (p.proto >= 2) {
            byte[] be = v.toByteArray();
            int n = be.length;
            byte[] le = new byte[n];
            for (int i = 0; i < n; i++) {
                le[i] = be[n - 1 - i];
            }
            if (n < 256) {
                p.op(Op.LONG1, n);
            } else {
                p.opInt(Op.LONG4, n);
            }
            p.raw(le);
        } else {
            p.op(Op.LONG);
            p.ascii(v + "L\n");
        }
    }

    private void saveFloat(double d) {
        if (p.bin) {
            p.opLong(Op.BINFLOAT, Long.reverseBytes(Double.doubleToRawLongBits(d)));
        } else {
            p.op(Op.FLOAT);
            p.ascii(StrRepr.repr(d) + "\n");
        }
    }

    private static boolean shortAscii(String s) {
        int n = s.length();
        if (n > 0xff) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private void saveUnicode(String s) {
        if (p.bin && shortAscii(s)) {
            // the common case without an intermediate array: its UTF-8 is its chars
            if (p.proto >= 4) {
                p.op(Op.SHORT_BINUNICODE, s.length());
            } else {
                p.opInt(Op.BINUNICODE, s.length());
            }
            p.asciiChars(s);
        } else if (p.bin) {
            byte[] data = Utf8.encode(s);
            int n = data.length;
            byte[] header;
            if (n <= 0xff && p.proto >= 4) {
                header = new byte[] {(byte) Op.SHORT_BINUNICODE, (byte) n};
            } else {
                header = new byte[] {(byte) Op.BINUNICODE, (byte) n, (byte) (n >> 8), (byte) (n >> 16), (byte) (n >> 24)};
            }
            p.writeBytes(header, data);
        } else {
            p.op(Op.UNICODE);
            p.raw(Utf8.rawUnicodeEscape(s));
            p.op('\n');
        }
        memoPut(s);
    }

    private void saveBytes(PyBytes b) {
        saveBytesData(b.data(), b);
    }

    /** Bytes under {@code obj}'s memo entry ({@code obj} is a bytes, or a PickleBuffer saved in band). */
    void saveBytesData(byte[] data, Object b) {
        if (p.proto < 3) {
            PyTuple rv;
            if (data.length == 0) {
                rv = PyTuple.of(Types.BYTES, PyTuple.EMPTY);
            } else {
                Object encode = t.interp.importModule(t, "_codecs").get("encode");
                rv = PyTuple.of(encode, PyTuple.of(new String(data, StandardCharsets.ISO_8859_1), "latin1"));
            }
            saveReduce(rv, b);
            return;
        }
        int n = data.length;
        byte[] header;
        if (n <= 0xff) {
            header = new byte[] {(byte) Op.SHORT_BINBYTES, (byte) n};
        } else {
            header = new byte[] {(byte) Op.BINBYTES, (byte) n, (byte) (n >> 8), (byte) (n >> 16), (byte) (n >> 24)};
        }
        p.writeBytes(header, data);
        memoPut(b);
    }

    private void saveBytearray(PyBytes b) {
        saveBytearrayData(b.data(), b);
    }

    void saveBytearrayData(byte[] data, Object b) {
        if (p.proto < 5) {
            PyTuple rv = data.length == 0 ? PyTuple.of(Types.BYTEARRAY, PyTuple.EMPTY)
                : PyTuple.of(Types.BYTEARRAY, PyTuple.of(new PyBytes(data.clone())));
            saveReduce(rv, b);
            return;
        }
        long n = data.length;
        byte[] header = new byte[9];
        header[0] = (byte) Op.BYTEARRAY8;
        for (int i = 0; i < 8; i++) {
            header[1 + i] = (byte) (n >>> (8 * i));
        }
        p.writeBytes(header, data.clone());
        memoPut(b);
    }

    private void saveType(PyType cls) {
        if (cls == Types.NONETYPE) {
            saveReduce(PyTuple.of(Types.TYPE, PyTuple.of(PyNone.NONE)), cls);
        } else if (cls == Types.ELLIPSIS_TYPE) {
            saveReduce(PyTuple.of(Types.TYPE, PyTuple.of(Ops.getattr(t.interp.importModule(t, "builtins"), "Ellipsis"))), cls);
        } else if (cls == Types.NOTIMPL_TYPE) {
            saveReduce(PyTuple.of(Types.TYPE, PyTuple.of(Types.NOT_IMPLEMENTED)), cls);
        } else {
            Globals.save(this, p, t, cls, null);
        }
    }

    // ---------------------------------------------------------------- containers

    private void saveTuple(PyTuple tup) {
        Object[] items = tup.items;
        int n = items.length;
        if (n == 0) {
            if (p.proto >= 1) {
                p.op(Op.EMPTY_TUPLE);
            } else {
                p.op(Op.MARK);
                p.op(Op.TUPLE);
            }
            return;
        }
        if (n <= 3 && p.proto >= 2) {
            for (Object o : items) {
                save(o, false);
            }
            int idx = p.memo.get(tup);
            if (idx >= 0) {
                for (int i = 0; i < n; i++) {
                    p.op(Op.POP);
                }
                memoGet(idx);
                return;
            }
            p.op(Op.TUPLE1 + n - 1);
        } else {
            p.op(Op.MARK);
            for (Object o : items) {
                save(o, false);
            }
            int idx = p.memo.get(tup);
            if (idx >= 0) {
                if (p.bin) {
                    p.op(Op.POP_MARK);
                } else {
                    for (int i = 0; i <= n; i++) {
                        p.op(Op.POP);
                    }
                }
                memoGet(idx);
                return;
            }
            p.op(Op.TUPLE);
        }
        memoPut(tup);
    }

    private void saveList(PyList l) {
        if (p.bin) {
            p.op(Op.EMPTY_LIST);
        } else {
            p.op(Op.MARK);
            p.op(Op.LIST);
        }
        memoPut(l);
        if (l.size() == 0) {
            return;
        }
        if (p.proto > 0) {
            if (l.size() == 1) {
                save(l.get(0), false);
                p.op(Op.APPEND);
                return;
            }
            int total = 0;
            do {
                int batch = 0;
                p.op(Op.MARK);
                while (total < l.size()) {
                    save(l.get(total), false);
                    total++;
                    if (++batch == Op.BATCHSIZE) {
                        break;
                    }
                }
                p.op(Op.APPENDS);
            } while (total < l.size());
        } else {
            batchList(Ops.iter(l));
        }
    }

    void batchList(Object iter) {
        if (!p.bin) {
            Object o;
            while ((o = Ops.next(t, iter)) != null) {
                save(o, false);
                p.op(Op.APPEND);
            }
            return;
        }
        int n;
        do {
            Object first = Ops.next(t, iter);
            if (first == null) {
                break;
            }
            Object o = Ops.next(t, iter);
            if (o == null) {
                save(first, false);
                p.op(Op.APPEND);
                break;
            }
            p.op(Op.MARK);
            save(first, false);
            n = 1;
            while (o != null) {
                save(o, false);
                n++;
                if (n == Op.BATCHSIZE) {
                    break;
                }
                o = Ops.next(t, iter);
            }
            p.op(Op.APPENDS);
        } while (n == Op.BATCHSIZE);
    }

    private void saveDict(PyDict d) {
        if (p.bin) {
            p.op(Op.EMPTY_DICT);
        } else {
            p.op(Op.MARK);
            p.op(Op.DICT);
        }
        memoPut(d);
        int size = d.size();
        if (size == 0) {
            return;
        }
        if (p.proto > 0) {
            batchDictExact(d, size);
        } else {
            batchDict(Ops.iter(call(Ops.getattr(d, "items"))));
        }
    }

    /**
     * batch_dict_exact: the entries walked in place, not copied; RuntimeError after a batch if the size
     * changed. A key a __reduce__ adds or removes ends the Java walk: it resumes after the last key saved.
     */
    private void batchDictExact(PyDict d, int size) {
        var it = d.liveEntries();
        if (size == 1) {
            var en = it.next();
            save(d.origKey(en.getKey()), false);
            save(en.getValue(), false);
            p.op(Op.SETITEM);
            return;
        }
        int mods = d.mods();
        Object last = null;
        int done = 0;
        int i;
        do {
            i = 0;
            p.op(Op.MARK);
            while (true) {
                if (d.mods() != mods) {
                    mods = d.mods();
                    it = d.liveEntriesAfter(last, done);
                }
                if (!it.hasNext()) {
                    break;
                }
                var en = it.next();
                last = en.getKey();
                done++;
                save(d.origKey(last), false);
                save(en.getValue(), false);
                if (++i == Op.BATCHSIZE) {
                    break;
                }
            }
            p.op(Op.SETITEMS);
            if (d.size() != size) {
                throw Err.runtime("dictionary changed size during iteration");
            }
        } while (i == Op.BATCHSIZE);
    }

    void batchDict(Object iter) {
        if (!p.bin) {
            Object o;
            while ((o = Ops.next(t, iter)) != null) {
                PyTuple kv = pair(o);
                save(kv.items[0], false);
                save(kv.items[1], false);
                p.op(Op.SETITEM);
            }
            return;
        }
        int n;
        do {
            Object first = Ops.next(t, iter);
            if (first == null) {
                break;
            }
            PyTuple kv = pair(first);
            Object o = Ops.next(t, iter);
            if (o == null) {
                save(kv.items[0], false);
                save(kv.items[1], false);
                p.op(Op.SETITEM);
                break;
            }
            p.op(Op.MARK);
            save(kv.items[0], false);
            save(kv.items[1], false);
            n = 1;
            while (o != null) {
                kv = pair(o);
                save(kv.items[0], false);
                save(kv.items[1], false);
                n++;
                if (n == Op.BATCHSIZE) {
                    break;
                }
                o = Ops.next(t, iter);
            }
            p.op(Op.SETITEMS);
        } while (n == Op.BATCHSIZE);
    }

    private static PyTuple pair(Object o) {
        if (o instanceof PyTuple kv && kv.size() == 2) {
            return kv;
        }
        throw Err.type("dict items iterator must return 2-tuples");
    }

    private void saveSet(PySet s) {
        if (p.proto < 4) {
            saveReduce(PyTuple.of(Types.SET, PyTuple.of(new PyList(Ops.toArray(s)))), s);
            return;
        }
        p.op(Op.EMPTY_SET);
        memoPut(s);
        Object[] items = Ops.toArray(s);
        int i = 0;
        while (i < items.length) {
            p.op(Op.MARK);
            int end = Math.min(items.length, i + Op.BATCHSIZE);
            for (; i < end; i++) {
                save(items[i], false);
            }
            p.op(Op.ADDITEMS);
        }
    }

    private void saveFrozenset(PySet s) {
        if (p.proto < 4) {
            saveReduce(PyTuple.of(Types.FROZENSET, PyTuple.of(new PyList(Ops.toArray(s)))), s);
            return;
        }
        p.op(Op.MARK);
        for (Object o : Ops.toArray(s)) {
            save(o, false);
        }
        int idx = p.memo.get(s);
        if (idx >= 0) {
            p.op(Op.POP_MARK);
            memoGet(idx);
            return;
        }
        p.op(Op.FROZENSET);
        memoPut(s);
    }

    // ---------------------------------------------------------------- reduce

    private static boolean callable(Object o) {
        return o instanceof PyCallable || o instanceof PyType || o instanceof PyBoundMethod || Ops.typeOf(o).lookup("__call__") != null;
    }

    private static String what(Object o) {
        return Ops.typeOf(o).name;
    }

    void saveReduce(PyTuple rv, Object obj) {
        int size = rv.size();
        if (size < 2 || size > 6) {
            throw Err.make(PickleModule.PicklingError, "tuple returned by __reduce__ must contain 2 through 6 elements");
        }
        Object callable = rv.items[0];
        Object argtup = rv.items[1];
        Object state = size > 2 ? rv.items[2] : PyNone.NONE;
        Object listitems = size > 3 ? rv.items[3] : PyNone.NONE;
        Object dictitems = size > 4 ? rv.items[4] : PyNone.NONE;
        Object stateSetter = size > 5 ? rv.items[5] : PyNone.NONE;
        if (!callable(callable)) {
            throw Err.make(PickleModule.PicklingError, "first item of the tuple returned by __reduce__ must be callable");
        }
        if (!(argtup instanceof PyTuple args)) {
            throw Err.make(PickleModule.PicklingError, "second item of the tuple returned by __reduce__ must be a tuple");
        }
        if (listitems != PyNone.NONE && Ops.typeOf(listitems).lookup("__next__") == null) {
            throw Err.make(PickleModule.PicklingError, "fourth element of the tuple returned by __reduce__ must be an iterator, not " + what(listitems));
        }
        if (dictitems != PyNone.NONE && Ops.typeOf(dictitems).lookup("__next__") == null) {
            throw Err.make(PickleModule.PicklingError, "fifth element of the tuple returned by __reduce__ must be an iterator, not " + what(dictitems));
        }
        if (stateSetter != PyNone.NONE && !callable(stateSetter)) {
            throw Err.make(PickleModule.PicklingError, "sixth element of the tuple returned by __reduce__ must be a function, not " + what(stateSetter));
        }
        boolean newobj = false;
        boolean newobjEx = false;
        if (p.proto >= 2) {
            Object name = callable instanceof PyFunction || callable instanceof PyType ? Ops.getattr(callable, "__name__")
                : Ops.getattrOrNull(callable, "__name__");
            newobjEx = "__newobj_ex__".equals(name);
            newobj = !newobjEx && "__newobj__".equals(name);
        }
        if (newobjEx) {
            if (args.size() != 3) {
                throw Err.make(PickleModule.PicklingError, "length of the NEWOBJ_EX argument tuple must be exactly 3, not " + args.size());
            }
            if (!(args.items[0] instanceof PyType cls)) {
                throw Err.make(PickleModule.PicklingError, "first item from NEWOBJ_EX argument tuple must be a class, not " + what(args.items[0]));
            }
            if (!(args.items[1] instanceof PyTuple cargs)) {
                throw Err.make(PickleModule.PicklingError, "second item from NEWOBJ_EX argument tuple must be a tuple, not " + what(args.items[1]));
            }
            if (!(args.items[2] instanceof PyDict kwargs)) {
                throw Err.make(PickleModule.PicklingError, "third item from NEWOBJ_EX argument tuple must be a dict, not " + what(args.items[2]));
            }
            if (p.proto >= 4) {
                save(cls, false);
                save(cargs, false);
                save(kwargs, false);
                p.op(Op.NEWOBJ_EX);
            } else {
                Object[] pa = new Object[cargs.size() + 2];
                pa[0] = Ops.getattr(cls, "__new__");
                pa[1] = cls;
                System.arraycopy(cargs.items, 0, pa, 2, cargs.size());
                Object partialType = t.interp.importModule(t, "functools").get("partial");
                Object[] withKw = new Object[pa.length + kwargs.size()];
                System.arraycopy(pa, 0, withKw, 0, pa.length);
                String[] names = new String[kwargs.size()];
                int j = 0;
                for (var en : kwargs.entries()) {
                    names[j] = (String) en.getKey();
                    withKw[pa.length + j++] = en.getValue();
                }
                Object partial = Ops.call(t, partialType, withKw, names);
                save(partial, false);
                save(PyTuple.EMPTY, false);
                p.op(Op.REDUCE);
            }
        } else if (newobj) {
            if (args.size() == 0) {
                throw Err.make(PickleModule.PicklingError, "__newobj__ arglist is empty");
            }
            if (!(args.items[0] instanceof PyType cls)) {
                throw Err.make(PickleModule.PicklingError, "args[0] from __newobj__ args is not a type");
            }
            if (obj != null && Ops.getattr(obj, "__class__") != cls) {
                throw Err.make(PickleModule.PicklingError, "args[0] from __newobj__ args has the wrong class");
            }
            save(cls, false);
            save(new PyTuple(java.util.Arrays.copyOfRange(args.items, 1, args.size())), false);
            p.op(Op.NEWOBJ);
        } else {
            save(callable, false);
            save(args, false);
            p.op(Op.REDUCE);
        }
        if (obj != null) {
            int idx = p.memo.get(obj);
            if (idx >= 0) {
                p.op(Op.POP);
                memoGet(idx);
                return;
            }
            memoPut(obj);
        }
        if (listitems != PyNone.NONE) {
            batchList(listitems);
        }
        if (dictitems != PyNone.NONE) {
            batchDict(dictitems);
        }
        if (state != PyNone.NONE) {
            if (stateSetter == PyNone.NONE) {
                save(state, false);
                p.op(Op.BUILD);
            } else {
                save(stateSetter, false);
                save(obj, false);
                save(state, false);
                p.op(Op.TUPLE2);
                p.op(Op.REDUCE);
                p.op(Op.POP);
            }
        }
    }
}
