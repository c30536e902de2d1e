print(isinstance(1, int), isinstance(1.0, (int, float)), isinstance("s", str), isinstance(True, int), isinstance(None, object))
print(issubclass(bool, int), issubclass(int, object), issubclass(list, (str, list)))
print(type(1).__name__, type("").__name__, type([]).__name__, type({}).__name__, type(()).__name__, type(set()).__name__, type(None).__name__, type(1.0).__name__, type(True).__name__, type(b"").__name__)
print(type(1) == int, type(type(1)).__name__, type(len).__name__, type(lambda: 0).__name__)
print(type(int), type(3), type("x"), type([]))
class K:
    pass
print(type(K()), type(K).__name__, isinstance(K(), K), isinstance(K, type))
