# time.tzset() re-reads TZ (a zoneinfo name, a POSIX TZ string, empty): localtime's tm_isdst/tm_zone/
# tm_gmtoff, tzname/timezone/altzone/daylight, strftime %Z%z, mktime's DST flag, and datetime's local
# time (fromtimestamp's fold, timestamp() of a repeated or skipped hour, astimezone()) follow it
import os, time
from datetime import datetime

ZONES = ['EST+05EDT,M3.2.0,M11.1.0', 'Australia/Lord_Howe', 'MSK-03', 'EDT4', 'UTC', 'America/New_York', '',
         'Asia/Tehran', '<+0330>-3:30', 'XYZ', ':Europe/London', 'AEST-10AEDT,M10.1.0,M4.1.0/3', 'CET-1CEST,J60/2,J300/3']
for z in ZONES:
    os.environ['TZ'] = z
    time.tzset()
    t = time.localtime(1.4e9)
    print(repr(z), time.tzname, time.timezone, time.altzone, time.daylight)
    print("  ", t.tm_hour, t.tm_isdst, t.tm_zone, t.tm_gmtoff, time.strftime("%Z%z", t), time.ctime(1.4e9))
    print("  ", [time.mktime((2014, 11, 2, 1, 30, 0, 0, 0, d)) for d in (-1, 0, 1)],
          [time.mktime((2014, 3, 9, 2, 30, 0, 0, 0, d)) for d in (-1, 0, 1)],
          [time.mktime((2015, 4, 5, 1, 45, 0, 0, 0, d)) for d in (0, 1)])
    d0 = datetime.fromtimestamp(1414906200)
    d1 = datetime.fromtimestamp(1414906200 + 3600)
    print("  ", d0, d0.fold, d1, d1.fold)
    print("  ", datetime(2014, 11, 2, 1, 30).timestamp(), datetime(2014, 11, 2, 1, 30, fold=1).timestamp(),
          datetime(2014, 3, 9, 2, 30).timestamp(), datetime(2014, 3, 9, 2, 30, fold=1).timestamp())
    print("  ", datetime(2015, 6, 1).astimezone(), datetime(2015, 12, 1).astimezone().tzname(), datetime.fromtimestamp(0))
    print("  ", [time.localtime(ts)[3:9] for ts in (0, 1e9, 1.7e9, 4e9)])
