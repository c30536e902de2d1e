n = 10
n += 5; n -= 3; n *= 2; n //= 5; n **= 3; n %= 7
print(n)
f = 1.0
f /= 4
print(f)
s = "ab"
s += "cd"
s *= 2
print(s)
xs = [1]
ys = xs
xs += [2]
print(xs, ys, xs is ys)
t = (1,)
u = t
t += (2,)
print(t, u)
d = {"k": 1}
d["k"] += 10
print(d)
class O:
    v = 1
o = O()
o.v += 1
print(o.v, O.v)
lst = [1, 2, 3]
lst[1] *= 10
print(lst)
