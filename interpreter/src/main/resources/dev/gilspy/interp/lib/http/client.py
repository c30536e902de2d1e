"""HTTP/1.1 client: HTTPConnection and HTTPResponse, a subset of CPython's Lib/http/client.py.

Supports request()/getresponse() with Content-Length, chunked and read-until-close bodies,
keep-alive reuse of the connection, and HTTPMessage headers. No HTTPS, no proxies.
"""

import socket
from http import responses

HTTP_PORT = 80
_MAXLINE = 65536
_MAXHEADERS = 100

__all__ = ["HTTPResponse", "HTTPConnection", "HTTPException", "NotConnected",
           "UnknownProtocol", "IncompleteRead", "ImproperConnectionState",
           "CannotSendRequest", "CannotSendHeader", "ResponseNotReady", "BadStatusLine",
           "LineTooLong", "RemoteDisconnected", "responses", "HTTPMessage", "parse_headers"]


class HTTPException(Exception):
    pass


class NotConnected(HTTPException):
    pass


class InvalidURL(HTTPException):
    pass


class UnknownProtocol(HTTPException):
    def __init__(self, version):
        HTTPException.__init__(self, version)
        self.args = version,
        self.version = version


class IncompleteRead(HTTPException):
    def __init__(self, partial, expected=None):
        HTTPException.__init__(self, partial)
        self.args = partial,
        self.partial = partial
        self.expected = expected

    def __repr__(self):
        e = ', %i more expected' % self.expected if self.expected is not None else ''
        return '%s(%i bytes read%s)' % (self.__class__.__name__, len(self.partial), e)

    def __str__(self):
        return repr(self)


class ImproperConnectionState(HTTPException):
    pass


class CannotSendRequest(ImproperConnectionState):
    pass


class CannotSendHeader(ImproperConnectionState):
    pass


class ResponseNotReady(ImproperConnectionState):
    pass


class BadStatusLine(HTTPException):
    def __init__(self, line):
        if not line:
            line = repr(line)
        HTTPException.__init__(self, line)
        self.args = line,
        self.line = line


class LineTooLong(HTTPException):
    def __init__(self, line_type):
        HTTPException.__init__(self, "got more than %d bytes when reading %s"
                               % (_MAXLINE, line_type))


class RemoteDisconnected(ConnectionResetError):
    # CPython also derives it from BadStatusLine; single inheritance keeps to the core's subset.
    line = "''"


class HTTPMessage:
    """Header fields in arrival order; lookups ignore case (email.message.Message's API)."""

    def __init__(self):
        self._headers = []

    def add_header(self, name, value):
        self._headers.append((name, value))

    __setitem__ = add_header

    def __getitem__(self, name):
        return self.get(name)

    def get(self, name, failobj=None):
        name = name.lower()
        for k, v in self._headers:
            if k.lower() == name:
                return v
        return failobj

    def get_all(self, name, failobj=None):
        name = name.lower()
        values = [v for k, v in self._headers if k.lower() == name]
        return values if values else failobj

    def __delitem__(self, name):
        name = name.lower()
        self._headers = [(k, v) for k, v in self._headers if k.lower() != name]

    def __contains__(self, name):
        name = name.lower()
        for k, v in self._headers:
            if k.lower() == name:
                return True
        return False

    def __iter__(self):
        for k, v in self._headers:
            yield k

    def __len__(self):
        return len(self._headers)

    def keys(self):
        return [k for k, v in self._headers]

    def values(self):
        return [v for k, v in self._headers]

    def items(self):
        return list(self._headers)

    def get_content_type(self):
        value = self.get('content-type', 'text/plain')
        return value.split(';')[0].strip().lower()

    def get_content_charset(self, failobj=None):
        value = self.get('content-type', '')
        for part in value.split(';')[1:]:
            part = part.strip()
            if part.lower().startswith('charset='):
                return part[8:].strip('"').lower()
        return failobj

    def as_string(self):
        return ''.join(['%s: %s\n' % (k, v) for k, v in self._headers]) + '\n'

    def __str__(self):
        return self.as_string()


