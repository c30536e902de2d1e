package dev.gilspy.interp.modules.datetime;

import dev.gilspy.interp.runtime.PyModule;

/**
 * {@code _datetime}, as Modules/_datetimemodule.c: CPython's own {@code datetime.py} ends with
 * {@code from _datetime import *}, so these types replace its pure-Python classes (and C's error
 * messages are what programs see). {@code datetime_CAPI} is absent.
 */
public final class DatetimeModule {
    private DatetimeModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_datetime");
        m.put("__doc__", "Fast implementation of the datetime type.");
        m.put("MINYEAR", (long) Cal.MINYEAR);
        m.put("MAXYEAR", (long) Cal.MAXYEAR);
        m.put("timedelta", Timedelta.TYPE);
        m.put("date", Date.TYPE);
        m.put("datetime", DateTime.TYPE);
        m.put("time", Time.TYPE);
        m.put("tzinfo", TzInfo.TYPE);
        m.put("timezone", TzInfo.Fixed.TYPE);
        m.put("UTC", TzInfo.Fixed.UTC);
        return m;
    }
}
