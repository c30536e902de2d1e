x = 3.14159
n = 1234567
v = "hi"
p = 0.256
print(f"{x:.2f} {n:,} {v!r} {p:.1%}")
print(f"{x}|{n}|{v}|{p}")
print(f"{x:8.3f}|{x:<8.1f}|{x:^9.2f}|{x:+.1f}")
print(f"{n:_}|{n:>12,}|{n:012d}|{-n:,}")
print(f"{v!s} {v!a} {'é'!a}")
print(f"{1 + 2} {v.upper()} {[1, 2][1]} {{braces}}")
