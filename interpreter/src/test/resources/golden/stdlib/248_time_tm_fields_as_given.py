# time.strftime and time.asctime take a time tuple's fields as given (timemodule.c's gettmarg and
# checktm, then glibc's strftime in the C locale): years past any calendar, zero fields, %G/%V, flags
# and widths, the range errors; and the clock_* functions and pthread_getcpuclockid (test_time).
import time
for y in (1, 12, 123, -1, -123, 12345, 2**31-1, -1234567890):
    print(y, repr(time.strftime('%Y|%C|%y|%G|%g|%V', (y,)+(0,)*8)), repr(time.asctime((y,)+(0,)*8)))
print(time.strftime('%Y %m %d %H %M %S %w %j %a %A %b %B %U %W %u %p %I %k %l %P %r %c %x %X %D %F %T %R %e %-d %_m %h %%', (2000,)+(0,)*8))
print(time.strftime('%Y %m %d %H %M %S %w %j %a %U %W %G %V %u', time.gmtime(1e9)))
print(repr(time.strftime('%Q %E %O %5Y %-H %Ey %Od %', time.gmtime(1e9))))
print(repr(time.strftime('%10A|%-10d|%_5m|%^a|%#b|%010d|%3j', (2000,1,1,0,0,0,0,1,1))))
for d in range(0, 400, 7):
    st = time.gmtime(d * 86400 * 3.3 + 1.2e9)
    print(time.strftime('%G-%V-%u %U %W %j', st), end=' ')
print()
for bad in [(1900,1,1,0,0,0,7,1,0),(1900,1,1,0,0,0,-1,1,0),(1900,1,1,0,0,0,-2,1,0),(1900,1,1,0,0,0,0,367,0),(1900,1,1,0,0,0,0,-1,0),
            (1900,13,1,0,0,0,0,1,0),(1900,1,1,0,0,0,0,0,-5),(1900,1,32,0,0,0,0,1,0),(1900,1,1,24,0,0,0,1,0),(1900,1,1,0,0,62,0,1,0), (1,2,3), [2000]+[0]*8,
            (-2**31+1899,1,1,0,0,0,0,1,0)]:
  for f in (lambda t: time.strftime('%a %j', t), time.asctime):
    try: print(repr(f(bad)))
    except Exception as e: print(type(e).__name__, e)
for bad in (b'%Y', '%S\0', 5):
    try: print(time.strftime(bad, time.gmtime(0)))
    except Exception as e: print(type(e).__name__, e)
print(time.asctime(time.gmtime(0)), time.ctime(0) == time.asctime(time.localtime(0)))
print(sorted(n for n in dir(time) if n.startswith('CLOCK_')))
print(type(time.clock_gettime(time.CLOCK_REALTIME)), type(time.clock_gettime_ns(time.CLOCK_MONOTONIC)))
print(0 < time.clock_getres(time.CLOCK_REALTIME) <= 1, abs(time.clock_gettime(time.CLOCK_REALTIME) - time.time()) < 5)
import threading
cid = time.pthread_getcpuclockid(threading.get_ident())
print(type(cid), cid != time.CLOCK_THREAD_CPUTIME_ID, cid < 0, time.clock_gettime(cid) <= time.clock_gettime(cid))
for c in (time.CLOCK_MONOTONIC, 12345):
    try: time.clock_settime(c, 0)
    except OSError as e: print(type(e).__name__, e.errno)
    try: time.clock_gettime(c) ; print("ok")
    except OSError as e: print(type(e).__name__, e.errno)
