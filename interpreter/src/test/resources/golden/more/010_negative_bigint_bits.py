big = 2 ** 100 + 12345
neg = -big
print(neg & 0xFFFF, neg | 1, neg ^ big, ~neg == big - 1, ~big)
print(neg >> 3, neg >> 200, big >> 200, neg << 5, -1 >> 64)
print(neg & (2 ** 64 - 1), (neg & big) == (big & neg))
print((-(2 ** 70)) & -(2 ** 65), (-(2 ** 70)) | (2 ** 3), (-5) ^ (2 ** 80))
print(big.bit_length(), neg.bit_length(), (-1).bit_length(), (2 ** 64).bit_count() if hasattr(int, "bit_count") else 1)
print(hex(neg), bin(-9), oct(-(2 ** 66)))
print(divmod(neg, 7), divmod(big, -7), neg % 1000, neg // 1000)
print(int.from_bytes((neg).to_bytes(16, "big", signed=True), "big", signed=True) == neg)
