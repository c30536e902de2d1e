print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in "ab"])
print([[x * y for y in range(3)] for x in range(3)])
print([c.upper() for c in "hey" if c != "e"])
print([x if x > 2 else -x for x in range(5)])
x = "outer"
print([x for x in "ab"], x)
