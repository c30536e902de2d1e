data = b"key=value;k2=v2"
pairs = [p.split(b"=") for p in data.split(b";")]
print(pairs)
print({k.decode(): v.decode() for k, v in pairs})
print(data.startswith(b"key"), data[4:9], data.replace(b";", b"&"), data.count(b"="))
print(b"abc" < b"abd", b"" == bytes(), len(b"\x00\x01"), b"A"[0] == 65)
print(b"  x ".strip(), b"%d-%s" % (5, b"z"), b"ab".hex(), bytes.fromhex("4142"))
