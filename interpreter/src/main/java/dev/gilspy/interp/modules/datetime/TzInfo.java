package dev.gilspy.interp.modules.datetime;

import dev.gilspy.interp.runtime.Compare;
import dev.gilspy.interp.runtime.Err;
import dev.gilspy.interp.runtime.NativeObj;
import dev.gilspy.interp.runtime.NativeTypes;
import dev.gilspy.interp.runtime.Ops;
import dev.gilspy.interp.runtime.PyDict;
import dev.gilspy.interp.runtime.PyNone;
import dev.gilspy.interp.runtime.PyThread;
import dev.gilspy.interp.runtime.PyTuple;
import dev.gilspy.interp.runtime.PyType;
import dev.gilspy.interp.runtime.StrRepr;
import dev.gilspy.interp.runtime.Types;

/** {@code datetime.tzinfo} (the abstract base) and {@code datetime.timezone} (fixed offsets, utc). */
class TzInfo extends NativeObj {
    static final PyType TYPE = NativeTypes.newType("tzinfo", "datetime", null, (t, cls, a, k) -> new TzInfo(cls));

    TzInfo(PyType cls) { super(cls); }

    /** {@code timezone}: a fixed offset with an optional name. */
    static final class Fixed extends TzInfo {
        static final PyType TYPE = NativeTypes.newType("timezone", "datetime", TzInfo.TYPE, Fixed::construct);
        final Timedelta offset;
        final Object name;

        Fixed(PyType cls, Timedelta offset, Object name) {
            super(cls);
            this.offset = offset;
            this.name = name;
        }

        static final Fixed UTC = new Fixed(TYPE, Timedelta.ZERO, PyNone.NONE);

        static Object make(Timedelta offset, Object name) {
            if (name == PyNone.NONE && offset.micros() == 0) {
                return UTC;
            }
            long us = offset.micros();
            if (us <= -Timedelta.US_PER_DAY || us >= Timedelta.US_PER_DAY) {
                throw Err.value("offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not "
                    + StrRepr.repr(offset) + ".");
            }
            return new Fixed(TYPE, offset, name);
        }

        private static Object construct(PyThread t, PyType cls, Object[] a, String[] k) {
            Object[] v = Cal.args("timezone", a, k, 0, "offset", "name");
            if (v[0] == null) {
                throw Err.type("timezone() missing required argument 'offset' (pos 1)");
            }
            if (!(v[0] instanceof Timedelta off)) {
                throw Err.type("timezone() argument 1 must be datetime.timedelta, not " + Ops.typeName(v[0]));
            }
            Object name = v[1] == null ? PyNone.NONE : v[1];
            if (v[1] != null && !(name instanceof String)) {
                throw Err.type("timezone() argument 2 must be str, not " + (name == PyNone.NONE ? "None" : Ops.typeName(name)));
            }
            Object r = make(off, name);
            if (cls != TYPE) {
                Fixed f = (Fixed) r;
                return new Fixed(cls, f.offset, f.name);
            }
            return r;
        }

        String tzname() {
            if (name != PyNone.NONE) {
                return (String) name;
            }
            if (this == UTC || offset.micros() == 0) {
                return "UTC";
            }
            return "UTC" + DtFormat.offset(offset, ":");
        }

        @Override public int hashCode() { return offset.hashCode(); }

        @Override public boolean equals(Object o) { return o instanceof Fixed f && f.offset.equals(offset); }

        @Override public Object compare(Compare op, Object other) {
            if (!(other instanceof Fixed f) || (op != Compare.EQ && op != Compare.NE)) {
                return Types.NOT_IMPLEMENTED;
            }
            return (op == Compare.EQ) == f.offset.equals(offset);
        }

        static Fixed self(Object o) {
            if (o instanceof Fixed f) {
                return f;
            }
            throw Err.type("descriptor requires a 'datetime.timezone' object but received a '" + Ops.typeName(o) + "'");
        }

        private static void checkArg(Object dt) {
            if (dt != PyNone.NONE && !(dt instanceof DateTime)) {
                throw Err.type("timezone.utcoffset(dt) argument must be a datetime instance or None, not "
                    + Ops.typeName(dt));
            }
        }

        static {
            PyType T = TYPE;
            NativeTypes.def(T, "utcoffset", (t, a, k) -> {
                checkArg(a[1]);
                return self(a[0]).offset;
            });
            NativeTypes.def(T, "dst", (t, a, k) -> {
                checkArg(a[1]);
                return PyNone.NONE;
            });
            NativeTypes.def(T, "tzname", (t, a, k) -> {
                checkArg(a[1]);
                return self(a[0]).tzname();
            });
            NativeTypes.def(T, "fromutc", (t, a, k) -> {
                if (!(Cal.oneArg("timezone.fromutc", a, k, 1) instanceof DateTime dt)) {
                    throw Err.type("fromutc: argument must be a datetime");
                }
                if (dt.tzinfo != a[0]) {
                    throw Err.value("fromutc: dt.tzinfo is not self");
                }
                return dt.plus(self(a[0]).offset, 1);
            });
            NativeTypes.def(T, "__str__", (t, a, k) -> self(a[0]).tzname());
            NativeTypes.def(T, "__repr__", (t, a, k) -> {
                Fixed f = self(a[0]);
                String tn = Cal.typeName(Ops.typeOf(f), "timezone");
                if (f == UTC) {
                    return tn + ".utc";
                }
                return tn + "(" + f.offset.repr() + (f.name == PyNone.NONE ? "" : ", " + StrRepr.repr(f.name)) + ")";
            });
            NativeTypes.def(T, "__hash__", (t, a, k) -> (long) self(a[0]).hashCode());
            NativeTypes.def(T, "__getinitargs__", (t, a, k) -> {
                Fixed f = self(a[0]);
                return f.name == PyNone.NONE ? PyTuple.of(f.offset) : PyTuple.of(f.offset, f.name);
            });
            NativeTypes.def(T, "__reduce__", (t, a, k) -> {
                Fixed f = self(a[0]);
                return PyTuple.of(Ops.typeOf(f), f.name == PyNone.NONE ? PyTuple.of(f.offset) : PyTuple.of(f.offset, f.name));
            });
            NativeTypes.ready(T);
            NativeTypes.put(T, "utc", UTC);
            NativeTypes.put(T, "min", new Fixed(T, Timedelta.of(0, -86340, 0), PyNone.NONE));
            NativeTypes.put(T, "max", new Fixed(T, Timedelta.of(0, 86340, 0), PyNone.NONE));
        }
    }

