# A subclass of io.TextIOWrapper over a buffer the program made (test_argparse's StdIOBuffer, which
# replaces sys.stdout): its own __init__ runs, super().__init__ wraps the buffer, writes land there.
import io
import sys


class StdIOBuffer(io.TextIOWrapper):
    def __init__(self, initial_value='', newline='\n'):
        initial_value = initial_value.encode('utf-8')
        super().__init__(io.BufferedWriter(io.BytesIO(initial_value)), 'utf-8', newline=newline)

    def getvalue(self):
        self.flush()
        return self.buffer.raw.getvalue().decode('utf-8')


out = StdIOBuffer()
saved, sys.stdout = sys.stdout, out
try:
    print('captured', 1, 2)
    sys.stdout.write('more\n')
finally:
    sys.stdout = saved
print(repr(out.getvalue()), out.encoding, out.writable(), out.readable())
pre = StdIOBuffer('start:')
pre.write('x')
print(repr(pre.getvalue()))


class Upper(io.BufferedWriter):
    def write(self, b):
        return super().write(bytes(b).upper())


raw = io.BytesIO()
w = Upper(raw)
w.write(b'shout')
w.flush()
print(raw.getvalue())
