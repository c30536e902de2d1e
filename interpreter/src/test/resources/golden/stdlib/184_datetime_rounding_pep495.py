# timedelta's float rounding as C's delta_new (fractions summed in double, half-to-even), a float
# subclass's as_integer_ratio() in timedelta * and /, float.as_integer_ratio of nan/inf, PEP 495's
# inequality of aware datetimes in a fold or gap, and their hash
from datetime import datetime, timedelta, timezone, tzinfo, time

td = timedelta
print([td(milliseconds=x / 1000) for x in (0.4, -0.4, 0.5, -0.5, 0.6, -0.6, 1.5, -1.5, 2.5)])
print(td(seconds=0.5 / 10**6), td(seconds=1 / 2**7), td(days=0.1, hours=0.3, minutes=1e-7), td(weeks=1.5, seconds=-0.25))

def bad(ratio):
    class BadFloat(float):
        def as_integer_ratio(self):
            return ratio
    return BadFloat()

for r in (1 << 100, (), (42,), (1, 2, 3), (3, 2), (1, 0)):
    for op in ("mul", "div"):
        try:
            print(op, r, td(1) * bad(r) if op == "mul" else td(1) / bad(r))
        except Exception as e:
            print(op, r, type(e).__name__, e)
for x in (float("nan"), float("inf"), -float("inf")):
    try:
        print(x.as_integer_ratio())
    except Exception as e:
        print(type(e).__name__, e)
    try:
        print(td(1) * x)
    except Exception as e:
        print(type(e).__name__, e)

ZERO, HOUR = timedelta(0), timedelta(hours=1)

def first_sunday_on_or_after(dt):
    days_to_go = 6 - dt.weekday()
    if days_to_go:
        dt += timedelta(days_to_go)
    return dt

class Eastern(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)
    def dst(self, dt):
        if dt is None or dt.tzinfo is None:
            return ZERO
        start = first_sunday_on_or_after(datetime(dt.year, 4, 1, 2))
        end = first_sunday_on_or_after(datetime(dt.year, 10, 25, 1))
        naive = dt.replace(tzinfo=None)
        if start + HOUR <= naive < end:
            return HOUR
        if end <= naive < end + HOUR:
            return ZERO if dt.fold else HOUR
        if start <= naive < start + HOUR:
            return HOUR if dt.fold else ZERO
        return ZERO
    def tzname(self, dt):
        return "Eastern"

E = Eastern()
t_fold = datetime(2002, 10, 27, 1, 45, tzinfo=E)
t_fold_utc = t_fold.astimezone(timezone.utc)
t_gap = datetime(2002, 4, 7, 2, 45, tzinfo=E)
t_gap_utc = t_gap.astimezone(timezone.utc)
print(t_fold == t_fold_utc, t_fold != t_fold_utc, t_fold.replace(fold=1) == t_fold_utc, t_gap == t_gap_utc)
print(hash(t_fold) == hash(t_fold.replace(fold=1)), hash(t_gap) == hash(t_gap.replace(fold=1)))
print(datetime(2002, 10, 27, 1, 45) == datetime(2002, 10, 27, 1, 45, fold=1))

class Surrogate(tzinfo):
    def tzname(self, dt):
        return "\ud800"
try:
    time(1, tzinfo=Surrogate()).strftime("%Z")
except ValueError as e:
    print(type(e).__name__)
