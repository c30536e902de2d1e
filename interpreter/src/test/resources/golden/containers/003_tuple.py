t = (1, 2, 3)
print(t, t[0], t[-1], t[1:], len(t), t + (4,), t * 2)
print((1,), (), tuple([1, 2]), tuple("ab"))
print(t.index(2), t.count(3), 2 in t, hash((1, 2)) == hash((1, 2)))
a, b, c = t
print(a, b, c)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
print((1, 2) < (1, 3), (1, 2, 3) > (1, 2), max([(1, "b"), (1, "a")]))
nested = ((1, 2), (3, 4))
print([x for pair in nested for x in pair])
