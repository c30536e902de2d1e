# A binary file's readinto() writes through a memoryview of a bytearray, whole or sliced
# (test_bz2 fills its test data so); a view of bytes is refused as read-only.
import os
import tempfile

path = os.path.join(tempfile.mkdtemp(), "data.bin")
with open(path, "wb") as f:
    f.write(bytes(range(65, 91)))
buf = bytearray(30)
with open(path, "rb") as f:
    print(f.readinto(memoryview(buf)[2:12]), bytes(buf))
    print(f.readinto(memoryview(buf)), bytes(buf))
    print(f.readinto(memoryview(buf)), f.tell())
with open(path, "rb") as f:
    try:
        f.readinto(memoryview(b"read only"))
    except TypeError as e:
        print("TypeError", e)
os.remove(path)