    /** {@code tz.utcoffset(arg)} (or dst), checked as C's call_utcoffset: null for None. */
    static Timedelta call(Object tz, String meth, Object arg) {
        if (tz == PyNone.NONE || tz == null) {
            return null;
        }
        Object r;
        if (tz instanceof Fixed f && Ops.typeOf(f) == Fixed.TYPE) {
            r = meth.equals("dst") ? PyNone.NONE : f.offset;
        } else {
            r = Ops.call(PyThread.current(), Ops.getattr(tz, meth), new Object[] {arg}, null);
        }
        if (r == PyNone.NONE) {
            return null;
        }
        if (!(r instanceof Timedelta d)) {
            throw Err.type("tzinfo." + meth + "() must return None or timedelta, not '" + Ops.typeName(r) + "'");
        }
        long us = d.micros();
        if (us <= -Timedelta.US_PER_DAY || us >= Timedelta.US_PER_DAY) {
            throw Err.value("offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not "
                + StrRepr.repr(d) + ".");
        }
        return d;
    }

    static Object tzname(Object tz, Object arg) {
        if (tz == PyNone.NONE) {
            return PyNone.NONE;
        }
        Object r = tz instanceof Fixed f && Ops.typeOf(f) == Fixed.TYPE ? f.tzname()
            : Ops.call(PyThread.current(), Ops.getattr(tz, "tzname"), new Object[] {arg}, null);
        if (r != PyNone.NONE && !(r instanceof String)) {
            throw Err.type("tzinfo.tzname() must return None or a string, not '" + Ops.typeName(r) + "'");
        }
        return r;
    }

    static void check(Object tz) {
        if (tz != PyNone.NONE && !(tz instanceof TzInfo)) {
            throw Err.type("tzinfo argument must be None or of a tzinfo subclass, not type '" + Ops.typeName(tz) + "'");
        }
    }

    static {
        PyType T = TYPE;
        NativeTypes.def(T, "tzname", (t, a, k) -> {
            throw Err.make(Types.NotImplementedError, "a tzinfo subclass must implement tzname()");
        });
        NativeTypes.def(T, "utcoffset", (t, a, k) -> {
            throw Err.make(Types.NotImplementedError, "a tzinfo subclass must implement utcoffset()");
        });
        NativeTypes.def(T, "dst", (t, a, k) -> {
            throw Err.make(Types.NotImplementedError, "a tzinfo subclass must implement dst()");
        });
        NativeTypes.def(T, "fromutc", (t, a, k) -> {
            if (!(Cal.oneArg("tzinfo.fromutc", a, k, 1) instanceof DateTime dt)) {
                throw Err.type("fromutc: argument must be a datetime");
            }
            if (dt.tzinfo != a[0]) {
                throw Err.value("fromutc: dt.tzinfo is not self");
            }
            Timedelta off = call(a[0], "utcoffset", dt);
            if (off == null) {
                throw Err.value("fromutc: non-None utcoffset() result required");
            }
            Timedelta dst = call(a[0], "dst", dt);
            if (dst == null) {
                throw Err.value("fromutc: non-None dst() result required");
            }
            Timedelta delta = Timedelta.of(0, 0, off.micros() - dst.micros());
            Object r = dt.plus(delta, 1);
            Timedelta dst2 = call(a[0], "dst", r);
            if (dst2 == null) {
                throw Err.value("fromutc: tz.dst() gave inconsistent results; cannot convert");
            }
            return ((DateTime) r).plus(dst2, 1);
        });
        NativeTypes.def(T, "__reduce__", (t, a, k) -> {
            Object self = a[0];
            Object gia = Ops.getattrOrNull(self, "__getinitargs__");
            Object args = gia == null ? PyTuple.of() : Ops.call(t, gia, new Object[0], null);
            Object gs = Ops.getattrOrNull(self, "__getstate__");
            Object state = gs == null ? PyNone.NONE : Ops.call(t, gs, new Object[0], null);
            if (state == PyNone.NONE || state instanceof PyDict d && d.size() == 0) {
                return PyTuple.of(Ops.typeOf(self), args);
            }
            return PyTuple.of(Ops.typeOf(self), args, state);
        });
        NativeTypes.ready(T);
    }
}
