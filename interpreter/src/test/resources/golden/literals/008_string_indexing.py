s = "abcdefgh"
print(s[0], s[-1], s[2:5], s[:3], s[5:], s[::2], s[1::3], s[::-2], s[-3:-1], s[10:], s[:-10])
try:
    s[20]
except IndexError as e:
    print("IndexError:", e)
try:
    s[0] = "z"
except TypeError as e:
    print("TypeError:", e)
print(len(s), min(s), max(s), sorted("hello"), list("abc"))
for i, ch in enumerate("xyz"):
    print(i, ch, ord(ch), chr(ord(ch) + 1))