def parse_headers(fp):
    """Reads header lines up to the blank line and returns an HTTPMessage."""
    message = HTTPMessage()
    last = None
    count = 0
    while True:
        line = fp.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise LineTooLong("header line")
        if line in (b'\r\n', b'\n', b''):
            break
        count += 1
        if count > _MAXHEADERS:
            raise HTTPException("got more than %d headers" % _MAXHEADERS)
        text = line.decode('iso-8859-1').rstrip('\r\n')
        if text[:1] in (' ', '\t') and last is not None:
            name, value = message._headers[-1]
            message._headers[-1] = (name, value + ' ' + text.strip())
            continue
        if ':' not in text:
            continue
        name, value = text.split(':', 1)
        message.add_header(name.strip(), value.strip())
        last = name
    return message


class HTTPResponse:

    def __init__(self, sock, method=None, url=None):
        self.fp = sock.makefile("rb")
        self._method = method
        self.headers = self.msg = None
        self.version = None
        self.status = None
        self.reason = None
        self.chunked = False
        self.length = None
        self.will_close = True
        self.closed = False

    def _read_status(self):
        line = self.fp.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise LineTooLong("status line")
        text = line.decode("iso-8859-1")
        if not text:
            raise RemoteDisconnected("Remote end closed connection without response")
        parts = text.split(None, 2)
        if len(parts) < 2:
            raise BadStatusLine(text)
        version = parts[0]
        reason = parts[2].strip() if len(parts) > 2 else ""
        if not version.startswith("HTTP/"):
            self._close_conn()
            raise BadStatusLine(text)
        try:
            status = int(parts[1])
        except ValueError:
            raise BadStatusLine(text) from None
        if status < 100 or status > 999:
            raise BadStatusLine(text)
        return version, status, reason

    def begin(self):
        while True:
            version, status, reason = self._read_status()
            if status != 100:
                break
            parse_headers(self.fp)
        self.code = self.status = status
        self.reason = reason
        if version in ("HTTP/1.0", "HTTP/0.9"):
            self.version = 10
        elif version.startswith("HTTP/1."):
            self.version = 11
        else:
            raise UnknownProtocol(version)
        self.headers = self.msg = parse_headers(self.fp)
        te = self.headers.get("transfer-encoding")
        self.chunked = te is not None and te.lower() == "chunked"
        self.will_close = self._check_close()
        self.length = None
        length = self.headers.get("content-length")
        if length is not None and not self.chunked:
            try:
                self.length = int(length)
            except ValueError:
                self.length = None
            else:
                if self.length < 0:
                    self.length = None
        if (status == 204 or status == 304 or 100 <= status < 200
                or self._method == "HEAD"):
            self.length = 0
        if not self.will_close and not self.chunked and self.length is None:
            self.will_close = True

    def _check_close(self):
        conn = self.headers.get("connection")
        if self.version == 11:
            return conn is not None and "close" in conn.lower()
        if self.headers.get("keep-alive"):
            return False
        if conn and "keep-alive" in conn.lower():
            return False
        return True

    def _close_conn(self):
        fp = self.fp
        self.fp = None
        if fp is not None:
            fp.close()

    def close(self):
        self.closed = True
        self._close_conn()

    def isclosed(self):
        return self.fp is None

    def read(self, amt=None):
        if self.fp is None:
            return b""
        if self._method == "HEAD":
            self._close_conn()
            return b""
        if self.chunked:
            return self._read_chunked(amt)
        if amt is not None and amt >= 0:
            if self.length is not None and amt > self.length:
                amt = self.length
            data = self.fp.read(amt)
            if self.length is not None:
                self.length -= len(data)
                if not self.length:
                    self._close_conn()
            elif not data:
                self._close_conn()
            return data
        if self.length is None:
            data = self.fp.read()
        else:
            data = self.fp.read(self.length)
            if len(data) < self.length:
                raise IncompleteRead(data, self.length - len(data))
            self.length = 0
        self._close_conn()
        return data

    def _read_chunked(self, amt=None):
        parts = []
        while True:
            line = self.fp.readline(_MAXLINE + 1)
            size_text = line.split(b";", 1)[0].strip()
            try:
                size = int(size_text, 16)
            except ValueError:
                self._close_conn()
                raise IncompleteRead(b''.join(parts)) from None
            if size == 0:
                while True:
                    trailer = self.fp.readline(_MAXLINE + 1)
                    if trailer in (b'\r\n', b'\n', b''):
                        break
                break
            chunk = self.fp.read(size)
            self.fp.read(2)
            parts.append(chunk)
        self._close_conn()
        return b''.join(parts)

    def getheader(self, name, default=None):
        if self.headers is None:
            raise ResponseNotReady()
        values = self.headers.get_all(name)
        if values is None:
            return default
        return ', '.join(values)

    def getheaders(self):
        if self.headers is None:
            raise ResponseNotReady()
        return self.headers.items()

    def getcode(self):
        return self.status

    def info(self):
        return self.headers

    def geturl(self):
        return getattr(self, 'url', None)

    def readable(self):
        return True

    def __iter__(self):
        data = self.read()
        for line in data.splitlines(True):
            yield line

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


