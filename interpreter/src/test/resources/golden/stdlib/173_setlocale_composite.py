# setlocale(LC_ALL, s) takes back the mixed-category string setlocale(LC_ALL) reported
# (test.support.run_with_locale restores it so: test_logging's tearDownModule)
import locale

locale.setlocale(locale.LC_ALL, "C")
locale.setlocale(locale.LC_CTYPE, "C.UTF-8")
mixed = locale.setlocale(locale.LC_ALL)
print(mixed)
locale.setlocale(locale.LC_ALL, "C")
print(locale.setlocale(locale.LC_ALL))
print(locale.setlocale(locale.LC_ALL, mixed) == mixed)
print(locale.setlocale(locale.LC_CTYPE), locale.setlocale(locale.LC_NUMERIC))
for bad in ("LC_CTYPE=xx_YY.nope;LC_NUMERIC=C", "LC_BOGUS=C"):
    try:
        locale.setlocale(locale.LC_ALL, bad)
    except locale.Error as e:
        print("Error", e)
print(locale.setlocale(locale.LC_ALL) == mixed)
