"""Shallow and deep copy operations, as CPython's Lib/copy.py for common types."""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

import builtins as _builtins

# Types the core may lack are looked up once, so this module imports without them.
_frozenset = getattr(_builtins, 'frozenset', None)
_bytearray = getattr(_builtins, 'bytearray', None)
_ATOMIC = tuple([t for t in (type(None), int, float, bool, str, type, range, type(len),
                             getattr(_builtins, 'complex', None),
                             getattr(_builtins, 'bytes', None)) if t is not None])


def _is_atomic(x):
    if isinstance(x, _ATOMIC):
        return True
    return callable(x) and type(x).__name__ in ('function', 'builtin_function_or_method')


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if _is_atomic(x) or cls is tuple or (cls is _frozenset and cls is not None):
        return x
    if cls is list:
        return list(x)
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    if _bytearray is not None and cls is _bytearray:
        return _bytearray(x)
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _copy_instance(x)


def _copy_instance(x):
    cls = type(x)
    if isinstance(x, (list, dict, set, tuple)):
        # A subclass of a builtin container: rebuild from its items, then copy attributes.
        y = cls.__new__(cls) if not isinstance(x, tuple) else cls.__new__(cls, x)
        if isinstance(x, list):
            y.extend(x)
        elif isinstance(x, dict):
            dict.update(y, x)
        elif isinstance(x, set):
            y.update(x)
    else:
        y = cls.__new__(cls)
    state = getattr(x, '__dict__', None)
    if state:
        y.__dict__.update(state)
    return y


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(x):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # The tuple may already have been copied through a self-reference.
        if d in memo:
            return memo[d]
        same = True
        for k, j in zip(x, items):
            if k is not j:
                same = False
                break
        y = x if same else tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = set()
        memo[d] = y
        for a in x:
            y.add(deepcopy(a, memo))
    elif _frozenset is not None and cls is _frozenset:
        y = _frozenset([deepcopy(a, memo) for a in x])
    elif _bytearray is not None and cls is _bytearray:
        y = _bytearray(x)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _deepcopy_instance(x, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_instance(x, memo):
    cls = type(x)
    if isinstance(x, tuple):
        y = cls.__new__(cls, [deepcopy(a, memo) for a in x])
        memo[id(x)] = y
    else:
        y = cls.__new__(cls)
        memo[id(x)] = y
        if isinstance(x, list):
            for a in x:
                y.append(deepcopy(a, memo))
        elif isinstance(x, dict):
            for key, value in x.items():
                dict.__setitem__(y, deepcopy(key, memo), deepcopy(value, memo))
        elif isinstance(x, set):
            for a in x:
                y.add(deepcopy(a, memo))
    state = getattr(x, '__dict__', None)
    if state:
        y.__dict__.update(deepcopy(state, memo))
    return y


def _keep_alive(x, memo):
    # Keeps originals alive for the whole copy, so their ids are not reused.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]
