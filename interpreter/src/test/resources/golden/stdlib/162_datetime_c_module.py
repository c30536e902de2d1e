# _datetime's C error messages, subclassing, tzinfo subclasses, isocalendar, strptime, fromisoformat forms
import datetime as dt
from datetime import date, time, datetime, timedelta, timezone, tzinfo
import pickle, copy

def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

err(lambda: date(2023, 2, 29))
err(lambda: date(10000, 1, 1))
err(lambda: date(2023, 0, 1))
err(lambda: date(2023, 1))
err(lambda: date(2023.0, 1, 1))
err(lambda: date("2023", 1, 1))
err(lambda: time(24))
err(lambda: time(1, 60))
err(lambda: time(1, 1, 60))
err(lambda: time(1, 1, 1, 1000000))
err(lambda: time(1, fold=2))
err(lambda: datetime(2020, 1, 1, tzinfo=1))
err(lambda: timedelta(days=1e9))
err(lambda: timedelta(days=1) / 0)
err(lambda: timedelta(days=1) // timedelta(0))
err(lambda: date.max + timedelta(days=1))
err(lambda: datetime.max + timedelta(days=1))
err(lambda: date(2020, 1, 1) < datetime(2020, 1, 1))
err(lambda: datetime(2020, 1, 1) - datetime(2020, 1, 1, tzinfo=timezone.utc))
err(lambda: timezone(timedelta(hours=24)))
err(lambda: timezone(5))
err(lambda: date.fromisoformat(20200101))
err(lambda: datetime.fromisoformat("2020-01-01T25:00"))
err(lambda: tzinfo().utcoffset(None))
err(lambda: time(1, 2).isoformat("nanos"))
err(lambda: datetime.now().isoformat(sep=1))
err(lambda: date.fromordinal(0))
err(lambda: date(2020, 1, 1).replace(month=13))
print(date(2020, 1, 1) == datetime(2020, 1, 1), date(2020, 1, 1) != datetime(2020, 1, 1))

# fromisoformat (3.11 forms)
for s in ["2020-01-02", "20200102", "2020-W01-3", "2020W013", "2020-W05"]:
    print(s, date.fromisoformat(s))
for s in ["2020-01-02T03:04", "2020-01-02 03:04:05.123", "20200102T030405", "2020-01-02T03:04:05Z",
          "2020-01-02T03:04:05-05:30", "2020-01-02T03:04:05.123456+00:00", "2011-11-04T00:05:23.283+04:00:30"]:
    print(s, repr(datetime.fromisoformat(s)))
for s in ["03:04", "03:04:05.5", "T030405", "03:04:05+01:00", "03:04:05.000001Z"]:
    print(s, repr(time.fromisoformat(s)))

# isocalendar, fromisocalendar, weekdays
d = date(2021, 1, 3)
ic = d.isocalendar()
print(ic, ic.year, ic.week, ic.weekday, tuple(ic), date.fromisocalendar(2020, 53, 7))
for y in range(1998, 2010):
    print(y, date(y, 1, 1).isocalendar()[:], date(y, 12, 31).isocalendar()[:])

# strptime through _strptime
print(repr(datetime.strptime("2024-03-10 14:05:09", "%Y-%m-%d %H:%M:%S")))
print(repr(datetime.strptime("10/03/24 +0130", "%d/%m/%y %z")))

# a subclass of datetime, date, timedelta; a tzinfo subclass
class MyDT(datetime):
    def hello(self):
        return "hi " + self.isoformat()

m = MyDT(2020, 5, 17, 8, 30)
print(type(m).__name__, m.hello(), repr(m), type(m + timedelta(1)).__name__, type(m.replace(year=2021)).__name__)
print(type(MyDT.now()).__name__, type(MyDT.fromtimestamp(0)).__name__, type(MyDT.combine(date(2020, 1, 1), time(1))).__name__)
print(type(m - timedelta(1)).__name__, m - MyDT(2020, 1, 1), isinstance(m, date), m == datetime(2020, 5, 17, 8, 30))
back = pickle.loads(pickle.dumps(m))
print(type(back).__name__, back == m)

class MyDate(date):
    pass

md = MyDate(2020, 1, 31)
print(repr(md), type(md + timedelta(1)).__name__, type(MyDate.fromordinal(5)).__name__, type(MyDate.today()).__name__)

class TD(timedelta):
    pass
print(repr(TD(1, 2)), type(TD(1) + TD(2)).__name__)

class EST(tzinfo):
    def utcoffset(self, d):
        return timedelta(hours=-5)
    def dst(self, d):
        return timedelta(0)
    def tzname(self, d):
        return "EST"
    def __repr__(self):
        return "EST()"

e = datetime(2020, 1, 1, 12, tzinfo=EST())
print(e, repr(e), e.utcoffset(), e.tzname(), e.dst(), e.astimezone(timezone.utc), e.timestamp())
print(e.strftime("%Y %z %Z"), e.utctimetuple()[:6], e.timetuple()[8], datetime(2020, 1, 1, 17, tzinfo=timezone.utc) == e)
print(timezone.utc.fromutc(datetime(2020, 1, 1, tzinfo=timezone.utc)), datetime.fromtimestamp(0, EST()))
print(time(5, tzinfo=EST()).utcoffset(), time(5, tzinfo=EST()).isoformat(), time(5, 30, tzinfo=timezone.utc) == time(0, 30, tzinfo=EST()))
eb = pickle.loads(pickle.dumps(timezone(timedelta(hours=3))))
print(repr(eb), timezone.min, timezone.max, dt.UTC is timezone.utc)

# hashing: equal values hash alike, across time zones
a = datetime(2020, 1, 1, 12, tzinfo=timezone.utc)
b = datetime(2020, 1, 1, 14, tzinfo=timezone(timedelta(hours=2)))
print(a == b, hash(a) == hash(b), len({a, b}), len({timedelta(1), timedelta(hours=24)}), len({date(2020, 1, 1), date(2020, 1, 1)}))
print({timezone.utc: 1}[timezone(timedelta(0))], time(1) == time(1, 0), hash(time(1)) == hash(time(1, 0)))

# arithmetic corner cases
print(timedelta(microseconds=-1), timedelta(days=-1, microseconds=1), timedelta(1) * 1.5, timedelta(seconds=1) / 3)
print(timedelta(seconds=7) // 2, timedelta(seconds=7) % timedelta(seconds=3), -timedelta(seconds=1) // timedelta(seconds=3))
print(timedelta(minutes=2.5, seconds=0.25), timedelta(weeks=1, days=-7), timedelta(hours=-25), abs(timedelta(hours=-25)))
print(date(2000, 3, 1) - timedelta(days=1), datetime(2000, 1, 1) - timedelta(microseconds=1), date(1, 1, 1).toordinal())
print(datetime(2020, 1, 1, fold=1), repr(datetime(2020, 1, 1, fold=1)), repr(time(1, fold=1)), time(1, fold=1) == time(1))
print(pickle.loads(pickle.dumps(datetime(2020, 1, 1, fold=1), 4)).fold, copy.deepcopy(time(1, fold=1)).fold)
print(format(date(2020, 1, 2)), format(datetime(2020, 1, 2), "%d/%m"), f"{time(13, 4):%I%p}", "{:%Y}".format(date(1, 2, 3)))
print(date(2020, 1, 1).strftime("%f %z %Z|"), datetime(2020, 1, 1, 1, 2, 3, 4).strftime("%f%%z"), time(1, 2, 3, 45).strftime("%H %f"))
print(date.min.ctime(), datetime(2020, 2, 29, 23, 59, 59).ctime(), timedelta.max.total_seconds(), timedelta(0, 0, 1).total_seconds())
print(datetime(2020, 1, 1).isoformat(timespec="hours"), datetime(2020, 1, 1, 1, 2, 3, 4000).isoformat(timespec="milliseconds"))
print(datetime.utcfromtimestamp(-1.5), datetime.fromtimestamp(1.0000005, timezone.utc), datetime.fromtimestamp(2.5e-7, timezone.utc))
print(sorted(n for n in dir(dt) if not n.startswith("_") and n != "datetime_CAPI"))
