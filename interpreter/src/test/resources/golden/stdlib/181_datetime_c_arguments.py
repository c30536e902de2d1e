# _datetime's argument checks as Modules/_datetimemodule.c makes them (C's messages), pickling of
# isocalendar(), and str() of subclasses that inherit __str__
import pickle
from datetime import date, datetime, time, timedelta, timezone

def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

attempt("fromisocalendar big year", lambda: date.fromisocalendar(2 << 32, 1, 1))
attempt("fromisocalendar big week", lambda: datetime.fromisocalendar(2019, 2 << 32, 1))
attempt("fromisocalendar ok", lambda: date.fromisocalendar(2019, 1, 2))
iso = date(2019, 1, 1).isocalendar()
back = pickle.loads(pickle.dumps(iso))
print(type(back).__name__, back, iso.week)
attempt("combine()", lambda: datetime.combine())
attempt("combine(date)", lambda: datetime.combine(date(2000, 1, 1)))
attempt("fromtimestamp()", lambda: datetime.fromtimestamp())
attempt("utcnow(tz)", lambda: datetime.utcnow(timezone.utc))
attempt("utcfromtimestamp(ts, tz)", lambda: datetime.utcfromtimestamp(0, timezone.utc))
attempt("utcfromtimestamp(0)", lambda: datetime.utcfromtimestamp(0))
attempt("time fold positional", lambda: time(0, 0, 0, 0, None, 1))
attempt("time fold keyword", lambda: time(0, 0, 0, 0, None, fold=1))
attempt("datetime fold positional", lambda: datetime(1, 1, 1, 0, 0, 0, 0, None, 1))
attempt("replace fold positional", lambda: datetime(1, 1, 1).replace(1, 1, 1, 1, 1, 1, 1, None, 1))
attempt("time.replace fold positional", lambda: time(1).replace(1, 1, 1, 1, None, 1))
attempt("timezone(ZERO, None)", lambda: timezone(timedelta(0), None))
attempt("time.utcoffset(arg)", lambda: time(1, tzinfo=timezone.utc).utcoffset("x"))
attempt("datetime.dst(arg)", lambda: datetime(1, 1, 1).dst(1))
attempt("time.tzname(arg)", lambda: time(1).tzname(1))
attempt("fromutc(a, b)", lambda: timezone.utc.fromutc(datetime(1, 1, 1, tzinfo=timezone.utc), 1))
attempt("bad tzinfo state", lambda: datetime(bytes([1] * 10), "EST"))
attempt("bad time tzinfo state", lambda: time(bytes([1] * 6), "EST"))

class D(date):
    pass
class DT(datetime):
    pass
class TD(timedelta):
    pass
class B(date):
    def strftime(self, fmt):
        return "B"
print(str(D(2007, 9, 10)), str(DT(1, 2, 3, 4, 5, 1, 123)), str(TD(days=-1, seconds=82800)), format(B(2007, 9, 10), ""))
