# struct: native 'f' casts as C does (inf past float range); standard sizes raise OverflowError
import struct

print(struct.pack("f", 1e300), struct.pack("@f", -1e300), struct.pack("f", 1.5))
for fmt in ["<f", ">f", "=f", "!f", "<e"]:
    try:
        struct.pack(fmt, 1e300)
    except OverflowError as e:
        print(fmt, "OverflowError", e)
print(struct.unpack("f", struct.pack("f", 3.4e38)), struct.pack("<f", float("inf")), struct.unpack("<d", struct.pack("<d", 1e300)))
print(struct.__name__, struct.Struct("<if").size, struct.calcsize("@ci"), struct.error.__module__)
