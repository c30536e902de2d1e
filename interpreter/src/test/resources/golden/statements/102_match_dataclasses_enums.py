# match over dataclasses (positional via __match_args__), enums and nested patterns
from dataclasses import dataclass
from enum import Enum

class Op(Enum):
    ADD = "+"
    MUL = "*"

@dataclass
class Num:
    value: int

@dataclass
class BinExpr:
    op: Op
    left: object
    right: object

def evaluate(e):
    match e:
        case Num(v):
            return v
        case BinExpr(Op.ADD, Num(0), right) | BinExpr(Op.ADD, right, Num(0)):
            return evaluate(right)
        case BinExpr(Op.ADD, l, r):
            return evaluate(l) + evaluate(r)
        case BinExpr(op=Op.MUL, left=l, right=r):
            return evaluate(l) * evaluate(r)
        case _:
            raise ValueError(e)

tree = BinExpr(Op.MUL, BinExpr(Op.ADD, Num(2), Num(3)), BinExpr(Op.ADD, Num(0), Num(4)))
print(evaluate(tree), Num.__match_args__, BinExpr.__match_args__)

def command(text):
    match text.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["get", obj, *rest] if not rest:
            return f"taking {obj}"
        case ["get", *objs]:
            return f"taking all of {objs}"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "say something"
        case [verb, *_]:
            return f"unknown verb {verb!r}"

for t in ["go north", "go up", "get lamp", "get lamp key", "quit", "", "dance wildly"]:
    print(repr(t), "->", command(t))

def http(status):
    match status:
        case 200 | 201 | 204:
            return "ok"
        case int(code) if 400 <= code < 500:
            return f"client error {code}"
        case int() as code if code >= 500:
            return "server error"
        case str(s):
            return "text " + s
        case float(x) | bool(x):
            return f"number {x}"
    return "unmatched"

print([http(s) for s in [200, 204, 404, 503, "x", 2.5, 1j, 100]])

def shape(p):
    match p:
        case {"type": "point", "coords": (x, y)}:
            return f"point {x},{y}"
        case {"type": "circle", "r": int(r) | float(r)} if r > 0:
            return f"circle r={r}"
        case {"type": t, **extra} if extra:
            return f"{t} with {sorted(extra)}"
        case {"type": t}:
            return f"bare {t}"
        case (1, 2, *middle, 9):
            return f"seq middle {middle}"
    return "?"

print([shape(p) for p in [{"type": "point", "coords": (1, 2)}, {"type": "point", "coords": [3, 4]},
                          {"type": "circle", "r": 2.5}, {"type": "circle", "r": -1}, {"type": "sq", "a": 1, "b": 2},
                          {"type": "sq"}, (1, 2, 3, 4, 9), [1, 2, 9], "12"]])
match = {"case": 1}
case = match["case"]
print(match, case)
