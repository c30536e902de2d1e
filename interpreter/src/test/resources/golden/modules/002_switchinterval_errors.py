import sys
for bad in (0, -1, -0.5, 0.0):
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print("ValueError:", e)
print(sys.getswitchinterval())
try:
    sys.setswitchinterval("x")
except TypeError as e:
    print("TypeError:", e)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
