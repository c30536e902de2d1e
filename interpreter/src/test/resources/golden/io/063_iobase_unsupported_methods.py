# io.IOBase and io.RawIOBase have fileno/seek/tell/truncate, unsupported unless overridden
import io
from unittest import mock

for name in ("fileno", "seek", "tell", "truncate"):
    print(name, hasattr(io.IOBase, name), name in dir(io.RawIOBase))


class Raw(io.RawIOBase):
    def readinto(self, b):
        return 0


r = Raw()
for call in (r.fileno, r.tell, lambda: r.seek(0), r.truncate):
    try:
        call()
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation", isinstance(e, OSError), isinstance(e, ValueError))
pipe = mock.Mock(spec_set=io.RawIOBase)
pipe.fileno.return_value = 5
print(pipe.fileno())
print(io.BytesIO(b"ab").tell(), io.StringIO("x").seek(0, 2))
