
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

def describe(v):
    match v:
        case 0 | 1:
            return "small int"
        case -5:
            return "minus five"
        case None:
            return "none"
        case True:
            return "true"
        case "hello":
            return "greeting"
        case [] | ():
            return "empty seq"
        case [x]:
            return f"one item {x}"
        case [1, *rest]:
            return f"starts with 1, rest={rest}"
        case (a, b, *_, z):
            return f"long {a} {b} {z}"
        case {"kind": "circle", "r": r}:
            return f"circle {r}"
        case {"kind": k, **others}:
            return f"kind {k} others {others}"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, yy):
            return f"on y axis {yy}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point() as p:
            return f"point {p.x},{p.y}"
        case int(n) if n > 100:
            return f"big int {n}"
        case str() | bytes():
            return "some string"
        case float(f):
            return f"float {f}"
        case {"a": 1}:
            return "dict a"
        case _:
            return "other"

for v in [0, 1, -5, None, True, "hello", [], (), [7], [1, 2, 3], (4, 5, 6, 7), {"kind": "circle", "r": 2},
          {"kind": "sq", "side": 3}, Point(0, 0), Point(0, 4), Point(2, 2), Point(3, 1), 500, 50, "x", b"y", 2.5,
          {"a": 1}, {"b": 2}, "abc", range(1, 3), {1, 2}]:
    print(repr(v) if not isinstance(v, Point) else "Point", "->", describe(v))

class Color:
    RED = 1
    GREEN = 2
match 2:
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("green")

match = 5
case = 6
print(match + case)
match (1, 2):
    case (1, y):
        print("y is", y)
match [1, 2], 3:
    case ([a, b], c):
        print(a, b, c)
def gen(items):
    for it in items:
        match it:
            case (k, v):
                yield f"{k}={v}"
                yield "after"
            case _:
                yield "skip"
print(list(gen([(1, 2), 3, ("a", "b")])))
match {"x": 1, "y": 2}:
    case {"x": 1, **rest}:
        print(rest)

for src in ["match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
            "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
            "match x:\n    case [a, a]:\n        pass\n",
            "match x:\n    case {'k': a, 'j': a}:\n        pass\n",
            "match x:\n    case a | b:\n        pass\n",
            "match x:\n    case 1 | b:\n        pass\n",
            "match x:\n    case a if a:\n        pass\n    case 1:\n        pass\n"]:
    try:
        exec(src, {"x": 0})
        print("ok")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print("TypeError:", e)
