def match(*a):
    return ("called", a)
print(match(1, 2))
match = [1, 2, 3]
match[0] = 9
print(match, match[1:])
class case:
    match = 5
print(case.match)
match = {"a": 1}
x = match if match else None
match, case = 1, 2
print(match, case)
match (1, 2):
    case (a, b) if a < b:
        print("tuple subject", a, b)
match -1:
    case -1:
        print("neg")
match not True:
    case False:
        print("not expr subject")
m = 3
match m:
    case 3 if (case := "walrus"):
        print(case)
def gen():
    got = yield
    match got:
        case "a":
            print("got a")
        case other:
            print("got", other)
g = gen(); next(g)
try:
    g.send("z")
except StopIteration:
    pass
match {"k": [1, {"d": 2}]}:
    case {"k": [1, {"d": d}]}:
        print("deep", d)
match 1,:
    case (1,):
        print("one-tuple subject")
