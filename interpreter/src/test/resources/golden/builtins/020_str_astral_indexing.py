# str indexes count code points: astral characters (emoji, U+1D400 math letters) are one character each, as in CPython
import re, string, textwrap
s = "a😀b𝐀c"
print(len(s), repr(s[1]), repr(s[3]), repr(s[-1]), repr(s[-2]))
print(repr(s[::-1]), repr(s[1:4]), repr(s[::2]), repr(s[-3:]))
print(s.find("b"), s.rfind("c"), s.index("𝐀"), s.find("c", 2), s.find("b", 0, 3), s.count("😀"))
print(s.partition("b"), s.rpartition("😀"))
print(list(enumerate(s)))
print(list(reversed(s)))
print(repr(s.center(9, "*")), repr(s.ljust(7, "-")), repr(s.rjust(7)), repr(s.zfill(8)))
print(repr("%8s|" % s), repr("%-8s|" % s), repr("{:>8}|".format(s)), repr(f"{s:^9}|"), repr("%.2s" % s), repr(f"{s:.3}"))
m = re.search("b", s); print(m.start(), m.end(), m.span())
print([m.span() for m in re.finditer(".", s)])
print(re.sub("😀", "X", s), re.split("b", s))
print(s.translate({ord("😀"): "E", ord("b"): None}), s.translate(str.maketrans("𝐀", "A")))
print(ord("😀"), chr(0x1F600), ord(s[1]))
print("x😀\ny𝐀\r\nz".splitlines(), repr("😀\t𝐀\tb".expandtabs(4)))
print([c for c in s], sorted(s), max(s), s.startswith("😀", 1), s.endswith("b", 0, 3))
print(s.split("😀"), s.upper(), s.isalpha(), "😀" in s, s.replace("😀", "!"))
s = "x" * 40 + "😀" + "y" * 40 + "𝐀" + "z"
print(len(s), s[40], s[41], s[81], s[-1], s[-2], s[39:43], s[-3:], len(s[::-1]), s[::-1][:4])
print(s.find("y"), s.rfind("y"), s.index("𝐀"), s.rindex("😀"), s.count("y", 41, 50), s.find("z", -2))
print([s[i] for i in range(38, 44)], s[80:40:-7], s[5:1:-1])
t = "a😀b𝐀c"
print(t[5:1:-1], t[::-3], t[-100:100], t[4:], t[:-4], t[2:2], repr(t[7:]))
try:
    t[5]
except IndexError as e:
    print("IndexError", e)
print("𝐀".isalpha(), "𝐀".isupper(), "𝐀b".islower(), "𝐚".islower(), "𝟎".isdigit(), "𝟎".isdecimal(), "𝐀x".isidentifier(), "😀".isprintable(), t.isalpha())
print(sorted(["\uff01", "😀", "a", "\ue000"]), "\uff01" < "😀", max("\uff01😀"), min(["😀", "\uffff"]))
print("%c|%5c|%-3c|" % (0x1F600, "😀", 0x1D400), "{:c}".format(0x1F600), "{:😀^7}".format("ab"), f"{'𝐀':*>4}", "{!r:>8}|".format("😀"))
print(ascii(t), repr("\U0001f600"), t.encode("utf-8"), t.encode("utf-16-le").decode("utf-16-le") == t, t.encode("utf-32")[4:8])
print(t.center(8, "😀"), t.title(), "𝐀😀b".swapcase(), t.capitalize(), t.casefold())
print(t.rsplit("b"), t.split("𝐀", 1), "😀".join(["1", "2"]), t.strip("a😀c"), t.lstrip("a😀"), t.rstrip("c𝐀"))
print(t.removeprefix("a😀"), t.removesuffix("𝐀c"), t.endswith(("𝐀", "c")), t.startswith("b", 2), t.startswith("b", 2, 3))
print([ord(c) for c in t], "".join(chr(c) for c in [0x1F600, 0x10FFFF, 0x1D400]) == "😀\U0010ffff𝐀", chr(0x10FFFF).__len__())
print(list(zip(t, range(10))), dict(enumerate(t))[3], list(reversed(t)), t[::-1] == "".join(reversed(t)))
print("😀\t𝐀𝐀\tb\n😀\tz".expandtabs(3), "a\tb".expandtabs(0))
print(t.translate(str.maketrans({"😀": "<smile>", "a": None})), t.translate(str.maketrans("😀𝐀", "12", "c")))
print(t.zfill(7), "-😀".zfill(4), t.ljust(6, "."), t.rjust(6, "."))
print(f"{t:>8}|{t:<8}|{t:^8}|{t:.2}|", "%-7s|%7.3s|" % (t, t), format(t, "_^9"))
m = re.search(r"(b)(𝐀+)", t + "𝐀𝐀")
print(m.span(), m.span(2), m.group(2), m.start(1), m.end(), m.regs, m.string[m.start():])
print([(m.start(), m.group()) for m in re.finditer(r"[😀-🙏]|𝐀", "😀a🙏𝐀")], re.split(r"(😀)", t), re.sub(r".", lambda m: str(m.start()), t))
print(re.match(r".{5}$", t) is not None, re.fullmatch(r"\w😀\w𝐀\w", t) is not None, re.escape("😀"), re.findall(r"[^\x00-\x7f]", t))
print("".join(sorted(set(t))), {c: i for i, c in enumerate(t)}, t * 2, len(t * 3), (t * 3)[10], (t * 9)[::9])
print(textwrap.shorten("😀 " * 10, width=11), string.capwords("😀a 𝐀b"), "x😀y".partition("😀"), "x😀y😀z".rpartition("😀"))
print("😀a😀b😀".replace("😀", "-", 2), "😀😀😀".count("😀"), "😀😀😀".count(""), "😀😀😀".find("", 2), "😀😀😀".rfind(""), t.index("c", -1))
print(str(t), t.__getitem__(3), t.__len__(), "😀" in t, "😀b" in t, t.__contains__("b𝐀"))
# a long astral string indexed in a loop (the cached code point table), beside a long ASCII one
big = ("ab😀" * 30) + ("𝐀" * 5)
print(sum(1 for i in range(len(big)) if big[i] == "😀"), [big[i] for i in range(len(big) - 6, len(big))], big[-6:], big[88:95:2])
asc = "abc" * 30
print(sum(1 for i in range(len(asc)) if asc[i] == "c"), asc[::-29], big.find("𝐀"), big.rfind("😀"), big.count("b😀a"))
other = "😀" * 40
for i in range(0, 40, 13):
    print(big[i], other[i], asc[i], end=" ")
print()
