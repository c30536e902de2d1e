words = ["alpha", "beta", "gamma"]
print(", ".join(w.upper() for w in words))
print("-".join(str(i) for i in range(5) if i % 2 == 0))
print("".join(reversed("stressed")))
print("|".join(map(str, (1, 2.5, None, True))))
print(" ".join(c for c in ""))
print("+".join(iter(["x"])))
d = {"k1": 1, "k2": 2}
print(";".join(f"{k}={v}" for k, v in d.items()))
print("\n".join(line.strip() for line in ["  a ", "b  "]))
try:
    "".join(x for x in [1, "a"])
except TypeError as e:
    print(e)
print(b"-".join([b"a", b"b"]))
