"""The part of _io that gilspy writes in Python: the base classes, StringIO, BytesIO,
IncrementalNewlineDecoder and BufferedRWPair. The Java _io module exports them under CPython's
names (_IOBase, _RawIOBase, _BufferedIOBase, _TextIOBase, ...), so CPython's io.py, and gilspy's
io.py until that one imports, find them there. StringIO does no newline translation (CPython's
default newline='\\n' does none either); BytesIO.getbuffer() views a copy.
"""

class IOBase:
    closed = False

    def close(self):
        self.closed = True

    def flush(self):
        self._check_closed()

    def _check_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def _unsupported(self, name):
        from _io import UnsupportedOperation  # _io imports this module while it is made
        raise UnsupportedOperation("%s.%s() not supported" % (self.__class__.__name__, name))

    # As CPython's _io._IOBase: present on every stream, unsupported unless a subclass overrides them
    # (unittest.mock's spec of io.RawIOBase lists fileno: test_asyncio.test_unix_events' pipe mocks).
    def fileno(self):
        self._unsupported("fileno")

    def seek(self, pos, whence=0):
        self._unsupported("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported("truncate")

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._check_closed()
        return False

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    pass


class _MemoryIO:
    """The shared logic of StringIO and BytesIO over a list of pieces and a position."""

    def _init(self, initial):
        self._buffer = initial
        self._pos = 0
        self.closed = False

    def getvalue(self):
        self._check_closed()
        return self._buffer

    def read(self, size=-1):
        self._check_closed()
        if size is None or size < 0:
            size = len(self._buffer)
        data = self._buffer[self._pos:self._pos + size]
        self._pos += len(data)
        return data

    def readline(self, size=-1):
        self._check_closed()
        end = self._buffer.find(self._newline(), self._pos)
        end = len(self._buffer) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        data = self._buffer[self._pos:end]
        self._pos = end
        return data

    def write(self, data):
        self._check_closed()
        self._check_type(data)
        n = len(data)
        if n == 0:
            return 0
        buf = self._buffer
        pos = self._pos
        if pos > len(buf):
            buf = buf + self._padding(pos - len(buf))
        self._buffer = buf[:pos] + data + buf[pos + n:]
        self._pos = pos + n
        return n

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            self._seek_relative(pos)
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._seek_relative(pos)
            self._pos = max(0, len(self._buffer) + pos)
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def _seek_relative(self, pos):
        pass

    def tell(self):
        self._check_closed()
        return self._pos

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("Negative size value %d" % size)
        self._buffer = self._buffer[:size]
        return size

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True


class StringIO(TextIOBase):
    """Text I/O implementation using an in-memory buffer."""

    def __init__(self, initial_value='', newline='\n'):
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s"
                            % type(initial_value).__name__)
        _MemoryIO._init(self, initial_value)

    getvalue = _MemoryIO.getvalue
    read = _MemoryIO.read
    readline = _MemoryIO.readline
    write = _MemoryIO.write
    seek = _MemoryIO.seek
    tell = _MemoryIO.tell
    truncate = _MemoryIO.truncate
    readable = _MemoryIO.readable
    writable = _MemoryIO.writable
    seekable = _MemoryIO.seekable

    def _newline(self):
        return '\n'

    def _check_closed(self):
        # CPython's C StringIO words this without the final period.
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def _padding(self, n):
        return '\0' * n

    def _check_type(self, data):
        if not isinstance(data, str):
            raise TypeError("string argument expected, got '%s'" % type(data).__name__)

    def _seek_relative(self, pos):
        if pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")

    def __repr__(self):
        return "<_io.StringIO object at 0x%x>" % id(self)


def _optional_size(size):
    """A read size as CPython's _Py_convert_optional_to_ssize_t takes it: None (-1) or an integer."""
    if size is None:
        return -1
    if not hasattr(type(size), "__index__"):
        raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
    return type(size).__index__(size)


