d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "b" in d)
print(list(d.keys()), list(d.values()), list(d.items()))
d["b"] = 20
print(d)
del d["a"]
print(d, d.pop("c"), d.pop("zz", "dflt"), d)
d.update({"x": 1}, y=2)
print(d, d.setdefault("x", 9), d.setdefault("n", []), d)
print(dict(a=1, b=2), dict([("k", "v")]), dict.fromkeys("ab", 0), dict(zip("xy", [1, 2])))
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
print(d.popitem(), d)
e = d.copy()
e.clear()
print(e, d == {"b": 20, "x": 1, "y": 2}, {1: "a"} | {2: "b"})
