"""Exceptions raised by urllib.request."""

__all__ = ['URLError', 'HTTPError']


class URLError(OSError):

    def __init__(self, reason, filename=None):
        OSError.__init__(self, reason)
        self.args = reason,
        self.reason = reason
        if filename is not None:
            self.filename = filename

    def __str__(self):
        return '<urlopen error %s>' % self.reason


class HTTPError(URLError):
    """An HTTP error status; also usable as the response (read(), headers, code)."""

    def __init__(self, url, code, msg, hdrs, fp):
        URLError.__init__(self, msg)
        self.code = code
        self.msg = msg
        self.hdrs = hdrs
        self.fp = fp
        self.filename = url
        self.headers = hdrs

    def __str__(self):
        return 'HTTP Error %s: %s' % (self.code, self.msg)

    def __repr__(self):
        return '<HTTPError %s: %r>' % (self.code, self.msg)

    def getcode(self):
        return self.code

    def read(self, amt=None):
        if self.fp is None:
            return b''
        return self.fp.read(amt)

    def close(self):
        if self.fp is not None:
            self.fp.close()
