a = b = c = []
a.append(1)
print(a, b, c, a is c)
x = y = 5
x += 1
print(x, y)
i, j = j, i = 1, 2
print(i, j)
obj = type("T", (), {})()
obj.a, obj.b = 1, 2
print(obj.a, obj.b)
d = {}
d["x"], d["y"] = "XY"
print(d)
lst = [0, 0, 0]
k = 0
k, lst[k] = 1, 9
print(k, lst)
