print("%d %s %r" % (42, "str", "str"))
print("%5d|%-5d|%05d|%+d" % (42, 42, 42, 42))
print("%.2f|%8.3f|%-8.1f|%e|%g" % (3.14159, 2.71828, 1.5, 12345.678, 0.0001))
print("%x %X %o %#x %c" % (255, 255, 8, 255, 65))
print("%s and %s" % ("a", [1, 2]))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("100%%", "%s" % None, "%s" % (1,), "%i" % 3.9)
print("%10s|%-10s|%.3s" % ("right", "left", "truncate"))
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % ("only",)
except TypeError as e:
    print("TypeError:", e)
