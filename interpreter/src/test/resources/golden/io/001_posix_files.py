# os (CPython's os.py, or its stand-in) over the Java posix module: stat_result, listdir, scandir,
# mkdir/rename/remove, and the OSError subclasses with errno, strerror and filename.
import os
import stat

base = os.path.join(os.path.dirname(os.path.abspath(__file__)), "_tmp_io_001")
if os.path.isdir(base):
    for n in os.listdir(base):
        os.remove(os.path.join(base, n))
    os.rmdir(base)
os.mkdir(base)
try:
    p = os.path.join(base, "f.txt")
    with open(p, "w") as f:
        f.write("hello\n")
    st = os.stat(p)
    print(type(st).__name__, st.st_size, st[6], len(st), stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode))
    print(type(st.st_mtime).__name__, type(st.st_mtime_ns).__name__, type(st[8]).__name__)
    print(st.st_mtime_ns // 10**9 == st[stat.ST_MTIME], abs(st.st_mtime - st.st_mtime_ns / 1e9) < 1e-3)
    print(stat.filemode(os.stat(base).st_mode)[0], stat.S_IMODE(os.stat(base).st_mode) & 0o700)
    print(os.lstat(p).st_size == st.st_size, os.stat(p).st_ino == os.lstat(p).st_ino)
    os.chmod(p, 0o640)
    print(oct(stat.S_IMODE(os.stat(p).st_mode)))
    os.utime(p, (1000000000, 1200000000))
    print(os.stat(p).st_mtime, os.stat(p).st_atime, os.stat(p).st_mtime_ns)
    os.utime(p, ns=(5, 1500000000123456789))
    print(os.stat(p).st_mtime_ns, os.stat(p)[8])
    os.mkdir(os.path.join(base, "sub"))
    print(sorted(os.listdir(base)), sorted(os.listdir(base.encode()))[0])
    entries = sorted(os.scandir(base), key=lambda e: e.name)
    for e in entries:
        print(repr(e), e.name, e.path == os.path.join(base, e.name), e.is_dir(), e.is_file(), e.is_symlink(), e.stat().st_size if e.is_file() else "-")
    with os.scandir(base) as it:
        print(sorted(e.name for e in it))
    print(os.fspath(entries[0]) == entries[0].path)
    os.rename(p, os.path.join(base, "g.txt"))
    os.replace(os.path.join(base, "g.txt"), os.path.join(base, "h.txt"))
    print(sorted(os.listdir(base)))
    os.symlink("h.txt", os.path.join(base, "link"))
    print(os.readlink(os.path.join(base, "link")), os.path.islink(os.path.join(base, "link")),
          stat.S_ISLNK(os.lstat(os.path.join(base, "link")).st_mode), os.stat(os.path.join(base, "link")).st_size)
    os.link(os.path.join(base, "h.txt"), os.path.join(base, "hard"))
    print(os.stat(os.path.join(base, "hard")).st_nlink)
    print(os.access(base, os.F_OK), os.access(os.path.join(base, "nope"), os.F_OK), os.access(base, os.R_OK | os.W_OK))
    for call, args in [(os.stat, ("nope",)), (os.rmdir, (base,)), (os.mkdir, (base,)), (os.remove, (os.path.join(base, "sub"),)),
                       (os.listdir, (os.path.join(base, "h.txt"),)), (os.rmdir, (os.path.join(base, "h.txt"),)),
                       (os.rename, (os.path.join(base, "zz"), os.path.join(base, "yy")))]:
        try:
            call(*args)
        except OSError as e:
            print(call.__name__, type(e).__name__, e.errno, e.strerror, os.path.basename(e.filename))
    try:
        os.stat(None)
    except TypeError as e:
        print(e)
finally:
    for n in os.listdir(base):
        q = os.path.join(base, n)
        if os.path.isdir(q) and not os.path.islink(q):
            os.rmdir(q)
        else:
            os.remove(q)
    os.rmdir(base)
print(os.path.exists(base))
