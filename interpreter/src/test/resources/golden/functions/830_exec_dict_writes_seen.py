# exec(src, d) into a plain dict: what the program then writes into d, the functions that exec defined see at once
d = {}
exec("def f():\n    return k\n", d)
d["k"] = 1
print(d["f"]())
d["k"] = 2
print(d["f"]())
d.update(k=3)
print(d["f"]())
d.setdefault("j", 4)
exec("def g():\n    return j\n", d)
print(d["g"]())
del d["k"]
try:
    d["f"]()
except NameError as e:
    print("NameError", e)
d["k"] = 5
print(d["f"]())
d.clear()
try:
    d["f"]
except KeyError:
    print("cleared")
d = {}
exec("def f2():\n    return len(k)\n", d)
f2 = d["f2"]
d.clear()
d["k"] = "abc"
print(f2())
