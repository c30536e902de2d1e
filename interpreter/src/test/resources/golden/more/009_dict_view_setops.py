a = {"x": 1, "y": 2, "z": 3}
b = {"y": 20, "z": 30, "w": 40}
print(sorted(a.keys() & b.keys()), sorted(a.keys() | b.keys()), sorted(a.keys() - b.keys()), sorted(a.keys() ^ b.keys()))
print(sorted(a.keys() & {"x", "q"}), sorted({"z"} | a.keys()))
print(sorted(a.items() & {("x", 1), ("y", 3)}))
print(a.keys() == {"x", "y", "z"}, a.keys() <= {"x", "y", "z", "w"}, a.keys() < {"x", "y"})
print("x" in a.keys(), ("x", 1) in a.items(), 1 in a.values(), ("x", 2) in a.items())
print(a.keys().isdisjoint({"q"}), a.keys().isdisjoint(["x"]))
k = a.keys()
a["n"] = 9
print(len(k), list(k), list(reversed(a.values())))
print(type(a.keys() & b.keys()).__name__)
