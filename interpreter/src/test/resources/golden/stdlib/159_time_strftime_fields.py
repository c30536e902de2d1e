# time.strftime's fields beyond the common ones (%w %u %U %W %e %C %D %F %T %R %c ...), which
# CPython's pure-Python datetime and logging's asctime use
import time

for ts in [0, 1.5e9, 1709999999, 1704067200, 1735603200, 951782400]:
    t = time.gmtime(ts)
    print(time.strftime("%Y %m %d %e %H %M %S %y %C %a %A %b %h %B %j %p %I %w %u %U %W", t))
    print(time.strftime("%D|%x|%F|%T|%X|%R|%c|%%|%n|%t|", t))
