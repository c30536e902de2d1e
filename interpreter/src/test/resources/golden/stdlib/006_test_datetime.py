from datetime import timedelta, date, datetime, time, timezone
import datetime as dt

d = timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5)
print(d, repr(d), d.days, d.seconds, d.microseconds, d.total_seconds())
print(timedelta(0), repr(timedelta(0)), timedelta(seconds=-1), repr(timedelta(seconds=-1)), -d)
print(timedelta(hours=1.5), timedelta(milliseconds=1.0005), timedelta(microseconds=0.5), timedelta(microseconds=1.5), timedelta(weeks=2))
print(d * 2, d * 0.5, 3 * d, d / 4, d / d, d // timedelta(hours=1), d % timedelta(hours=1), divmod(d, timedelta(days=1)))
print(abs(-d) == d, d > timedelta(1), timedelta(seconds=60) == timedelta(minutes=1), bool(timedelta(0)), timedelta(days=-3, hours=5))
print(timedelta.max, timedelta.min, timedelta.resolution, timedelta(seconds=90).total_seconds())

x = date(2024, 2, 28)
print(x, repr(x), x + timedelta(days=2), x - date(2023, 12, 25), x.weekday(), x.isoweekday(), x.isocalendar()[:3])
print(x.toordinal(), date.fromordinal(738000), x.replace(day=1), x.strftime("%A %d %B %Y (%a %b %j) %%"), date.fromisoformat("2021-07-04"))
print(x < date(2024, 3, 1), x == date(2024, 2, 28), date(2000, 2, 29), date.min, date.max, x.ctime(), f"{x:%Y/%m/%d}")
for bad in [lambda: date(2023, 2, 29), lambda: date(2023, 13, 1), lambda: date(0, 1, 1), lambda: date.fromisoformat("2021-7-4")]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)

t = datetime(2024, 3, 10, 14, 5, 9, 123456)
print(t, repr(t), t.isoformat(), t.isoformat(" ", "seconds"), t.isoformat(timespec="milliseconds"), t.date(), t.time())
print(repr(datetime(2024, 1, 1)), repr(datetime(2024, 1, 1, 5)), repr(datetime(2024, 1, 1, 5, 6, 7)), datetime(2024, 1, 1))
print(t + timedelta(hours=12), t - timedelta(days=70), t - datetime(2024, 1, 1), datetime(2024, 1, 1) - t)
print(t.strftime("%Y-%m-%d %H:%M:%S.%f %p %I %y %w %u"), t.ctime(), f"{t:%H:%M}", t.replace(year=2020, microsecond=0))
print(t > datetime(2024, 3, 10), t.weekday(), t.timetuple()[:8], datetime.combine(date(2020, 5, 17), time(8, 30)))
u = datetime(2024, 3, 10, 12, 0, tzinfo=timezone.utc)
k = datetime(2024, 3, 10, 13, 30, tzinfo=timezone(timedelta(hours=1, minutes=30)))
print(u, repr(u), k, repr(k.tzinfo), k - u, u == k, u.timestamp(), k.utcoffset(), k.tzname(), u.tzname())
print(u.strftime("%z %Z"), k.strftime("%z %Z"), timezone(timedelta(hours=-5)), timezone(timedelta(0), "Zulu").tzname(None))
print(datetime.fromtimestamp(0, timezone.utc), datetime.utcfromtimestamp(1700000000.25), datetime.fromtimestamp(86400.5, tz=timezone.utc))
print(datetime.fromisoformat("2024-03-10T14:05:09"), datetime.fromisoformat("2024-03-10 14:05:09.5+02:00"), datetime.fromisoformat("2024-03-10"))
print(k.astimezone(timezone.utc), u.astimezone(timezone(timedelta(hours=9))))
try:
    u < datetime(2024, 1, 1)
except TypeError as e:
    print("TypeError:", e)
print(u == datetime(2024, 3, 10, 12), len({t, t.replace(), datetime(2024, 3, 10, 14, 5, 9, 123456)}))
print(time(1, 2), repr(time(1, 2, 3)), time(1, 2, 3, 4), repr(time(1, 2, 0, 5)), time(23, 59).isoformat("minutes"), time(7, 5).strftime("%H-%M"))
now = datetime.now()
print(type(now).__name__, (datetime.now() - now) < timedelta(seconds=5), date.today() == now.date() or True, dt.MINYEAR, dt.MAXYEAR)
print(isinstance(t, date), datetime.min, datetime.max)
