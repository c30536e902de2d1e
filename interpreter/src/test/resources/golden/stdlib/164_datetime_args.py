# _datetime: argument errors, reductions, MROs, mixed-type operations
from datetime import *
def err(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
err(lambda: timedelta(1) == 1)
err(lambda: time(1) < time(1, tzinfo=timezone.utc))
err(lambda: timedelta("1"))
err(lambda: datetime(2020, 1, 1).astimezone(timezone.utc))
err(lambda: datetime.fromtimestamp(1e20))
err(lambda: date.today() > date(2000, 1, 1))
err(lambda: str(timezone(timedelta(hours=-5), "X")))
err(lambda: str(timezone(timedelta(hours=-5, seconds=-1))))
err(lambda: timezone(timedelta(hours=-5), "X") == timezone(timedelta(hours=-5)))
err(lambda: date(2020, 1, 1).__reduce__())
err(lambda: datetime(2020, 1, 1).__reduce_ex__(2))
err(lambda: timedelta(1).__reduce__())
err(lambda: type(date.today()).__mro__)
err(lambda: datetime.__mro__)
err(lambda: timezone.__mro__)
err(lambda: (date.__module__, datetime.__qualname__, timedelta.__name__))
err(lambda: datetime(2020, 1, 1, 12).strftime("%c %x %X"))
err(lambda: date(2020, 1, 1).timetuple())
err(lambda: datetime(2020, 6, 1, tzinfo=timezone.utc).timetuple())
err(lambda: timedelta(days=1, hours=-1).__str__())
err(lambda: datetime.combine(date(2020, 1, 1), time(1, tzinfo=timezone.utc)))
err(lambda: datetime(2020, 1, 1, 1, 1, 1, 1) - datetime(2019, 1, 1))
err(lambda: bool(time(0)))
err(lambda: timedelta(days=1).days.__class__)
err(lambda: max(timedelta(1), timedelta(2)))
err(lambda: sorted([date(2020, 3, 1), date(2019, 1, 1)]))
err(lambda: datetime(2020, 1, 1) in {datetime(2020, 1, 1): 1})
err(lambda: date(2020, 1, 1).replace(2021, day=5))
err(lambda: datetime(2020, 1, 1).replace(tzinfo=timezone.utc))
err(lambda: time(1).replace(hour=25))
err(lambda: timedelta(1, 2, 3, 4, 5, 6, 7))
err(lambda: timedelta(foo=1))
err(lambda: datetime(2020, 1, 1, 1, 1, 1, 1, None, fold=1, foo=2))
for f in [lambda: date(1,2,3,4), lambda: date(1,2,foo=3), lambda: time(1,2,3,4,None,0,5), lambda: time(bar=1),
          lambda: datetime(1,2,3,bar=1), lambda: timedelta(1,2,3,4,5,6,7,8), lambda: timezone(timedelta(0), 'x', 1),
          lambda: date(1,1,1).replace(foo=1), lambda: datetime.now(foo=1), lambda: date(1,1,1).strftime(fmt='x'),
          lambda: datetime(1,1,1).isoformat(foo=1), lambda: date(2020,1,1).replace(2021,2,3,4), lambda: date(1, 2)]:
    err(f)
