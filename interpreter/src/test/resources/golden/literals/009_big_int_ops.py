a = 2 ** 128 + 1
b = 3 ** 50
print(a + b, a - b, a * b)
print(a // b, a % b, divmod(a, b))
print(-a // 7, -a % 7, a >> 64, 1 << 100, a & 0xFFFF, a | 1, a ^ b)
print(pow(3, 200) % 1000, pow(2, 10), pow(2, -1), pow(7, 3, 11))
print(str(2 ** 200)[:20], len(str(2 ** 1000)))
n = 1
for i in range(1, 30):
    n *= i
print(n, hex(n), bin(255), oct(8))