class BytesIO(BufferedIOBase):
    """Buffered I/O implementation using an in-memory bytes buffer.

    Writes at the end (the common case: a pickler's frames, a log) go to a list of pending pieces,
    joined only when something reads, seeks back or asks for the value, so n small writes cost
    O(n) rather than O(n^2) bytes copied."""

    def __init__(self, initial_bytes=b''):
        if initial_bytes is None:
            initial_bytes = b''
        self._buffer = bytes(initial_bytes)
        self._pending = []
        self._size = len(self._buffer)
        self._pos = 0
        self.closed = False

    def _flat(self):
        if self._pending:
            self._pending.insert(0, self._buffer)
            self._buffer = b''.join(self._pending)
            self._pending = []
        return self._buffer

    def _getvalue(self):
        self._check_closed()
        return self._flat()

    def getbuffer(self):
        """A view of a copy of the contents: writes through it do not reach this BytesIO."""
        self._check_closed()
        return memoryview(bytearray(self._flat()))

    # write, read, readline, getvalue and tell are Java's (modules/posix/BytesIOFastPaths, which the _io module puts in
    # this class): they do the common case themselves and call these for the rest
    def _read(self, size=-1):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        size = _optional_size(size)
        if self._pending:
            self._flat()
        pos = self._pos
        if size is None or size < 0:
            data = self._buffer[pos:]
        else:
            data = self._buffer[pos:pos + size]
        self._pos = pos + len(data)
        return data

    def read1(self, size=-1):
        return self.read(size)

    def _readline(self, size=-1):
        self._check_closed()
        size = _optional_size(size)
        buf = self._flat()
        pos = self._pos
        end = buf.find(b'\n', pos)
        end = len(buf) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, pos + size)
        data = buf[pos:end]
        self._pos = max(pos, end)
        return data

    def readinto(self, b):
        self._check_closed()
        m = memoryview(b)
        data = self.read(len(m))
        n = len(data)
        m[:n] = data
        return n

    def _write(self, data):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        if type(data) is not bytes:
            if isinstance(data, str):
                raise TypeError("a bytes-like object is required, not 'str'")
            if not isinstance(data, bytes):
                try:
                    data = bytes(memoryview(data))
                except TypeError:
                    if data is None or isinstance(data, (int, list, tuple, dict, set)):
                        raise TypeError("a bytes-like object is required, not '%s'"
                                        % type(data).__name__) from None
                    data = bytes(data)  # array.array, which gilspy's memoryview does not take
        n = len(data)
        if n == 0:
            return 0
        pos = self._pos
        size = self._size
        if pos == size:
            self._pending.append(data)
        else:
            buf = self._flat()
            if pos > size:
                buf = buf + b'\0' * (pos - size)
            self._buffer = buf[:pos] + data + buf[pos + n:]
        self._pos = pos = pos + n
        if pos > size:
            self._size = pos
        return n

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, self._size + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def _tell(self):
        self._check_closed()
        return self._pos

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("negative size value %d" % size)
        if size < self._size:
            self._buffer = self._flat()[:size]
            self._size = size
        return size

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def __repr__(self):
        return "<_io.BytesIO object at 0x%x>" % id(self)


class IncrementalNewlineDecoder:
    """Codec used when reading a file in universal newlines mode: translates \\r\\n and \\r
    into \\n (when translate is true) and records which newlines it saw."""

    _LF, _CR, _CRLF = 1, 2, 4

    def __init__(self, decoder, translate, errors='strict'):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self.pendingcr = False
        self.seennl = 0

    def decode(self, input, final=False):
        if self.decoder is None:
            output = input
        else:
            output = self.decoder.decode(input, final=final)
        if self.pendingcr and (output or final):
            output = "\r" + output
            self.pendingcr = False
        if output.endswith("\r") and not final:
            output = output[:-1]
            self.pendingcr = True
        crlf = output.count('\r\n')
        cr = output.count('\r') - crlf
        lf = output.count('\n') - crlf
        self.seennl |= (lf and self._LF) | (cr and self._CR) | (crlf and self._CRLF)
        if self.translate:
            if crlf:
                output = output.replace("\r\n", "\n")
            if cr:
                output = output.replace("\r", "\n")
        return output

    def getstate(self):
        if self.decoder is None:
            buf = b""
            flag = 0
        else:
            buf, flag = self.decoder.getstate()
        flag <<= 1
        if self.pendingcr:
            flag |= 1
        return buf, flag

    def setstate(self, state):
        buf, flag = state
        self.pendingcr = bool(flag & 1)
        if self.decoder is not None:
            self.decoder.setstate((buf, flag >> 1))

    def reset(self):
        self.seennl = 0
        self.pendingcr = False
        if self.decoder is not None:
            self.decoder.reset()

    @property
    def newlines(self):
        return (None, "\n", "\r", ("\r", "\n"), "\r\n", ("\n", "\r\n"), ("\r", "\r\n"),
                ("\r", "\n", "\r\n"))[self.seennl]


class BufferedRWPair(BufferedIOBase):
    """A reader and a writer object together, as one buffered stream (a pipe's two ends)."""

    def __init__(self, reader, writer, buffer_size=8192):
        from _io import UnsupportedOperation  # _io imports this module while it is made
        if not reader.readable():
            raise UnsupportedOperation('"reader" argument must be readable.')
        if not writer.writable():
            raise UnsupportedOperation('"writer" argument must be writable.')
        self.reader = reader
        self.writer = writer

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=-1):
        return self.reader.readline(size)

    def read1(self, size=-1):
        return self.reader.read1(size)

    def readinto(self, b):
        return self.reader.readinto(b)

    def write(self, b):
        return self.writer.write(b)

    def flush(self):
        return self.writer.flush()

    def readable(self):
        return self.reader.readable()

    def writable(self):
        return self.writer.writable()

    def isatty(self):
        return self.reader.isatty() or self.writer.isatty()

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()

    @property
    def closed(self):
        return self.writer.closed
