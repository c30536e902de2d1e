a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]), type(id(a)).__name__)
print(hash(1) == hash(1.0), hash("abc") == hash("a" + "bc"), hash((1, 2)) == hash((1, 2)), hash(True) == hash(1))
print(hash(0), hash(1), hash(-1) == -2, hash(42))
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
try:
    hash({})
except TypeError as e:
    print("TypeError:", e)
