"""JSON encoder and decoder with CPython's output and error messages (no C speedups).

dumps/dump/loads/load, JSONEncoder (default, indent, separators, sort_keys, ensure_ascii,
allow_nan, skipkeys), JSONDecoder (object_hook, object_pairs_hook, parse_float, parse_int,
parse_constant, strict) and JSONDecodeError.
"""

import builtins as _builtins

_BYTES_LIKE = tuple([t for t in (getattr(_builtins, 'bytes', None), getattr(_builtins, 'bytearray', None)) if t is not None])

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']

_INFINITY = float('inf')


class JSONDecodeError(ValueError):
    """Subclass of ValueError with lineno, colno and pos of the error."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


_ESCAPE_DCT = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n',
               '\r': '\\r', '\t': '\\t'}


def _encode_basestring(s):
    out = ['"']
    for c in s:
        e = _ESCAPE_DCT.get(c)
        if e is not None:
            out.append(e)
        elif c < ' ':
            out.append('\\u%04x' % ord(c))
        else:
            out.append(c)
    out.append('"')
    return ''.join(out)


def _encode_basestring_ascii(s):
    out = ['"']
    for c in s:
        e = _ESCAPE_DCT.get(c)
        if e is not None:
            out.append(e)
        elif c < ' ' or c > '~':
            n = ord(c)
            if n < 0x10000:
                out.append('\\u%04x' % n)
            else:
                n -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xd800 | ((n >> 10) & 0x3ff),
                                               0xdc00 | (n & 0x3ff)))
        else:
            out.append(c)
    out.append('"')
    return ''.join(out)


class JSONEncoder:
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError('Object of type %s is not JSON serializable' % o.__class__.__name__)

    def encode(self, o):
        if isinstance(o, str):
            if self.ensure_ascii:
                return _encode_basestring_ascii(o)
            return _encode_basestring(o)
        return ''.join(self.iterencode(o))

    def iterencode(self, o, _one_shot=False):
        chunks = []
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self._indent_text = indent
        self._markers = {} if self.check_circular else None
        self._encode(o, chunks, 0)
        return chunks

    def _floatstr(self, o):
        if o != o:
            text = 'NaN'
        elif o == _INFINITY:
            text = 'Infinity'
        elif o == -_INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant")
        return text

    def _str(self, s):
        if self.ensure_ascii:
            return _encode_basestring_ascii(s)
        return _encode_basestring(s)

    def _encode(self, o, chunks, level):
        if isinstance(o, str):
            chunks.append(self._str(o))
        elif o is None:
            chunks.append('null')
        elif o is True:
            chunks.append('true')
        elif o is False:
            chunks.append('false')
        elif isinstance(o, int):
            chunks.append(int.__repr__(o))
        elif isinstance(o, float):
            chunks.append(self._floatstr(o))
        elif isinstance(o, (list, tuple)):
            self._encode_list(o, chunks, level)
        elif isinstance(o, dict):
            self._encode_dict(o, chunks, level)
        else:
            markers = self._markers
            if markers is not None:
                if id(o) in markers:
                    raise ValueError("Circular reference detected")
                markers[id(o)] = o
            self._encode(self.default(o), chunks, level)
            if markers is not None:
                del markers[id(o)]

    def _enter(self, o):
        markers = self._markers
        if markers is not None:
            if id(o) in markers:
                raise ValueError("Circular reference detected")
            markers[id(o)] = o

    def _leave(self, o):
        if self._markers is not None:
            del self._markers[id(o)]

    def _encode_list(self, lst, chunks, level):
        if not lst:
            chunks.append('[]')
            return
        self._enter(lst)
        chunks.append('[')
        indent = self._indent_text
        if indent is not None:
            level += 1
            newline_indent = '\n' + indent * level
            separator = self.item_separator + newline_indent
            chunks.append(newline_indent)
        else:
            newline_indent = None
            separator = self.item_separator
        first = True
        for value in lst:
            if not first:
                chunks.append(separator)
            first = False
            self._encode(value, chunks, level)
        if newline_indent is not None:
            level -= 1
            chunks.append('\n' + indent * level)
        chunks.append(']')
        self._leave(lst)

    def _encode_dict(self, dct, chunks, level):
        if not dct:
            chunks.append('{}')
            return
        self._enter(dct)
        chunks.append('{')
        indent = self._indent_text
        if indent is not None:
            level += 1
            newline_indent = '\n' + indent * level
            item_separator = self.item_separator + newline_indent
            chunks.append(newline_indent)
        else:
            newline_indent = None
            item_separator = self.item_separator
        items = list(dct.items())
        if self.sort_keys:
            items = sorted(items, key=_first)
        first = True
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = self._floatstr(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = int.__repr__(key)
            elif self.skipkeys:
                continue
            else:
                raise TypeError('keys must be str, int, float, bool or None, not %s'
                                % key.__class__.__name__)
            if not first:
                chunks.append(item_separator)
            first = False
            chunks.append(self._str(key))
            chunks.append(self.key_separator)
            self._encode(value, chunks, level)
        if newline_indent is not None:
            level -= 1
            chunks.append('\n' + indent * level)
        chunks.append('}')
        self._leave(dct)


def _first(item):
    return item[0]


_WHITESPACE = ' \t\n\r'
_BACKSLASH = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r',
              't': '\t'}
_HEXDIGITS = '0123456789abcdefABCDEF'


class JSONDecoder:

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        obj, end = self.raw_decode(s, _skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        try:
            return self._value(s, idx)
        except _StopScan as err:
            raise JSONDecodeError("Expecting value", s, err.pos) from None

    def _value(self, s, idx):
        if idx >= len(s):
            raise _StopScan(idx)
        c = s[idx]
        if c == '"':
            return self._string(s, idx + 1)
        if c == '{':
            return self._object(s, idx + 1)
        if c == '[':
            return self._array(s, idx + 1)
        if c == 'n' and s[idx:idx + 4] == 'null':
            return None, idx + 4
        if c == 't' and s[idx:idx + 4] == 'true':
            return True, idx + 4
        if c == 'f' and s[idx:idx + 5] == 'false':
            return False, idx + 5
        if c == 'N' and s[idx:idx + 3] == 'NaN':
            return self.parse_constant('NaN'), idx + 3
        if c == 'I' and s[idx:idx + 8] == 'Infinity':
            return self.parse_constant('Infinity'), idx + 8
        if c == '-' and s[idx:idx + 9] == '-Infinity':
            return self.parse_constant('-Infinity'), idx + 9
        return self._number(s, idx)

    def _number(self, s, idx):
        n = len(s)
        i = idx
        if i < n and s[i] == '-':
            i += 1
        if i < n and s[i] == '0':
            i += 1
        elif i < n and '1' <= s[i] <= '9':
            while i < n and '0' <= s[i] <= '9':
                i += 1
        else:
            raise _StopScan(idx)
        int_end = i
        frac = False
        if i + 1 < n and s[i] == '.' and '0' <= s[i + 1] <= '9':
            i += 2
            while i < n and '0' <= s[i] <= '9':
                i += 1
            frac = True
        if i < n and s[i] in 'eE':
            j = i + 1
            if j < n and s[j] in '+-':
                j += 1
            if j < n and '0' <= s[j] <= '9':
                while j < n and '0' <= s[j] <= '9':
                    j += 1
                i = j
                frac = True
        if frac or i != int_end:
            return self.parse_float(s[idx:i]), i
        return self.parse_int(s[idx:i]), i

    def _string(self, s, idx):
        begin = idx - 1
        chunks = []
        n = len(s)
        start = idx
        while True:
            i = start
            while i < n and s[i] != '"' and s[i] != '\\' and not (s[i] < ' ' and self.strict):
                i += 1
            if i >= n:
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            chunks.append(s[start:i])
            c = s[i]
            if c == '"':
                return ''.join(chunks), i + 1
            if c != '\\':
                raise JSONDecodeError("Invalid control character at", s, i)
            if i + 1 >= n:
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            esc = s[i + 1]
            if esc != 'u':
                if esc not in _BACKSLASH:
                    raise JSONDecodeError("Invalid \\escape", s, i)
                chunks.append(_BACKSLASH[esc])
                start = i + 2
                continue
            uni = self._hex4(s, i + 2, i + 1)
            start = i + 6
            if 0xd800 <= uni <= 0xdbff and s[start:start + 2] == '\\u':
                uni2 = self._hex4(s, start + 2, start + 1)
                if 0xdc00 <= uni2 <= 0xdfff:
                    uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                    start += 6
            chunks.append(chr(uni))

    def _hex4(self, s, pos, esc_pos):
        text = s[pos:pos + 4]
        ok = len(text) == 4
        for c in text:
            if c not in _HEXDIGITS:
                ok = False
        if not ok:
            raise JSONDecodeError("Invalid \\uXXXX escape", s, esc_pos)
        return int(text, 16)

    def _object(self, s, idx):
        pairs = []
        idx = _skip_ws(s, idx)
        if idx < len(s) and s[idx] == '}':
            return self._finish_object(pairs), idx + 1
        while True:
            if idx >= len(s) or s[idx] != '"':
                raise JSONDecodeError(
                    "Expecting property name enclosed in double quotes", s, idx)
            key, idx = self._string(s, idx + 1)
            idx = _skip_ws(s, idx)
            if idx >= len(s) or s[idx] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, idx)
            idx = _skip_ws(s, idx + 1)
            try:
                value, idx = self._value(s, idx)
            except _StopScan as err:
                raise JSONDecodeError("Expecting value", s, err.pos) from None
            pairs.append((key, value))
            idx = _skip_ws(s, idx)
            if idx < len(s) and s[idx] == '}':
                return self._finish_object(pairs), idx + 1
            if idx >= len(s) or s[idx] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, idx)
            idx = _skip_ws(s, idx + 1)

    def _finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        obj = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(obj)
        return obj

    def _array(self, s, idx):
        values = []
        idx = _skip_ws(s, idx)
        if idx < len(s) and s[idx] == ']':
            return values, idx + 1
        while True:
            try:
                value, idx = self._value(s, idx)
            except _StopScan as err:
                raise JSONDecodeError("Expecting value", s, err.pos) from None
            values.append(value)
            idx = _skip_ws(s, idx)
            if idx < len(s) and s[idx] == ']':
                return values, idx + 1
            if idx >= len(s) or s[idx] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, idx)
            idx = _skip_ws(s, idx + 1)


class _StopScan(Exception):
    def __init__(self, pos):
        Exception.__init__(self, pos)
        self.pos = pos


_CONSTANTS = {'-Infinity': float('-inf'), 'Infinity': float('inf'), 'NaN': float('nan')}


def _skip_ws(s, idx):
    n = len(s)
    while idx < n and s[idx] in _WHITESPACE:
        idx += 1
    return idx


_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and cls is None
            and indent is None and separators is None and default is None
            and not sort_keys and not kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    if isinstance(s, _BYTES_LIKE):
        s = bytes(s).decode('utf-8')
    elif not isinstance(s, str):
        raise TypeError('the JSON object must be str, bytes or bytearray, not %s'
                        % s.__class__.__name__)
    if s.startswith('\ufeff'):
        raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    if (cls is None and object_hook is None and parse_int is None and parse_float is None
            and parse_constant is None and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    return cls(object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
               parse_constant=parse_constant, object_pairs_hook=object_pairs_hook,
               **kw).decode(s)


def load(fp, **kw):
    return loads(fp.read(), **kw)
