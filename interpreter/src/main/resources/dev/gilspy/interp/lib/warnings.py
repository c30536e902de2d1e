"""Python part of the warnings subsystem: warn(), filters, catch_warnings.

Messages go to stderr as `file:line: Category: message` plus the source line, like CPython.
The caller's location comes from the traceback of a caught exception (tb_frame.f_back); if
the interpreter's frames lack f_back, warnings are reported at `sys:1` as CPython does when
the stack is too shallow. Filter messages and modules match as case-insensitive prefixes
(CPython uses regular expressions).
"""

import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]

# (action, message, category, module, lineno); the first match wins.
filters = []
defaultaction = "default"
_onceregistry = {}
_registry = {}


def _filters_mutated():
    _registry.clear()


def _add_filter(item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    _add_filter((action, message.lower() or None, category, module or None, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    _add_filter((action, None, category, None, lineno), append)


def resetwarnings():
    del filters[:]
    _filters_mutated()


def formatwarning(message, category, filename, lineno, line=None):
    s = "%s:%s: %s: %s\n" % (filename, lineno, category.__name__, message)
    if line is None:
        try:
            import traceback
            line = traceback.getline(filename, lineno)
        except Exception:
            line = None
    if line:
        s += "  %s\n" % line.strip()
    return s


def _showwarnmsg_impl(message, category, filename, lineno, file=None, line=None):
    if file is None:
        file = sys.stderr
        if file is None:
            return
    try:
        file.write(formatwarning(message, category, filename, lineno, line))
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    _showwarnmsg_impl(message, category, filename, lineno, file, line)


class WarningMessage:

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


class _Locator(Exception):
    pass


def _caller(stacklevel):
    """(filename, lineno, module name) of the frame stacklevel levels above warn()'s caller."""
    try:
        raise _Locator
    except _Locator:
        tb = sys.exc_info()[2]
    frame = getattr(tb, 'tb_frame', None)
    # tb_frame is _caller itself: one step up is warn(), two steps its caller.
    for i in range(stacklevel):
        frame = getattr(frame, 'f_back', None)
        if frame is None:
            return "sys", 1, "sys"
    globals_ = getattr(frame, 'f_globals', None)
    module = globals_.get('__name__', '<string>') if globals_ is not None else '__main__'
    return frame.f_code.co_filename, frame.f_lineno, module


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, or maybe ignore it or raise an exception."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'"
                        % type(category).__name__)
    filename, lineno, module = _caller(stacklevel + 1)
    warn_explicit(message, category, filename, lineno, module)


def _default_action(category, module):
    if issubclass(category, DeprecationWarning) and module == '__main__':
        return "default"
    for ignored in (DeprecationWarning, PendingDeprecationWarning, ImportWarning,
                    ResourceWarning):
        if issubclass(category, ignored):
            return "ignore"
    return defaultaction


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno, filename)
    if _registry.get(key):
        return
    action = None
    for item in filters:
        act, msg, cat, mod, ln = item
        if ((msg is None or text.lower().startswith(msg)) and issubclass(category, cat)
                and (mod is None or module.startswith(mod)) and (ln == 0 or lineno == ln)):
            action = act
            break
    if action is None:
        action = _default_action(category, module)
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        _registry[key] = 1
        oncekey = (text, category)
        if _onceregistry.get(oncekey):
            return
        _onceregistry[oncekey] = 1
    elif action == "module":
        _registry[key] = 1
        altkey = (text, category, 0, module)
        if _registry.get(altkey):
            return
        _registry[altkey] = 1
    elif action == "default":
        _registry[key] = 1
    if _record_target:
        _record_target[-1].append(WarningMessage(message, category, filename, lineno))
        return
    showwarning(message, category, filename, lineno)


# catch_warnings(record=True) appends to the innermost list here.
_record_target = []


class catch_warnings:
    """Saves and restores the warnings filters; record=True collects warnings in a list."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning,
                 lineno=0, append=False):
        self._record = record
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        return "%s(record=%s)" % (type(self).__name__, self._record)

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._filters = filters[:]
        self._saved_registry = dict(_registry)
        _filters_mutated()
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            _record_target.append(log)
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        filters[:] = self._filters
        _registry.clear()
        _registry.update(self._saved_registry)
        if self._record:
            _record_target.pop()
