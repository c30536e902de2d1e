# time.localtime / strftime / mktime agree on the local zone across many calls (the zone is cached).
import time
ts = [0, 1700000000, 1700000000.75, 951782400, 2147483647, 1234567890.5]
for s in ts:
    t = time.localtime(s)
    g = time.gmtime(s)
    print(tuple(t), t.tm_zone == time.strftime("%Z", t), t.tm_gmtoff, time.mktime(t) == float(int(s)))
    print(time.strftime("%Y-%m-%d %H:%M:%S %z", g), time.asctime(t) == time.ctime(s))
now = time.localtime()
print(type(now.tm_zone).__name__, time.strftime("%Z") == now.tm_zone)
print(time.localtime(None)[:3] == time.localtime()[:3])
