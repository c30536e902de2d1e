"""The socket module: CPython's Lib/socket.py API over gilspy's Java `_socket` module.

`socket` wraps a `_socket.socket` instead of subclassing it, so the Java type needs no
Python-level subclassing support. It also accepts CPython's own `_socket` (whose accept is
`_accept()` returning a file descriptor), which is how it is checked against CPython.
"""

import _socket
import os as _os

error = OSError
timeout = _socket.timeout
gaierror = _socket.gaierror
herror = getattr(_socket, 'herror', OSError)

AF_INET = _socket.AF_INET
SOCK_STREAM = _socket.SOCK_STREAM
SOL_SOCKET = _socket.SOL_SOCKET
SO_REUSEADDR = _socket.SO_REUSEADDR
IPPROTO_TCP = _socket.IPPROTO_TCP
TCP_NODELAY = _socket.TCP_NODELAY
SHUT_RD = _socket.SHUT_RD
SHUT_WR = _socket.SHUT_WR
SHUT_RDWR = _socket.SHUT_RDWR
AF_INET6 = getattr(_socket, 'AF_INET6', 10)
AF_UNIX = getattr(_socket, 'AF_UNIX', 1)
AF_UNSPEC = getattr(_socket, 'AF_UNSPEC', 0)
SOCK_DGRAM = getattr(_socket, 'SOCK_DGRAM', 2)
IPPROTO_IP = getattr(_socket, 'IPPROTO_IP', 0)
IPPROTO_UDP = getattr(_socket, 'IPPROTO_UDP', 17)
SO_KEEPALIVE = getattr(_socket, 'SO_KEEPALIVE', 9)
SO_RCVBUF = getattr(_socket, 'SO_RCVBUF', 8)
SO_SNDBUF = getattr(_socket, 'SO_SNDBUF', 7)
SO_ERROR = getattr(_socket, 'SO_ERROR', 4)
SO_BROADCAST = getattr(_socket, 'SO_BROADCAST', 6)
SOMAXCONN = getattr(_socket, 'SOMAXCONN', 4096)
MSG_PEEK = getattr(_socket, 'MSG_PEEK', 2)
INADDR_ANY = getattr(_socket, 'INADDR_ANY', 0)
has_ipv6 = getattr(_socket, 'has_ipv6', False)
# what asyncio's signatures and checks name (Linux's values)
AI_PASSIVE = getattr(_socket, 'AI_PASSIVE', 1)
AI_NUMERICHOST = getattr(_socket, 'AI_NUMERICHOST', 4)
AI_NUMERICSERV = getattr(_socket, 'AI_NUMERICSERV', 1024)
IPPROTO_IPV6 = getattr(_socket, 'IPPROTO_IPV6', 41)
IPV6_V6ONLY = getattr(_socket, 'IPV6_V6ONLY', 26)
SOCK_NONBLOCK = getattr(_socket, 'SOCK_NONBLOCK', 2048)
SOCK_CLOEXEC = getattr(_socket, 'SOCK_CLOEXEC', 524288)
if hasattr(_socket, 'SO_REUSEPORT'):
    SO_REUSEPORT = _socket.SO_REUSEPORT

_GLOBAL_DEFAULT_TIMEOUT = object()
_default_timeout = [None]


def getdefaulttimeout():
    if hasattr(_socket, 'getdefaulttimeout'):
        return _socket.getdefaulttimeout()
    return _default_timeout[0]


def setdefaulttimeout(value):
    if hasattr(_socket, 'setdefaulttimeout'):
        _socket.setdefaulttimeout(value)
    _default_timeout[0] = value


def gethostname():
    return _socket.gethostname()


def gethostbyname(host):
    return _socket.gethostbyname(host)


def getfqdn(name=''):
    """Fully qualified name for name; the name itself when `_socket` has no reverse lookup."""
    name = name.strip()
    if not name or name in ('0.0.0.0', '::'):
        name = gethostname()
    if not hasattr(_socket, 'gethostbyaddr'):
        return name
    try:
        hostname, aliases, ipaddrs = _socket.gethostbyaddr(name)
    except error:
        return name
    aliases.insert(0, hostname)
    for candidate in aliases:
        if '.' in candidate:
            return candidate
    return hostname


if hasattr(_socket, 'getaddrinfo'):
    getaddrinfo = _socket.getaddrinfo


def htons(x):
    return ((x & 0xff) << 8) | ((x >> 8) & 0xff)


