words = ["apple", "bob", "kiwi", "apple"]
print({w: len(w) for w in words})
print({len(w) for w in words} == {3, 4, 5})
print({k: v for k, v in enumerate("abc") if k != 1})
print(sorted({x % 4 for x in range(20)}))
inv = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inv)
print({(i, j): i * j for i in range(2) for j in range(2)})
