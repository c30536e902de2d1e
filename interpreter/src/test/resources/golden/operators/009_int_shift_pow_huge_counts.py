# Shift and power counts too large for a machine int (test_long's test_lshift_of_zero): zero stays
# zero whatever the count, 1 and -1 have small powers, anything else overflows.
import sys

for x in (0, 0 * 10**30):
    for n in (sys.maxsize, sys.maxsize + 1, 10**40):
        print(x << n, x >> n)
print(1 << 62, (1 << 62) << 3, (-5) << 70)
print(5 >> (10**30), (-5) >> (10**30), (10**30) >> (10**30))
for base in (0, 1, -1, 10**20 // 10**20, -(10**20) // 10**20):
    print(base ** (10**30), base ** (10**30 + 1), pow(base, sys.maxsize))
for bad in (lambda: 1 << (1 << 100), lambda: 7 << sys.maxsize, lambda: (10**20) << (10**20)):
    try:
        bad()
    except (OverflowError, MemoryError) as e:
        print(type(e).__name__)
for bad in (lambda: 1 << -1, lambda: 1 >> -(10**30), lambda: (10**30) << -(10**30)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
