import sys
for base in (2, 4, 8, 16, 32):
    for s in ("1" * 100, "f" * 70 if base > 10 else "1" * 70, "1_0" * 40, "0" * 80 + "1"):
        try:
            v = int(s, base)
            assert v == int(s.replace("_", ""), base)
            print(base, v % 1000003, v.bit_length())
        except ValueError as e:
            print(base, "ValueError")
print(int("0x" + "c" * 3000, 16) % 99991, int("-0b" + "1" * 300, 0) % 7)
sys.set_int_max_str_digits(1000)
print(sys.get_int_max_str_digits())
for f in (lambda: int("1" * 1001), lambda: str(10 ** 1000), lambda: int("1" * 1001, 36), lambda: int("1" * 5000, 16) > 0,
          lambda: int("010", 0), lambda: int("0_0", 0), lambda: int(b"12\x00"), lambda: int("5", 37), lambda: int("5", 2**70),
          lambda: int(x=5), lambda: float(x=1), lambda: int(memoryview(b"123")[1:]), lambda: sys.set_int_max_str_digits(5)):
    try:
        print(f())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)))
