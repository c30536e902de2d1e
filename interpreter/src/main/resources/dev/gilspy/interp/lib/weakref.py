"""A stand-in for weak references: these references are STRONG.

gilspy objects live on the JVM heap and the interpreter exposes no weak-reference hooks, so
`ref(obj)()` always returns obj, the weak containers are ordinary containers, and callbacks
and finalizers never run on their own. Code that only uses weakref to avoid reference cycles
keeps working; code that waits for an object to disappear does not.
"""

__all__ = ["ref", "proxy", "WeakKeyDictionary", "ReferenceType", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize", "getweakrefcount", "getweakrefs"]


class ref:
    def __init__(self, obj, callback=None):
        self._obj = obj
        self._callback = callback

    def __call__(self):
        return self._obj

    def __eq__(self, other):
        if isinstance(other, ref):
            return self._obj is other._obj or self._obj == other._obj
        return NotImplemented

    def __hash__(self):
        return hash(self._obj)

    def __repr__(self):
        return "<weakref at 0x%x; to '%s' at 0x%x>" % (
            id(self), type(self._obj).__name__, id(self._obj))


ReferenceType = ref
WeakMethod = ref


def proxy(obj, callback=None):
    return obj


def getweakrefcount(obj):
    return 0


def getweakrefs(obj):
    return []


class WeakValueDictionary(dict):
    pass


class WeakKeyDictionary(dict):
    pass


class WeakSet(set):
    pass


class finalize:
    """Runs func(*args, **kwargs) when called or detached; never on garbage collection."""

    def __init__(self, obj, func, *args, **kwargs):
        self._entry = (func, args, kwargs)

    def __call__(self, _=None):
        entry = self._entry
        self._entry = None
        if entry is not None:
            return entry[0](*entry[1], **entry[2])

    def detach(self):
        entry = self._entry
        self._entry = None
        return entry

    @property
    def alive(self):
        return self._entry is not None