class HTTPConnection:

    default_port = HTTP_PORT
    response_class = HTTPResponse
    _http_vsn_str = 'HTTP/1.1'

    def __init__(self, host, port=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT,
                 source_address=None, blocksize=8192):
        if port is None:
            i = host.rfind(':')
            if i > host.rfind(']'):
                port_text = host[i + 1:]
                if port_text:
                    try:
                        port = int(port_text)
                    except ValueError:
                        raise InvalidURL("nonnumeric port: '%s'" % port_text) from None
                host = host[:i]
            if port is None:
                port = self.default_port
        self.host = host
        self.port = port
        self.timeout = timeout
        self.source_address = source_address
        self.sock = None
        self._response = None

    def connect(self):
        self.sock = socket.create_connection((self.host, self.port), self.timeout,
                                             self.source_address)
        try:
            self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError:
            pass

    def close(self):
        sock = self.sock
        self.sock = None
        response = self._response
        self._response = None
        if sock is not None:
            sock.close()
        if response is not None:
            response.close()

    def request(self, method, url, body=None, headers={}, *, encode_chunked=False):
        """Sends a whole request: request line, headers and body."""
        if self._response is not None and not self._response.isclosed():
            # The previous response was not read; this connection cannot be reused.
            self.close()
        self._response = None
        if isinstance(body, str):
            body = body.encode('iso-8859-1')
        lines = ['%s %s %s' % (method, url or '/', self._http_vsn_str)]
        names = set([k.lower() for k in headers])
        if 'host' not in names:
            host = self.host
            if ':' in host:
                host = '[' + host + ']'
            if self.port == self.default_port:
                lines.append('Host: %s' % host)
            else:
                lines.append('Host: %s:%s' % (host, self.port))
        if 'accept-encoding' not in names:
            lines.append('Accept-Encoding: identity')
        if 'content-length' not in names and 'transfer-encoding' not in names:
            if body is not None:
                lines.append('Content-Length: %d' % len(body))
            elif method.upper() in ('POST', 'PUT', 'PATCH'):
                lines.append('Content-Length: 0')
        for k, v in headers.items():
            lines.append('%s: %s' % (k, v))
        data = ('\r\n'.join(lines) + '\r\n\r\n').encode('iso-8859-1')
        if body is not None:
            data += bytes(body)
        self.send(data)
        self._method = method

    def send(self, data):
        if self.sock is None:
            self.connect()
        self.sock.sendall(data)

    def getresponse(self):
        response = self.response_class(self.sock, method=self._method)
        try:
            response.begin()
        except ConnectionError:
            self.close()
            raise
        if response.will_close:
            # The response owns the stream now; the socket closes when it is read.
            sock = self.sock
            self.sock = None
            sock.close()
        else:
            self._response = response
        return response
