a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 3, a >> 2, -a >> 1, ~0, ~-1)
print(1 << 64, (1 << 64) >> 63, -1 & 0xFF, 255 ^ -1)
print(bin(a & b), hex(a | b), True & False, True | False, True ^ True)
x = 6
x &= 3; print(x)
x |= 8; print(x)
x ^= 1; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
