"""A stand-in for `re` while gilspy has no _sre: only what json.decoder.JSONDecoder.decode matches
itself (its WHITESPACE pattern); the accelerated _json paths use no other pattern."""
VERBOSE = MULTILINE = DOTALL = 0


class _Match:
    def __init__(self, end):
        self._end = end

    def end(self):
        return self._end


class _Whitespace:
    def match(self, s, pos=0):
        while pos < len(s) and s[pos] in ' \t\n\r':
            pos += 1
        return _Match(pos)


def compile(pattern, flags=0):
    return _Whitespace()
