package dev.gilspy.interp.runtime;

import java.util.Map;

/** A function defined in Python: binds arguments to frame slots and runs (or, for generators, wraps) its body. */
public final class PyFunction extends PyObj implements PyCallable {
    /** Replaced by assigning {@code __code__} (as {@code types.coroutine} does). */
    public Code code;
    final PyModule globals;
    Object[] defaults;
    Map<String, Object> kwdefaults;
    final PyCell[] closure;
    String name;
    public String qualname;
    /** The class whose body defined this function: zero-argument {@code super()} uses it. */
    PyType owner;
    /** {@code __dict__}: the function's own attributes, live (functools.update_wrapper writes into it); null until one is set. */
    public PyDict attrs;
    /** {@code __annotations__} once read or set (a dict, created on first read); null before. */
    public Object annotations;
    /** {@code __doc__} once set or deleted; null while it is the code's docstring. */
    public Object doc;
    /** {@code __module__} once set or deleted; null while it is the defining module's name. */
    public Object module;

    public PyFunction(Code code, PyModule globals, Object[] defaults, Map<String, Object> kwdefaults, PyCell[] closure) {
        this.code = code;
        this.globals = globals;
        this.defaults = defaults;
        this.kwdefaults = kwdefaults;
        this.closure = closure;
        this.name = code.name;
        this.qualname = code.qualname;
    }

    @Override public PyType type() { return Types.FUNCTION; }

    /** The class whose body defined this function (what {@code __class__} names in it), or null. */
    public PyType owner() { return owner; }

    public PyDict attrs() {
        if (attrs == null) {
            attrs = new PyDict();
        }
        return attrs;
    }

    /** A fresh frame for a call of this function; the caller fills the parameter slots, then {@link #run}s it. */
    public PyFrame newFrame(PyThread t) {
        PyFrame f = PyFrame.create(code, globals, t);
        f.function = this;
        return f;
    }

    /**
     * True when a call with {@code n} positional arguments and no keywords can fill this function's
     * slots directly: {@code n} is its arity, or short of it by at most its number of defaults (then
     * {@link #newFrame(PyThread, int)} fills the rest). {@code self.save(x)} into
     * {@code save(self, obj, save_persistent_id=True)} went through an argument array and
     * {@link #bind}; pickle's pure-Python pickler makes 150,000 such calls a dump.
     */
    public boolean takes(int n) {
        Code c = code;
        int missing = c.argcount - n;
        return c.simpleArgs && (missing == 0 || missing > 0 && defaults != null && missing <= defaults.length);
    }

    /**
     * {@link #newFrame(PyThread)} with the parameters from {@code n} on set to their defaults; for a
     * call {@link #takes} let through. Small enough for C1 to inline (the launcher's limit, 35 bytes).
     */
    public PyFrame newFrame(PyThread t, int n) {
        PyFrame f = newFrame(t);
        if (n != f.code.argcount) {
            fillDefaults(f.slots, n, f.code.argcount - n);
        }
        return f;
    }

    private void fillDefaults(Object[] slots, int n, int missing) {
        Object[] d = defaults;
        if (missing < 0 || d == null || missing > d.length) {
            // __defaults__ or __code__ replaced by another thread since takes(n)
            throw Err.type(qualname + "() missing " + missing + " required positional argument" + (missing == 1 ? "" : "s"));
        }
        System.arraycopy(d, d.length - missing, slots, n, missing);
    }

    @Override
    public Object call(PyThread t, Object[] args, String[] kwnames) {
        if (kwnames == null && takes(args.length)) {
            PyFrame f = newFrame(t, args.length);
            System.arraycopy(args, 0, f.slots, 0, args.length);
            return run(t, f);
        }
        PyFrame f = newFrame(t);
        bind(f.slots, args, kwnames);
        return run(t, f);
    }

    Object call1(PyThread t, Object a0) {
        if (!code.simpleArgs || code.argcount != 1) {
            return call(t, new Object[] {a0}, null);
        }
        PyFrame f = newFrame(t);
        f.slots[0] = a0;
        return run(t, f);
    }

    public Object run(PyThread t, PyFrame f) {
        for (int s : code.cellSlots) {
            f.slots[s] = new PyCell(f.slots[s]);
        }
        if (closure != null) {
            int[] fs = code.freeSlots;
            for (int i = 0; i < fs.length; i++) {
                f.slots[fs[i]] = closure[i];
            }
        }
        if (code.generator) {
            return new PyGenerator(f, name, qualname);
        }
        return execute(t, f);
    }

