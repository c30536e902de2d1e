d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, "=", v)
d.pop("alpha")
d["alpha"] = 0
print(list(d))
print(sorted(d.items(), key=lambda kv: kv[1]))
try:
    for k in d:
        d["new"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
print({(1, 2): "tuple key", 3: "int", 2.5: "float", None: "none"})
