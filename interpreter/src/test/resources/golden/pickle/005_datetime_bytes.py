# datetime objects pickle as CPython's _datetime does (the bytes state of datetime.py), and round trip
import copy
import datetime
import pickle

vals = [datetime.date(2020, 1, 2), datetime.datetime(2020, 1, 2, 3, 4, 5, 6), datetime.time(1, 2, 3, 400),
        datetime.timedelta(1, 2, 3), datetime.timedelta(-3), datetime.timezone.utc,
        datetime.timezone(datetime.timedelta(hours=2), "X"), datetime.datetime(1999, 12, 31, 23, 59, tzinfo=datetime.timezone.utc),
        datetime.time(5, tzinfo=datetime.timezone(datetime.timedelta(minutes=-90)))]
for v in vals:
    for p in range(6):
        b = pickle.dumps(v, p)
        back = pickle.loads(b)
        print(type(v).__name__, p, b, back == v, type(back) is type(v))
    print(copy.deepcopy(v) == v, copy.copy(v) == v)
print(pickle.loads(pickle.dumps(vals))[1].isoformat())
