# What _bz2 and _lzma make work above them: tarfile's :bz2 and :xz modes, shutil.make_archive
# and unpack_archive with bztar/xztar, zipfile's ZIP_BZIP2 and ZIP_LZMA, BZ2File/LZMAFile
# (text mode, seek, readline), the bz2_codec, all in a temporary directory.
import bz2
import codecs
import io
import lzma
import os
import shutil
import tarfile
import tempfile
import zipfile

tmp = tempfile.mkdtemp()
src = os.path.join(tmp, "src")
os.makedirs(os.path.join(src, "sub"))
files = {"a.txt": b"hello archive\n" * 300, "sub/b.bin": bytes(range(256)) * 40, "sub/empty": b""}
for name, content in files.items():
    with open(os.path.join(src, name), "wb") as f:
        f.write(content)

for mode in ("bz2", "xz"):
    path = os.path.join(tmp, "t.tar." + mode)
    with tarfile.open(path, "w:" + mode) as tf:
        tf.add(src, arcname="src")
    with tarfile.open(path) as tf:  # "r:*" detects the compression
        names = sorted(tf.getnames())
        same = all(tf.extractfile("src/" + n).read() == c for n, c in files.items())
    print(mode, names, same)

for fmt in ("bztar", "xztar"):
    archive = shutil.make_archive(os.path.join(tmp, "arch"), fmt, root_dir=src)
    print(fmt, os.path.basename(archive))
    out = os.path.join(tmp, "out_" + fmt)
    shutil.unpack_archive(archive, out)
    print(" ", sorted(os.listdir(out)), all(open(os.path.join(out, n), "rb").read() == c for n, c in files.items()))

for method in (zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA):
    path = os.path.join(tmp, "z%d.zip" % method)
    with zipfile.ZipFile(path, "w", compression=method) as zf:
        for name, content in files.items():
            zf.writestr(name, content)
    with zipfile.ZipFile(path) as zf:
        print("zip", method, [(i.filename, i.compress_type, i.file_size) for i in zf.infolist()],
              all(zf.read(n) == c for n, c in files.items()), zf.testzip())

for opener, ext in ((bz2.open, "bz2"), (lzma.open, "xz")):
    path = os.path.join(tmp, "text." + ext)
    with opener(path, "wt", encoding="utf-8") as f:
        for i in range(2000):
            f.write("line %d \u00e9\u4e2d\n" % i)
    with opener(path, "rt", encoding="utf-8") as f:
        first = f.readline()
        f.seek(0)
        lines = f.readlines()
    print(ext, repr(first), len(lines), repr(lines[-1]))
    with opener(path, "rb") as f:
        f.seek(12345)
        chunk = f.read(20)
        print(ext, "seek", f.tell(), chunk)
    with opener(path, "ab") as f:  # appending writes a second stream
        f.write(b"appended\n")
    with opener(path, "rb") as f:
        print(ext, "after append", f.read()[-18:])

buf = io.BytesIO()
with bz2.BZ2File(buf, "wb") as f:
    f.write(b"into a file object")
buf.seek(0)
with bz2.BZ2File(buf) as f:
    print(f.read())

encoded = codecs.encode(b"codec round trip " * 10, "bz2_codec")
print(codecs.decode(encoded, "bz2_codec"))
inc = codecs.getincrementaldecoder("bz2_codec")()
print(b"".join(inc.decode(encoded[i:i + 5]) for i in range(0, len(encoded), 5)) == b"codec round trip " * 10)

shutil.rmtree(tmp)
print(os.path.exists(tmp))
