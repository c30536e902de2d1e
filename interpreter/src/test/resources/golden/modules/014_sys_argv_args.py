import sys
print(len(sys.argv) - 1, "args")
for i, a in enumerate(sys.argv[1:], 1):
    print(i, repr(a))
total = sum(int(a) for a in sys.argv[1:] if a.isdigit())
print("sum of numeric args:", total)