    public static Object execute(PyThread t, PyFrame f) {
        t.pushFrame(f);
        try {
            if (t.ts.evalBreaker != 0) {
                t.checkBreaker();
            }
            f.code.body.exec(f);
        } catch (PyException e) {
            e.exc.addTraceback(f);
            throw e;
        } catch (StackOverflowError | OutOfMemoryError e) {
            PyException pe = Err.fromJvm(e);
            pe.exc.addTraceback(f);
            throw pe;
        } finally {
            t.popFrame(f);
        }
        Object r = f.retval;
        return r == null ? PyNone.NONE : r;
    }

    private void bind(Object[] slots, Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        int argc = code.argcount;
        for (int i = 0; i < Math.min(npos, argc); i++) {
            slots[i] = args[i];
        }
        if (npos > argc) {
            if (code.varargsSlot < 0) {
                int ndef = defaults == null ? 0 : defaults.length;
                String takes = ndef > 0 ? "from " + (argc - ndef) + " to " + argc : String.valueOf(argc);
                throw Err.type(qualname + "() takes " + takes + " positional argument" + (argc == 1 && ndef == 0 ? "" : "s")
                    + " but " + npos + (npos == 1 ? " was" : " were") + " given");
            }
            Object[] extra = new Object[npos - argc];
            System.arraycopy(args, argc, extra, 0, extra.length);
            slots[code.varargsSlot] = new PyTuple(extra);
        } else if (code.varargsSlot >= 0) {
            slots[code.varargsSlot] = PyTuple.EMPTY;
        }
        PyDict kwargs = null;
        if (code.kwargsSlot >= 0) {
            kwargs = new PyDict();
            slots[code.kwargsSlot] = kwargs;
        }
        int nparams = argc + code.kwonlycount;
        for (int k = 0; k < nkw; k++) {
            String kn = kwnames[k];
            Object v = args[npos + k];
            int idx = -1;
            for (int i = code.posonlycount; i < nparams; i++) {
                if (code.paramNames[i].equals(kn)) {
                    idx = i;
                    break;
                }
            }
            if (idx < 0) {
                if (kwargs == null) {
                    for (int i = 0; i < code.posonlycount; i++) {
                        if (code.paramNames[i].equals(kn)) {
                            throw Err.type(qualname + "() got some positional-only arguments passed as keyword arguments: '" + kn + "'");
                        }
                    }
                    throw Err.type(qualname + "() got an unexpected keyword argument '" + kn + "'");
                }
                kwargs.put(kn, v);
                continue;
            }
            int slot = idx < argc ? idx : slotOfKwonly(idx);
            if (slots[slot] != null) {
                throw Err.type(qualname + "() got multiple values for argument '" + kn + "'");
            }
            slots[slot] = v;
        }
        int ndef = defaults == null ? 0 : defaults.length;
        StringBuilder missing = null;
        int nmissing = 0;
        for (int i = 0; i < argc; i++) {
            if (slots[i] == null) {
                int di = i - (argc - ndef);
                if (di >= 0) {
                    slots[i] = defaults[di];
                } else {
                    nmissing++;
                    missing = appendName(missing, code.paramNames[i]);
                }
            }
        }
        if (nmissing > 0) {
            throw Err.type(qualname + "() missing " + nmissing + " required positional argument" + (nmissing > 1 ? "s" : "")
                + ": " + joinMissing(missing.toString()));
        }
        for (int i = argc; i < nparams; i++) {
            int slot = slotOfKwonly(i);
            if (slots[slot] == null) {
                Object d = kwdefaults == null ? null : kwdefaults.get(code.paramNames[i]);
                if (d == null) {
                    throw Err.type(qualname + "() missing 1 required keyword-only argument: '" + code.paramNames[i] + "'");
                }
                slots[slot] = d;
            }
        }
    }

    private int slotOfKwonly(int idx) {
        // Layout: positional params, then *args (if any), then keyword-only params, then **kwargs.
        return code.varargsSlot >= 0 ? idx + 1 : idx;
    }

    private static StringBuilder appendName(StringBuilder sb, String n) {
        if (sb == null) {
            sb = new StringBuilder();
        } else {
            sb.append('\u0000');
        }
        return sb.append('\'').append(n).append('\'');
    }

    private static String joinMissing(String s) {
        String[] parts = s.split("\u0000");
        if (parts.length == 1) {
            return parts[0];
        }
        if (parts.length == 2) {
            return parts[0] + " and " + parts[1];
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.length - 1; i++) {
            sb.append(parts[i]).append(", ");
        }
        return sb.append("and ").append(parts[parts.length - 1]).toString();
    }

    @Override
    public String toString() {
        return "<function " + qualname + " at 0x" + Long.toHexString(System.identityHashCode(this)) + ">";
    }
}
