# open(..., opener=...) as _io.FileIO does it (the opener gets the path and os.open flags and returns
# the descriptor), and tempfile.TemporaryFile, whose fallback opens that way a file it unlinked at once
import os, tempfile

seen = []
def opener(path, flags):
    seen.append((path, flags & (os.O_ACCMODE | os.O_CREAT | os.O_TRUNC | os.O_APPEND | os.O_EXCL), bool(flags & os.O_CLOEXEC)))
    return os.open(path, flags, 0o600)

with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'f.txt')
    for mode in ('w', 'a', 'r', 'r+', 'w+b', 'x'):
        if mode == 'x':
            os.remove(p)
        with open(p, mode, opener=opener) as f:
            print(mode, os.path.basename(f.name), f.mode, f.readable(), f.writable())
            if f.writable():
                f.write(b'ab' if 'b' in mode else 'ab')
    print([(os.path.basename(q), fl, ce) for q, fl, ce in seen])
    with open(p) as f:
        print(f.read())
    for bad in (lambda path, flags: -1, lambda path, flags: 'x'):
        try:
            open(p, opener=bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)

with tempfile.TemporaryFile('w+', newline='', encoding='utf-8') as f:
    f.write('a,b\r\nc,d\r\n')
    f.seek(0)
    print(repr(f.read()), type(f.name).__name__)
with tempfile.TemporaryFile() as f:
    f.write(b'\x00\x01' * 3)
    f.seek(2)
    print(f.read(), f.tell())
