# The JIS X 0213 codecs (shift_jis_2004, euc_jis_2004 and their 2000 variants, iso2022_jp_2004/3) and
# the other ISO-2022 codecs beside them (iso2022_jp, _jp_1, _jp_2, _jp_ext, iso2022_kr):
# every table entry both ways, summed into digests, and the pairs of a letter and a combining mark
# that JIS X 0213 encodes as one character.
import codecs, hashlib

CODECS = ["shift_jis_2004", "shift_jisx0213", "euc_jis_2004", "euc_jisx0213",
          "iso2022_jp_2004", "iso2022_jp_3", "iso2022_jp_ext", "iso2022_jp", "iso2022_jp_1", "iso2022_jp_2", "iso2022_kr"]


def digest(x):
    if isinstance(x, str):
        x = x.encode("utf-8", "surrogatepass")
    return hashlib.sha256(x).hexdigest()[:16]


def sequences(codec):
    """Every two-byte (three after EUC's 0x8F) sequence a decoder may meet, valid or not."""
    if codec.startswith("shift"):
        return [bytes([a, b]) for a in list(range(0x81, 0xa0)) + list(range(0xe0, 0xfd)) for b in range(0x40, 0xfd)]
    if codec.startswith("euc"):
        return ([bytes([a, b]) for a in range(0xa1, 0xff) for b in range(0xa1, 0xff)]
                + [bytes([0x8f, a, b]) for a in range(0xa1, 0xff) for b in range(0xa1, 0xff)]
                + [bytes([0x8e, b]) for b in range(0xa0, 0xe1)])
    sets = [b"\x1b$B", b"\x1b$(D", b"\x1b(J", b"\x1b(I", b"\x1b$(O", b"\x1b$(P", b"\x1b$(Q", b"\x1b$(C",
            b"\x1b$A", b"\x1b$)C\x0e"]
    return [s + bytes([a, b]) for s in sets for a in range(0x21, 0x7f) for b in range(0x21, 0x7f)]


every = "".join(chr(c) for c in range(0x80, 0x30000) if not 0xd800 <= c < 0xe000)
for codec in CODECS:
    decoded = []
    for seq in sequences(codec):
        try:
            decoded.append(seq.decode(codec))
        except UnicodeDecodeError as e:
            decoded.append("!%d-%d" % (e.start, e.end))
    text = "|".join(decoded)
    single = bytes(range(256)).decode(codec, "backslashreplace")
    encoded = every.encode(codec, "backslashreplace")
    print(codec, len(text), digest(text), digest(single), len(encoded), digest(encoded))

pairs = sorted({s for s in "|".join(
    b.decode("shift_jis_2004", "ignore") for b in sequences("shift_jis_2004")).split("|") if len(s) == 2})
print(len(pairs), "pairs:", " ".join("%04x+%04x" % (ord(p[0]), ord(p[1])) for p in pairs[:8]), "...")
for codec in CODECS:
    both = "".join(pairs)
    print(codec, both.encode(codec, "replace").hex()[:64], both.encode(codec, "replace").decode(codec) == both)
    # a base waits for the next call of an incremental encoder; the final call writes it alone
    e = codecs.getincrementalencoder(codec)("replace")
    print(codec, [e.encode(c) for c in ["\u304b", "\u309a", "\u304b", "a", "\u304b"]], e.encode("", final=True))
    d = codecs.getincrementaldecoder(codec)()
    data = "か゚き\u9b1c\u4ff1ｶﾅ".encode(codec, "replace")
    print(codec, data, repr("".join(d.decode(data[i:i + 1]) for i in range(len(data))) + d.decode(b"", True)))
    for bad in [b"\x81", b"\x8f\xa1", b"\x1b$(Q\x21", b"\x1b$(Z!!", b"\xff\xfe", b"\xea\xa5\x9b", b"ab\x1bdef",
                b"\x1b&@\x1b$B$\"\x1b(B", b"\x1b.A\x1bNi\x1b.F\x1bNa\x1bN\xff", b"\x1b$)C\x0e!!\nab\x0f"]:
        try:
            print(codec, bad, repr(bad.decode(codec)))
        except UnicodeDecodeError as e:
            print(codec, bad, "UnicodeDecodeError:", e)
    try:
        print(codec, "\u9b1c\U00020b9f".encode(codec))
    except UnicodeEncodeError as e:
        print(codec, "UnicodeEncodeError:", e)
    # an error handler's position beyond a C long
    codecs.register_error("test.longindex", lambda exc: ("x", 2**64))
    try:
        "ab\u20ac".encode(codec, "test.longindex")
    except (IndexError, OverflowError) as e:
        print(codec, type(e).__name__)
