class MyInt(int): pass
class MyStr(str):
    __match_args__ = ("upper_",)
    @property
    def upper_(self): return self.upper()
def f(x):
    match x:
        case MyStr(u):
            return "mystr " + u
        case MyInt(n):
            return f"myint {n}"
        case str() as s:
            return "str " + s
        case bytearray():
            return "bytearray"
        case [*items]:
            return f"seq {len(items)}"
        case 1+2j:
            return "complex literal"
        case -1.5:
            return "negative float"
        case b"raw":
            return "bytes literal"
        case "con" "cat":
            return "concatenated"
    return "none"
print([f(x) for x in [MyStr("ab"), MyInt(3), "s", bytearray(b"x"), (1, 2), 1+2j, -1.5, b"raw", "concat", 3.3]])
try:
    match 5:
        case int(a, b):
            pass
except TypeError as e:
    print("TypeError", e)
try:
    match 5:
        case MyInt(a, b):
            pass
except TypeError as e:
    print("TypeError", e)