ntohs = htons


def htonl(x):
    return (((x & 0xff) << 24) | ((x & 0xff00) << 8) | ((x >> 8) & 0xff00)
            | ((x >> 24) & 0xff))


ntohl = htonl


class socket:
    """A socket object: a thin Python layer over a `_socket.socket`."""

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None, _sock=None):
        if _sock is None:
            if family == -1:
                family = AF_INET
            if type == -1:
                type = SOCK_STREAM
            if fileno is not None:
                _sock = _socket.socket(family, type, proto, fileno)
            elif proto == -1 or proto == 0:
                _sock = _socket.socket(family, type)
            else:
                _sock = _socket.socket(family, type, proto)
            if fileno is None and not hasattr(_socket, 'setdefaulttimeout') \
                    and _default_timeout[0] is not None:
                _sock.settimeout(_default_timeout[0])
        self._sock = _sock
        # Remembered in case the Java socket object does not expose them.
        self._family = family if family != -1 else AF_INET
        self._type = type if type != -1 else SOCK_STREAM
        self._closed = False
        # Files from makefile() keep the connection open until they are closed too.
        self._io_refs = 0

    def __enter__(self):
        return self

    def __exit__(self, *args):
        if not self._closed:
            self.close()

    def __repr__(self):
        closed = self._closed
        s = "<%s.%s%s fd=%i, family=%s, type=%s, proto=%s" % (
            self.__class__.__module__, self.__class__.__name__,
            " [closed]" if closed else "", self.fileno(),
            self.family, self.type, self.proto)
        if not closed:
            try:
                laddr = self.getsockname()
                if laddr:
                    s += ", laddr=%s" % str(laddr)
            except error:
                pass
            try:
                raddr = self.getpeername()
                if raddr:
                    s += ", raddr=%s" % str(raddr)
            except error:
                pass
        return s + '>'

    @property
    def family(self):
        return getattr(self._sock, 'family', self._family)

    @property
    def type(self):
        return getattr(self._sock, 'type', self._type)

    @property
    def proto(self):
        return getattr(self._sock, 'proto', 0)

    def fileno(self):
        return self._sock.fileno()

    def accept(self):
        """Wait for a connection; returns (new socket, (host, port))."""
        raw = self._sock
        if hasattr(raw, '_accept'):
            fd, addr = raw._accept()
            sock = socket(self.family, self.type, self.proto, fileno=fd)
            if getdefaulttimeout() is None and self.gettimeout():
                sock.setblocking(True)
            return sock, addr
        conn, addr = raw.accept()
        sock = socket(self.family, self.type, _sock=conn)
        # As in CPython: a listener's timeout is not inherited without a default timeout.
        if getdefaulttimeout() is None and self.gettimeout():
            sock.setblocking(True)
        return sock, addr

    def bind(self, address):
        self._sock.bind(address)

    def listen(self, backlog=None):
        if backlog is None:
            backlog = min(SOMAXCONN, 128)
        self._sock.listen(backlog)

    def connect(self, address):
        self._sock.connect(address)

    def connect_ex(self, address):
        return self._sock.connect_ex(address)

    def send(self, data, flags=0):
        if flags:
            return self._sock.send(data, flags)
        return self._sock.send(data)

    def sendall(self, data, flags=0):
        if flags:
            return self._sock.sendall(data, flags)
        return self._sock.sendall(data)

    def recv(self, bufsize, flags=0):
        if flags:
            return self._sock.recv(bufsize, flags)
        return self._sock.recv(bufsize)

    def sendto(self, data, flags_or_address, address=None):
        if address is None:
            return self._sock.sendto(data, flags_or_address)
        return self._sock.sendto(data, flags_or_address, address)

    def recvfrom(self, bufsize, flags=0):
        if flags:
            return self._sock.recvfrom(bufsize, flags)
        return self._sock.recvfrom(bufsize)

    def shutdown(self, how):
        self._sock.shutdown(how)

    def setsockopt(self, level, optname, value):
        self._sock.setsockopt(level, optname, value)

    def getsockopt(self, level, optname, buflen=None):
        if buflen is None:
            return self._sock.getsockopt(level, optname)
        return self._sock.getsockopt(level, optname, buflen)

    def settimeout(self, value):
        self._sock.settimeout(value)

    def gettimeout(self):
        return self._sock.gettimeout()

    def setblocking(self, flag):
        self._sock.setblocking(flag)

    def getblocking(self):
        if hasattr(self._sock, 'getblocking'):
            return self._sock.getblocking()
        return self.gettimeout() != 0.0

    def getsockname(self):
        return self._sock.getsockname()

    def getpeername(self):
        return self._sock.getpeername()

    def detach(self):
        self._closed = True
        return self._sock.detach()

    def _real_close(self):
        self._sock.close()

    def _decref_socketios(self):
        if self._io_refs > 0:
            self._io_refs -= 1
        if self._closed and self._io_refs <= 0:
            self._real_close()

    def close(self):
        self._closed = True
        if self._io_refs <= 0:
            self._real_close()

    def makefile(self, mode="r", buffering=None, *, encoding=None, errors=None, newline=None):
        """A minimal file object over the socket: read, readline, iteration, write, flush."""
        for c in mode:
            if c not in "rwb":
                raise ValueError("invalid mode %r (only r, w, b allowed)" % (mode,))
        self._io_refs += 1
        return _SocketFile(self, mode, encoding or 'utf-8', errors or 'strict')


