z = 1 + 2j
print(z, repr(z), 2j, 1.5j, -1j, 0j, -0j, complex(-0.0, 1), 1e20j, 1e-7j)
print(z.real, z.imag, z.conjugate(), type(z).__name__, isinstance(z, complex))
print(z + 1, 1 + z, z - 1.5, z * 2, z * z, z / 2, 1 / z, z ** 2, z ** 0.5, z ** -1, 2 ** z, z ** z)
print(abs(3 + 4j), abs(-2j), -z, +z, bool(0j), bool(1j))
print(z == 1 + 2j, (1 + 0j) == 1, 1 == (1 + 0j), 1.5 == complex(1.5), z != z, 2j == 2)
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(z), hash(-1 + 0j), hash(3 - 4j), hash(1j))
print({1: "a"}[1 + 0j], {1 + 0j: "b"}[1])
print(complex(), complex(2), complex(2.5), complex(1, 2), complex("1+2j"), complex(" (3-4J) "), complex("j"), complex("-j"),
      complex("1e3"), complex("2.5e-3j"), complex("inf+nanj"), complex("-1_000.5+2_0j"), complex(1j, 1j), complex(True))
for bad in ["", "1+", "j1", "1+2", "1 + 2j", "++1j", "abc"]:
    try:
        complex(bad)
    except ValueError as e:
        print("ValueError", repr(bad), e)
try:
    complex("1", 2)
except TypeError as e:
    print("TypeError", e)
try:
    z < z
except TypeError as e:
    print("TypeError", e)
try:
    z // 2
except TypeError as e:
    print("TypeError", e)
try:
    1 / 0j
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    0j ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(format(z, ""), format(z, "10"), format(z, "<12"), format(z, "^14"), format(z, ".2f"), format(z, "+.3e"),
      format(2j, ".3g"), format(1.5+0j, ""), format(z, "*>12"), f"{z:.1f}", f"{3-4j}", str(z))
class C:
    def __complex__(self):
        return 5 + 6j
print(complex(C()), sum([1j, 2, 3.5]), [1j] * 2, (1 + 1j) * (1 - 1j))
print(complex(float("inf"), float("nan")), complex(-0.0, -0.0), 1j * 1j, (1e308 + 1e308j) * 10)
