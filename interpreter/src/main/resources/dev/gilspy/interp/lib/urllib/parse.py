"""URL parsing and quoting: a subset of CPython's Lib/urllib/parse.py.

urlsplit/urlparse return small classes that unpack like CPython's named tuples and have
the same attributes (scheme, netloc, path, query, fragment, hostname, port); quoting follows
CPython's safe-character rules.
"""

__all__ = ["urlparse", "urlunparse", "urlsplit", "urlunsplit", "urlencode", "parse_qs",
           "parse_qsl", "quote", "quote_plus", "unquote", "unquote_plus", "urljoin"]

_ALWAYS_SAFE = set(b'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                         b'abcdefghijklmnopqrstuvwxyz'
                         b'0123456789'
                         b'_.-~')


class _NetlocMixin:

    @property
    def username(self):
        netloc = self.netloc
        if '@' in netloc:
            userinfo = netloc.rpartition('@')[0]
            return userinfo.partition(':')[0]
        return None

    @property
    def password(self):
        netloc = self.netloc
        if '@' in netloc:
            userinfo = netloc.rpartition('@')[0]
            user, have, password = userinfo.partition(':')
            return password if have else None
        return None

    @property
    def hostname(self):
        hostinfo = self.netloc.rpartition('@')[2]
        if hostinfo.startswith('['):
            hostname = hostinfo[1:].partition(']')[0]
        else:
            hostname = hostinfo.partition(':')[0]
        if not hostname:
            return None
        return hostname.lower()

    @property
    def port(self):
        hostinfo = self.netloc.rpartition('@')[2]
        if hostinfo.startswith('['):
            port = hostinfo.partition(']')[2].partition(':')[2]
        else:
            port = hostinfo.partition(':')[2]
        if not port:
            return None
        if not port.isdigit():
            raise ValueError("Port could not be cast to integer value as %r" % port)
        port = int(port)
        if not (0 <= port <= 65535):
            raise ValueError("Port out of range 0-65535")
        return port


class SplitResult(_NetlocMixin):

    def __init__(self, scheme, netloc, path, query, fragment):
        self.scheme = scheme
        self.netloc = netloc
        self.path = path
        self.query = query
        self.fragment = fragment

    def _tuple(self):
        return (self.scheme, self.netloc, self.path, self.query, self.fragment)

    def __iter__(self):
        return iter(self._tuple())

    def __getitem__(self, i):
        return self._tuple()[i]

    def __len__(self):
        return 5

    def __eq__(self, other):
        return tuple(self) == tuple(other)

    def __repr__(self):
        return ('SplitResult(scheme=%r, netloc=%r, path=%r, query=%r, fragment=%r)'
                % self._tuple())

    def geturl(self):
        return urlunsplit(self)


class ParseResult(_NetlocMixin):

    def __init__(self, scheme, netloc, path, params, query, fragment):
        self.scheme = scheme
        self.netloc = netloc
        self.path = path
        self.params = params
        self.query = query
        self.fragment = fragment

    def _tuple(self):
        return (self.scheme, self.netloc, self.path, self.params, self.query, self.fragment)

    def __iter__(self):
        return iter(self._tuple())

    def __getitem__(self, i):
        return self._tuple()[i]

    def __len__(self):
        return 6

    def __eq__(self, other):
        return tuple(self) == tuple(other)

    def __repr__(self):
        return ('ParseResult(scheme=%r, netloc=%r, path=%r, params=%r, query=%r, '
                'fragment=%r)' % self._tuple())

    def geturl(self):
        return urlunparse(self)


_scheme_chars = ('abcdefghijklmnopqrstuvwxyz'
                 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                 '0123456789'
                 '+-.')


def urlsplit(url, scheme='', allow_fragments=True):
    url = url.lstrip(' \t\n\r\f\v')
    for bad in ('\t', '\r', '\n'):
        url = url.replace(bad, '')
    netloc = query = fragment = ''
    i = url.find(':')
    if i > 0 and url[0] < '\x80' and url[0].isalpha():
        ok = True
        for c in url[:i]:
            if c not in _scheme_chars:
                ok = False
                break
        if ok:
            scheme, url = url[:i].lower(), url[i + 1:]
    if url[:2] == '//':
        delim = len(url)
        for c in '/?#':
            wdelim = url.find(c, 2)
            if wdelim >= 0:
                delim = min(delim, wdelim)
        netloc, url = url[2:delim], url[delim:]
        if (('[' in netloc and ']' not in netloc) or
                (']' in netloc and '[' not in netloc)):
            raise ValueError("Invalid IPv6 URL")
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    return SplitResult(scheme, netloc, url, query, fragment)


def _splitparams(url):
    if '/' in url:
        i = url.find(';', url.rfind('/'))
        if i < 0:
            return url, ''
    else:
        i = url.find(';')
    return url[:i], url[i + 1:]


def urlparse(url, scheme='', allow_fragments=True):
    s = urlsplit(url, scheme, allow_fragments)
    path = s.path
    params = ''
    if s.scheme in _uses_params and ';' in path:
        path, params = _splitparams(path)
    return ParseResult(s.scheme, s.netloc, path, params, s.query, s.fragment)


_uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap', 'https', 'shttp', 'rtsp',
                'rtspu', 'sip', 'sips', 'mms', 'sftp', 'tel']
_uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet', 'imap', 'wais', 'file',
                'mms', 'https', 'shttp', 'snews', 'prospero', 'rtsp', 'rtspu', 'rsync',
                'svn', 'svn+ssh', 'sftp', 'nfs', 'git', 'git+ssh', 'ws', 'wss']


def urlunsplit(components):
    scheme, netloc, url, query, fragment = tuple(components)
    if netloc or (scheme and scheme in _uses_netloc and url[:2] != '//'):
        if url and url[:1] != '/':
            url = '/' + url
        url = '//' + (netloc or '') + url
    if scheme:
        url = scheme + ':' + url
    if query:
        url = url + '?' + query
    if fragment:
        url = url + '#' + fragment
    return url


def urlunparse(components):
    scheme, netloc, url, params, query, fragment = tuple(components)
    if params:
        url = "%s;%s" % (url, params)
    return urlunsplit((scheme, netloc, url, query, fragment))


def urljoin(base, url, allow_fragments=True):
    """Joins a relative URL to a base (the common cases of RFC 3986)."""
    if not base:
        return url
    if not url:
        return base
    b = urlsplit(base)
    u = urlsplit(url)
    if u.scheme and u.scheme != b.scheme:
        return url
    if u.netloc:
        return urlunsplit((b.scheme, u.netloc, u.path, u.query, u.fragment))
    if not u.path:
        return urlunsplit((b.scheme, b.netloc, b.path, u.query or b.query, u.fragment))
    if u.path.startswith('/'):
        segments = u.path.split('/')
    else:
        segments = b.path.split('/')[:-1] + u.path.split('/')
    resolved = []
    for seg in segments[1:]:
        if seg == '..':
            if resolved:
                resolved.pop()
        elif seg != '.':
            resolved.append(seg)
    if segments[-1] in ('.', '..'):
        resolved.append('')
    return urlunsplit((b.scheme, b.netloc, '/' + '/'.join(resolved), u.query, u.fragment))


def quote(string, safe='/', encoding=None, errors=None):
    if isinstance(string, str):
        if not string:
            return string
        string = string.encode(encoding or 'utf-8', errors or 'strict')
    return quote_from_bytes(string, safe)


def quote_from_bytes(bs, safe='/'):
    if isinstance(safe, str):
        safe = safe.encode('ascii', 'ignore')
    safe_set = set(_ALWAYS_SAFE)
    for b in safe:
        safe_set.add(b)
    parts = []
    for b in bs:
        if b in safe_set:
            parts.append(chr(b))
        else:
            parts.append('%%%02X' % b)
    return ''.join(parts)


def quote_plus(string, safe='', encoding=None, errors=None):
    if ((isinstance(string, str) and ' ' not in string) or
            (isinstance(string, bytes) and b' ' not in string)):
        return quote(string, safe, encoding, errors)
    if isinstance(safe, str):
        space = ' '
    else:
        space = b' '
    string = quote(string, safe + space, encoding, errors)
    return string.replace(' ', '+')


_HEX = '0123456789abcdefABCDEF'


def unquote_to_bytes(string):
    if isinstance(string, str):
        string = string.encode('utf-8')
    out = []
    i = 0
    n = len(string)
    while i < n:
        b = string[i]
        if (b == 37 and i + 2 < n
                and chr(string[i + 1]) in _HEX and chr(string[i + 2]) in _HEX):
            out.append(int(chr(string[i + 1]) + chr(string[i + 2]), 16))
            i += 3
        else:
            out.append(b)
            i += 1
    return bytes(out)


def unquote(string, encoding='utf-8', errors='replace'):
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' not in string:
        return string
    return unquote_to_bytes(string).decode(encoding, errors)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    string = string.replace('+', ' ')
    return unquote(string, encoding, errors)


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8',
              errors='replace', max_num_fields=None, separator='&'):
    r = []
    if not qs:
        return r
    for name_value in qs.split(separator):
        if not name_value and not strict_parsing:
            continue
        nv = name_value.split('=', 1)
        if len(nv) != 2:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (name_value,))
            if keep_blank_values:
                nv.append('')
            else:
                continue
        if len(nv[1]) or keep_blank_values:
            name = unquote(nv[0].replace('+', ' '), encoding, errors)
            value = unquote(nv[1].replace('+', ' '), encoding, errors)
            r.append((name, value))
    return r


def parse_qs(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8',
             errors='replace', max_num_fields=None, separator='&'):
    parsed_result = {}
    pairs = parse_qsl(qs, keep_blank_values, strict_parsing, encoding, errors,
                      max_num_fields, separator)
    for name, value in pairs:
        if name in parsed_result:
            parsed_result[name].append(value)
        else:
            parsed_result[name] = [value]
    return parsed_result


def urlencode(query, doseq=False, safe='', encoding=None, errors=None, quote_via=quote_plus):
    if hasattr(query, "items"):
        query = query.items()
    l = []
    for k, v in query:
        if isinstance(k, bytes):
            k = quote_via(k, safe)
        else:
            k = quote_via(str(k), safe, encoding, errors)
        if not doseq or isinstance(v, (str, bytes)) or not hasattr(v, '__iter__'):
            if isinstance(v, bytes):
                v = quote_via(v, safe)
            else:
                v = quote_via(str(v), safe, encoding, errors)
            l.append(k + '=' + v)
        else:
            for elt in v:
                if isinstance(elt, bytes):
                    elt = quote_via(elt, safe)
                else:
                    elt = quote_via(str(elt), safe, encoding, errors)
                l.append(k + '=' + elt)
    return '&'.join(l)
