# time.strftime over the struct_time that gmtime and localtime make (read in place, logging's
# formatTime), over one the constructor makes, and over plain tuples: gmtime's tm_zone is "GMT" as
# glibc's, and a plain tuple has no tm_gmtoff, so %z is +0000 (gettmarg leaves it 0)
import time

for ts in [0, 1e9, 1765000000.5, -1e9, 253402300799]:
    g = time.gmtime(ts)
    print(g.tm_zone, g.tm_gmtoff, time.strftime("%Y-%m-%d %H:%M:%S %Z %z %a %j %U", g))
    loc = time.localtime(ts)
    print(time.strftime("%Y-%m-%d %H:%M:%S", loc) == "%04d-%02d-%02d %02d:%02d:%02d" % loc[:6],
          time.strftime("%z", loc) == "%+03d%02d" % divmod(loc.tm_gmtoff // 60, 60) if loc.tm_gmtoff >= 0 else True)
print(time.strftime("%Y %m %d %z", (2020, 2, 28, 1, 2, 3, 0, 0, 0)))
print(time.strftime("%Y %m %d %z", (2020, 0, 0, 1, 2, 3, 0, 0, 1)))
print(time.strftime("%Y %m %d %H %M %S %z", time.struct_time((2021, 12, 31, 23, 59, 59, 0, 0, 0))))
st = time.struct_time((2000, 2, 29, 0, 0, 0, 0, 0, 0))
print(st.tm_zone, time.strftime("%F %T %z", st))
for bad in [(2020, 13, 1, 0, 0, 0, 0, 0, 0), (2020, 1, 1, 24, 0, 0, 0, 0, 0), (2020, 1, 32, 0, 0, 0, 0, 0, 0)]:
    try:
        time.strftime("%F", time.struct_time(bad))
    except ValueError as e:
        print("ValueError", e)
# time.strptime (through _strptime, as CPython's) and the constant test_time reads at class creation
print(time.strptime("2024-03-05 10:11:12", "%Y-%m-%d %H:%M:%S"))
print(time.strptime("5 Mar 99", "%d %b %y")[:8], time._STRUCT_TM_ITEMS)
try:
    time.strptime("2024-13", "%Y-%m")
except ValueError as e:
    print("ValueError", e)
