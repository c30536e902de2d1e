print([ord(c) for c in "Az09 ~"], "".join(chr(i) for i in range(97, 103)))
print(chr(0x1F600) == "\U0001F600", ord("\n"), chr(9) == "\t", len(chr(0x10FFFF)))
def caesar(s, k):
    return "".join(chr((ord(c) - 97 + k) % 26 + 97) if c.islower() else c for c in s)
print(caesar("hello, world", 3), caesar(caesar("abc", 5), 21))
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
