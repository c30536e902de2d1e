"""String constants, capwords and Template, as CPython's Lib/string.py (no Formatter).

Template parses `$name`, `${name}` and `$$` by hand rather than with a regular expression.
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation", "whitespace",
           "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split by sep, capitalize each word, join with sep (a single space by default)."""
    return (sep or ' ').join([x.capitalize() for x in s.split(sep)])


_IDENT_START = ascii_letters + '_'
_IDENT_CHARS = ascii_letters + digits + '_'


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _scan(self, mapping, safe):
        text = self.template
        out = []
        i = 0
        n = len(text)
        while i < n:
            j = text.find('$', i)
            if j < 0:
                out.append(text[i:])
                break
            out.append(text[i:j])
            if j + 1 < n and text[j + 1] == '$':
                out.append('$')
                i = j + 2
                continue
            if j + 1 < n and text[j + 1] == '{':
                end = text.find('}', j + 2)
                name = text[j + 2:end] if end >= 0 else ''
                if end >= 0 and _is_identifier(name):
                    out.append(self._lookup(mapping, name, text[j:end + 1], safe))
                    i = end + 1
                    continue
            else:
                k = j + 1
                if k < n and text[k] in _IDENT_START:
                    k += 1
                    while k < n and text[k] in _IDENT_CHARS:
                        k += 1
                    out.append(self._lookup(mapping, text[j + 1:k], text[j:k], safe))
                    i = k
                    continue
            if safe:
                out.append('$')
                i = j + 1
                continue
            lines = text[:j].split('\n')
            colno = j - len('\n'.join(lines[:-1]))
            if len(lines) > 1:
                colno -= 1
            raise ValueError('Invalid placeholder in string: line %d, col %d'
                             % (len(lines), colno + 1))
        return ''.join(out)

    def _lookup(self, mapping, name, original, safe):
        if safe:
            if name in mapping:
                return '%s' % (mapping[name],)
            return original
        return '%s' % (mapping[name],)

    def substitute(self, mapping=None, **kws):
        return self._scan(_merge(mapping, kws), False)

    def safe_substitute(self, mapping=None, **kws):
        return self._scan(_merge(mapping, kws), True)

    def is_valid(self):
        try:
            self._scan(_AnyMapping(), False)
        except ValueError:
            return False
        return True

    def get_identifiers(self):
        collector = _AnyMapping()
        self._scan(collector, True)
        return collector.seen


class _AnyMapping:
    def __init__(self):
        self.seen = []

    def __contains__(self, name):
        if name not in self.seen:
            self.seen.append(name)
        return True

    def __getitem__(self, name):
        if name not in self.seen:
            self.seen.append(name)
        return ''


def _merge(mapping, kws):
    if mapping is None:
        return kws
    if not kws:
        return mapping
    merged = dict(mapping)
    merged.update(kws)
    return merged


def _is_identifier(name):
    if not name or name[0] not in _IDENT_START:
        return False
    for c in name:
        if c not in _IDENT_CHARS:
            return False
    return True
