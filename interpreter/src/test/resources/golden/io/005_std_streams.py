# sys.stdout/stderr/stdin as TextIOWrapper objects: .buffer (bytes keep the order of the calls),
# .encoding, .errors, .line_buffering, .reconfigure (line buffering, encoding), stdin.buffer.
import sys

print("a")
sys.stdout.buffer.write(b"b\n")
print("c")
print(sys.stderr.errors, sys.stdout.line_buffering, type(sys.stdin.buffer).__name__)
print(sys.stdout.encoding, sys.stdout.isatty(), sys.stdout.writable(), sys.stdin.readable())
sys.stdout.reconfigure(line_buffering=True)
print(sys.stdout.line_buffering)
sys.stdout.reconfigure(encoding="latin-1")
print("café", sys.stdout.encoding)
sys.stdout.flush()
sys.stdout.buffer.write("é\n".encode("latin-1"))
sys.stdout.reconfigure(encoding="utf-8")
print(sys.stdin.buffer.read())
try:
    sys.stdout.buffer.write("x")
except TypeError as e:
    print(e)
try:
    sys.stdout.reconfigure(encoding="no-such-codec")
except LookupError as e:
    print(e)
print("end")
