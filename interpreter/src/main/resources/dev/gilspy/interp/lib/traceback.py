"""Extract, format and print exceptions and their tracebacks, in CPython 3.11's format.

Walks `__traceback__` objects (tb_frame.f_code.co_name / co_filename, tb_lineno, tb_next)
and reads source lines from the files. The interpreter keeps no column positions, so the
`^^^^` markers CPython 3.11 adds under part of a line are never printed.
"""

import sys

__all__ = ['extract_tb', 'format_exc', 'format_exception', 'format_exception_only',
           'format_list', 'format_tb', 'print_exc', 'print_exception', 'print_last',
           'print_tb', 'print_list', 'FrameSummary', 'StackSummary', 'walk_tb',
           'extract_stack', 'format_stack', 'print_stack', 'walk_stack']

_cause_message = ("\nThe above exception was the direct cause "
                  "of the following exception:\n\n")
_context_message = ("\nDuring handling of the above exception, "
                    "another exception occurred:\n\n")
_RECURSIVE_CUTOFF = 3

_source_cache = {}


def getline(filename, lineno):
    """The source line, or '' (a tiny stand-in for linecache)."""
    lines = _source_cache.get(filename)
    if lines is None:
        try:
            with open(filename) as f:
                lines = f.read().split('\n')
        except Exception:
            lines = []
        _source_cache[filename] = lines
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


class FrameSummary:
    """Information about a single frame from a traceback."""

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = locals

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = getline(self.filename, self.lineno)
        return self._line.strip()


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


class StackSummary(list):
    """A list of FrameSummary objects, ready for formatting."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        result = klass()
        for f, lineno in frame_gen:
            co = f.f_code
            result.append(FrameSummary(co.co_filename, lineno, co.co_name,
                                       lookup_line=lookup_lines))
        if limit is not None:
            if limit >= 0:
                del result[limit:]
            else:
                del result[:limit]
        return result

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        row = ['  File "%s", line %s, in %s\n' % (
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        line = frame_summary.line
        if line:
            row.append('    %s\n' % line)
        return ''.join(row)

    def format(self):
        result = []
        last_file = None
        last_line = None
        last_name = None
        count = 0
        for frame_summary in self:
            if (last_file is None or last_file != frame_summary.filename
                    or last_line is None or last_line != frame_summary.lineno
                    or last_name is None or last_name != frame_summary.name):
                if count > _RECURSIVE_CUTOFF:
                    count -= _RECURSIVE_CUTOFF
                    result.append('  [Previous line repeated %d more time%s]\n'
                                  % (count, 's' if count > 1 else ''))
                last_file = frame_summary.filename
                last_line = frame_summary.lineno
                last_name = frame_summary.name
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(self.format_frame_summary(frame_summary))
        if count > _RECURSIVE_CUTOFF:
            count -= _RECURSIVE_CUTOFF
            result.append('  [Previous line repeated %d more time%s]\n'
                          % (count, 's' if count > 1 else ''))
        return result


class _Locator(Exception):
    pass


def _caller_frame(depth):
    """The frame depth levels above the caller of the public function, or None."""
    try:
        raise _Locator
    except _Locator:
        tb = sys.exc_info()[2]
    frame = getattr(tb, 'tb_frame', None)
    for i in range(depth + 1):
        frame = getattr(frame, 'f_back', None)
        if frame is None:
            return None
    return frame


def walk_stack(f):
    while f is not None:
        yield f, f.f_lineno
        f = getattr(f, 'f_back', None)


def extract_stack(f=None, limit=None):
    """The current stack (oldest frame first); empty if frames have no f_back."""
    if f is None:
        f = _caller_frame(1)
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_stack(f=None, limit=None):
    if f is None:
        f = _caller_frame(1)
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = _caller_frame(1)
    print_list(extract_stack(f, limit=limit), file=file)


def extract_tb(tb, limit=None):
    return StackSummary.extract(walk_tb(tb), limit=limit)


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


_sentinel = object()


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError('Exception expected for value, %s found' % type(exc).__name__)
        return None, None
    return value, tb


def _safe_str(value):
    try:
        return str(value)
    except Exception:
        return '<exception str() failed>'


def _format_exception_only(etype, value):
    if etype is None:
        return ['NoneType: None\n']
    stype = etype.__qualname__
    smod = etype.__module__
    if smod not in ("__main__", "builtins"):
        stype = smod + '.' + stype
    if not issubclass(etype, SyntaxError):
        text = _safe_str(value)
        lines = [('%s: %s\n' % (stype, text)) if text else ('%s\n' % stype)]
    else:
        lines = _format_syntax_error(stype, value)
    notes = getattr(value, '__notes__', None)
    if notes:
        for note in notes:
            lines.append('%s\n' % (note if isinstance(note, str) else _safe_str(note)))
    return lines


def _format_syntax_error(stype, value):
    lines = []
    filename = getattr(value, 'filename', None)
    lineno = getattr(value, 'lineno', None)
    if filename is not None or lineno is not None:
        lines.append('  File "%s", line %s\n' % (filename or "<string>", lineno))
    text = getattr(value, 'text', None)
    offset = getattr(value, 'offset', None)
    if text is not None:
        rtext = text.rstrip('\n')
        ltext = rtext.lstrip(' \n\f')
        spaces = len(rtext) - len(ltext)
        lines.append('    %s\n' % ltext)
        if offset is not None:
            caret = offset - 1 - spaces
            if caret >= 0:
                lines.append('    %s^\n' % (' ' * caret))
    msg = getattr(value, 'msg', None) or "<no detail available>"
    lines.append("%s: %s\n" % (stype, msg))
    return lines


def format_exception_only(exc, value=_sentinel):
    if value is _sentinel:
        value = exc
        etype = None if value is None else type(value)
    else:
        etype = exc
    return _format_exception_only(etype, value)


def _chain(value, tb, chain, seen, limit):
    """Yields (text lines) for value and, first, the exceptions it was raised from."""
    lines = []
    seen.add(id(value))
    if chain:
        cause = value.__cause__
        context = value.__context__
        if cause is not None and id(cause) not in seen:
            lines.extend(_chain(cause, cause.__traceback__, chain, seen, limit))
            lines.append(_cause_message)
        elif (context is not None and not value.__suppress_context__
              and id(context) not in seen):
            lines.extend(_chain(context, context.__traceback__, chain, seen, limit))
            lines.append(_context_message)
    if tb is not None:
        lines.append('Traceback (most recent call last):\n')
        lines.extend(format_tb(tb, limit))
    lines.extend(_format_exception_only(type(value), value))
    return lines


def format_exception(exc, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    if value is None:
        return ['NoneType: None\n']
    return _chain(value, tb, chain, set(), limit)


def print_exception(exc, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    info = sys.exc_info()
    if info[1] is None:
        return 'NoneType: None\n'
    return "".join(format_exception(info[1], limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    info = sys.exc_info()
    if file is None:
        file = sys.stderr
    if info[1] is None:
        print('NoneType: None', file=file)
        return
    print_exception(info[1], limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_value"):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


def clear_frames(tb):
    pass
