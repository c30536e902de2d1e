# Issue 16: file names that are not valid UTF-8. On Linux CPython decodes them with the file-system
# encoding and surrogateescape, so the byte 0xff is '\udcff' in a str name and goes back to 0xff.
import os, sys, tempfile

print(sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
print(ascii(os.fsdecode(b'a\xffb\xc3\xa9')), os.fsencode('a\udcffb\xe9'))
try:
    os.fsencode('\udc00x')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e.reason)

home = os.getcwd()
with tempfile.TemporaryDirectory() as top:
    os.chdir(top)
    os.mkdir('d')
    with open(b'd/a\xffb', 'wb') as f:           # a bytes name
        f.write(b'one')
    with open('d/caf\udce9', 'w') as f:           # a str name holding an escaped Latin-1 byte
        f.write('two')
    fd = os.open('d/x\udcfe\udcfdy', os.O_WRONLY | os.O_CREAT, 0o644)
    os.write(fd, b'three')
    os.close(fd)
    os.mkdir('d/sub\udc80')
    open(os.path.join('d', 'sub\udc80', 'inner\udcff.txt'), 'w').close()
    print(ascii(sorted(os.listdir('d'))))
    print(sorted(os.listdir(b'd')))
    print(ascii(sorted(e.name for e in os.scandir('d'))))
    print(sorted(e.name for e in os.scandir(b'd')))
    print(ascii(sorted(os.path.basename(e.path) for e in os.scandir('d') if e.is_file())))
    for name in sorted(os.listdir('d')):
        p = os.path.join('d', name)
        st = os.stat(p)
        print(ascii(name), os.path.exists(p), os.path.isdir(p), st.st_size if not os.path.isdir(p) else "-", ascii(os.fsencode(p)))
        if not os.path.isdir(p):
            with open(p, 'rb') as f:
                print('  read', f.read())
    for root, dirs, files in os.walk('d'):
        print('walk', ascii(root), ascii(sorted(dirs)), ascii(sorted(files)))
    os.rename('d/caf\udce9', 'd/renamed\udce9')
    os.symlink('a\udcffb', 'd/link\udcff')
    print('readlink', ascii(os.readlink('d/link\udcff')), os.readlink(b'd/link\xff'))
    print(ascii(os.path.realpath('d/link\udcff')[len(os.path.realpath(top)):]))
    os.remove('d/renamed\udce9')
    os.unlink(b'd/a\xffb')
    os.unlink('d/link\udcff')
    os.remove('d/x\udcfe\udcfdy')
    os.remove('d/sub\udc80/inner\udcff.txt')
    os.rmdir('d/sub\udc80')
    print(ascii(os.listdir('d')))
    try:
        os.stat('d/gone\udcff')
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno, ascii(e.filename))
    os.chdir(home)
