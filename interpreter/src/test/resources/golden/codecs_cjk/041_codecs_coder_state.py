# The CJK incremental coders' getstate/setstate (Modules/cjkcodecs/multibytecodec.c): the encoder's
# state packs the pending text as UTF-8 and the codec's 8 state bytes into one int, the decoder's is
# (pending bytes, int); ISO-2022's state bytes are the G0..G3 marks and the flags.
import codecs


def le(b):
    return int.from_bytes(b, "little")


def show(v):
    return hex(v) if isinstance(v, int) else v


for name in ("euc_jis_2004", "shift_jis_2004", "euc_jp", "iso2022_jp", "iso2022_jp_2", "iso2022_kr", "iso2022_jp_2004", "gbk"):
    enc = codecs.getincrementalencoder(name)()
    states = [show(enc.getstate())]
    for ch in ("a", "\u00e6", "\u0300", "\u3042", "\uac00", "z", "\u00e6"):
        try:
            out = enc.encode(ch)
        except UnicodeEncodeError:
            out = "unencodable"
        states.append((out, show(enc.getstate())))
    print(name, states)

# rewinding an encoder
enc = codecs.getincrementalencoder("iso2022_jp")()
print(enc.encode("z"))
plain = enc.getstate()
print(enc.encode("\u3042"))
kanji = enc.getstate()
print(enc.encode("z"))
enc.setstate(kanji)
print(enc.encode("\u3042"), enc.encode("", True))
enc.setstate(plain)
print(enc.encode("z"), enc.encode("", True))

enc = codecs.getincrementalencoder("iso2022_kr")()
print(enc.encode("\uac00"), hex(enc.getstate()))
st = enc.getstate()
print(enc.encode("a"), hex(enc.getstate()))
enc.setstate(st)
print(enc.encode("\uac00"), enc.encode("", True))

enc = codecs.getincrementalencoder("euc_jis_2004")()
print(enc.encode("\u00e6"))
st = enc.getstate()
print(enc.encode("\u0300"))
enc.setstate(st)
print(enc.encode("\u0300"), enc.encode("\u00e6"), enc.encode("", True))
enc.setstate(le(b"\x02\xc3\xa6" + bytes(8)))
print(enc.encode("x", True))
enc.setstate(le(b"\x00" + b"\x01\x02\x03\x04\x05\x06\x07\x08"))
print(hex(enc.getstate()))

# the encoder's validation
for bad in (le(b"\x09" + bytes(16)), le(b"\x01\xff" + bytes(8)), -1, 1 << 136, "0", 1.5, None):
    try:
        codecs.getincrementalencoder("euc_jp")().setstate(bad)
        print("accepted", show(bad))
    except Exception as e:
        print(type(e).__name__, e)

# decoders
dec = codecs.getincrementaldecoder("euc_jp")()
print(dec.getstate(), dec.decode(b"\xa4"), dec.getstate())
st = dec.getstate()
print(dec.decode(b"\xa6"), dec.getstate())
dec.setstate(st)
print(dec.decode(b"\xa6"))
dec.setstate((b"abc", 123456789))
print(dec.getstate())

dec = codecs.getincrementaldecoder("iso2022_jp")()
print(dec.getstate())
print(dec.decode(b"\x1b$B"), dec.getstate())
st = dec.getstate()
print(dec.decode(b"$\"\x1b(B"), dec.getstate())
dec.setstate(st)
print(dec.decode(b"$\"$$"), dec.getstate())
dec = codecs.getincrementaldecoder("iso2022_kr")()
print(dec.decode(b"\x1b$)C\x0e"), dec.getstate())
st = dec.getstate()
print(dec.decode(b"\x30\x21\x0f"), dec.getstate())
dec.setstate(st)
print(dec.decode(b"\x30\x21"), dec.getstate())
dec = codecs.getincrementaldecoder("iso2022_jp_2")()
print(dec.decode(b"\x1b.A"), dec.getstate())

for bad in (123, ("invalid", 0), (b"1234", "invalid"), (b"123456789", 0), (b"", -1), (b"", 1 << 64),
            (b"", 1 << 64 - 1), (b"a",), (bytearray(b"a"), 0), (b"a", True)):
    try:
        d = codecs.getincrementaldecoder("euc_jp")()
        d.setstate(bad)
        print("accepted", d.getstate())
    except Exception as e:
        print(type(e).__name__, e)

# an encode call that fails keeps the text that was pending before it
for name in ("jisx0213", "euc_jis_2004", "iso2022_jp_2004"):
    enc = codecs.getincrementalencoder(name)()
    out = [enc.encode("\u00e6")]
    for text in ("\u0123", "\u0300\u00e6", "\u0123"):
        try:
            out.append(enc.encode(text))
        except UnicodeEncodeError as e:
            out.append(("error", e.start, e.end, hex(enc.getstate())))
    enc.reset()
    out.append(enc.encode("\u0300"))
    out.append(enc.encode("\u00e6"))
    out.append(enc.encode("", True))
    print(name, out)

# the base classes have no codec
import _multibytecodec
for cls in (_multibytecodec.MultibyteStreamReader, _multibytecodec.MultibyteStreamWriter,
            _multibytecodec.MultibyteIncrementalEncoder, _multibytecodec.MultibyteIncrementalDecoder):
    try:
        cls(None) if "Stream" in cls.__name__ else cls()
    except AttributeError as e:
        print(cls.__name__, "AttributeError", e)