SocketType = socket


class _SocketFile:
    """Reads through a byte buffer; writes go straight to sendall (flush is a no-op)."""

    def __init__(self, sock, mode, encoding, errors):
        self._sock = sock
        self.mode = mode
        self._binary = 'b' in mode
        self._encoding = encoding
        self._errors = errors
        self._buffer = b''
        self._eof = False
        self.closed = False

    def _fill(self):
        if self._eof:
            return False
        data = self._sock.recv(8192)
        if not data:
            self._eof = True
            return False
        self._buffer += data
        return True

    def _out(self, data):
        if self._binary:
            return data
        return data.decode(self._encoding, self._errors)

    def read(self, size=-1):
        if size is None or size < 0:
            while self._fill():
                pass
            data = self._buffer
            self._buffer = b''
            return self._out(data)
        while len(self._buffer) < size and self._fill():
            pass
        data = self._buffer[:size]
        self._buffer = self._buffer[size:]
        return self._out(data)

    def readline(self, size=-1):
        while True:
            i = self._buffer.find(b'\n')
            if i >= 0:
                end = i + 1
                break
            if not self._fill():
                end = len(self._buffer)
                break
        if size is not None and 0 <= size < end:
            end = size
        data = self._buffer[:end]
        self._buffer = self._buffer[end:]
        return self._out(data)

    def readlines(self):
        lines = []
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, data):
        if not self._binary:
            data = data.encode(self._encoding, self._errors)
        self._sock.sendall(data)
        return len(data)

    def flush(self):
        pass

    def close(self):
        if not self.closed:
            self.closed = True
            self._sock._decref_socketios()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def socketpair(family=None, type=SOCK_STREAM, proto=0):
    """Two connected sockets: AF_UNIX ones by default, as on Linux; over loopback TCP otherwise."""
    if hasattr(_socket, 'socketpair') and family in (None, AF_UNIX) and type == SOCK_STREAM:
        a, b = _socket.socketpair()
        return socket(AF_UNIX, type, _sock=a), socket(AF_UNIX, type, _sock=b)
    return _loopback_socketpair(type)


def _loopback_socketpair(type=SOCK_STREAM):
    lsock = socket(AF_INET, type)
    try:
        lsock.bind(('127.0.0.1', 0))
        lsock.listen()
        csock = socket(AF_INET, type)
        try:
            csock.connect(lsock.getsockname())
            ssock, _ = lsock.accept()
        except:
            csock.close()
            raise
    finally:
        lsock.close()
    return ssock, csock


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None):
    """Connect to a TCP (host, port) and return the socket."""
    sock = socket(AF_INET, SOCK_STREAM)
    try:
        if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
            sock.settimeout(timeout)
        if source_address:
            sock.bind(source_address)
        sock.connect(address)
        return sock
    except BaseException:
        sock.close()
        raise


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False,
                  dualstack_ipv6=False):
    """A TCP socket bound to address and listening."""
    if reuse_port and not hasattr(_socket, "SO_REUSEPORT"):
        raise ValueError("SO_REUSEPORT not supported on this platform")
    sock = socket(family, SOCK_STREAM)
    try:
        if _os.name not in ('nt', 'cygwin'):
            try:
                sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
            except error:
                pass
        if reuse_port:
            sock.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1)
        sock.bind(address)
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except BaseException:
        sock.close()
        raise
