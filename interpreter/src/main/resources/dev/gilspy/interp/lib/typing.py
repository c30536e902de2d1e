"""Names from typing, for programs whose annotations use them; no type checking happens.

Every special form is subscriptable and prints like CPython's (`typing.List[int]`,
`typing.Optional[int]`). `Generic[T]` is a real base class, `Protocol` is a plain class,
`NamedTuple` and `TypedDict`, functional or class form, build a collections.namedtuple or a
dict class; and `get_type_hints` returns `__annotations__` as is.
"""

import builtins as _builtins

TYPE_CHECKING = False
_ELLIPSIS = getattr(_builtins, 'Ellipsis', None)

__all__ = ['Any', 'Callable', 'ClassVar', 'Dict', 'Final', 'FrozenSet', 'Generator',
           'Generic', 'Iterable', 'Iterator', 'List', 'Literal', 'Mapping', 'NamedTuple',
           'Optional', 'Protocol', 'Sequence', 'Set', 'Tuple', 'Type', 'TypeVar', 'Union',
           'cast', 'overload', 'final', 'get_type_hints', 'TYPE_CHECKING', 'NoReturn',
           'Deque', 'DefaultDict', 'Counter', 'OrderedDict', 'Awaitable', 'Coroutine',
           'AsyncIterator', 'AsyncIterable', 'IO', 'TextIO', 'BinaryIO', 'Hashable',
           'Sized', 'Collection', 'Container', 'Reversible', 'MutableMapping',
           'MutableSequence', 'MutableSet', 'AbstractSet', 'SupportsInt', 'SupportsFloat',
           'Annotated', 'TypedDict', 'NewType', 'Self', 'LiteralString', 'Never',
           'TypeAlias', 'ParamSpec', 'Concatenate', 'runtime_checkable', 'no_type_check']


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is _ELLIPSIS and obj is not None:
        return '...'
    if obj is None:
        return 'None'
    if isinstance(obj, list):
        return '[%s]' % ', '.join([_type_repr(a) for a in obj])
    return repr(obj)


class _Form:
    """A typing construct; subscripting returns a new form holding the arguments."""

    def __init__(self, name, args=None, origin=None):
        self._name = name
        self.__args__ = args
        self.__origin__ = origin

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._name == 'Optional':
            return Union[params[0], type(None)]
        if self._name == 'Union':
            flat = []
            for p in params:
                if isinstance(p, _Form) and p._name == 'Union' and p.__args__ is not None:
                    for q in p.__args__:
                        if q not in flat:
                            flat.append(q)
                elif p is None:
                    if type(None) not in flat:
                        flat.append(type(None))
                elif p not in flat:
                    flat.append(p)
            if len(flat) == 1:
                return flat[0]
            return _Form('Union', tuple(flat), self)
        return _Form(self._name, params, self)

    def __repr__(self):
        if self.__args__ is None:
            return 'typing.' + self._name
        args = self.__args__
        if self._name == 'Union' and len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return 'typing.Optional[%s]' % _type_repr(other)
        return 'typing.%s[%s]' % (self._name, ', '.join([_type_repr(a) for a in args]))

    def __call__(self, *args, **kwargs):
        raise TypeError('Cannot instantiate %r' % self)

    def __eq__(self, other):
        if not isinstance(other, _Form):
            return NotImplemented
        return self._name == other._name and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self._name, self.__args__))


Any = _Form('Any')
NoReturn = _Form('NoReturn')
Never = _Form('Never')
Self = _Form('Self')
LiteralString = _Form('LiteralString')
TypeAlias = _Form('TypeAlias')
Union = _Form('Union')
Optional = _Form('Optional')
Literal = _Form('Literal')
ClassVar = _Form('ClassVar')
_GenericAlias = _Form  # what CPython's dataclasses tests a ClassVar[...] annotation against
Final = _Form('Final')
Annotated = _Form('Annotated')
Concatenate = _Form('Concatenate')
Callable = _Form('Callable')
Tuple = _Form('Tuple')
List = _Form('List')
Dict = _Form('Dict')
Set = _Form('Set')
FrozenSet = _Form('FrozenSet')
Type = _Form('Type')
Deque = _Form('Deque')
DefaultDict = _Form('DefaultDict')
Counter = _Form('Counter')
OrderedDict = _Form('OrderedDict')
Iterable = _Form('Iterable')
Iterator = _Form('Iterator')
Generator = _Form('Generator')
Sequence = _Form('Sequence')
MutableSequence = _Form('MutableSequence')
Mapping = _Form('Mapping')
MutableMapping = _Form('MutableMapping')
AbstractSet = _Form('AbstractSet')
MutableSet = _Form('MutableSet')
Collection = _Form('Collection')
Container = _Form('Container')
Reversible = _Form('Reversible')
Hashable = _Form('Hashable')
Sized = _Form('Sized')
Awaitable = _Form('Awaitable')
Coroutine = _Form('Coroutine')
AsyncIterator = _Form('AsyncIterator')
AsyncIterable = _Form('AsyncIterable')
SupportsInt = _Form('SupportsInt')
SupportsFloat = _Form('SupportsFloat')
IO = _Form('IO')
TextIO = _Form('TextIO')
BinaryIO = _Form('BinaryIO')


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__


class ParamSpec(TypeVar):
    pass


class _GenericBase:
    """What `Generic[T]` evaluates to, so that it can be a base class."""
    pass


class _GenericForm(_Form):
    def __getitem__(self, params):
        return _GenericBase


Generic = _GenericForm('Generic')


class Protocol:
    """A plain base class here: protocols are not checked."""
    pass


def runtime_checkable(cls):
    return cls


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(arg):
    return arg


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    return dict(getattr(obj, '__annotations__', {}) or {})


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__supertype__ = tp
    return new_type


def NamedTuple(typename, fields=None, /, **kwargs):
    from collections import namedtuple
    if fields is None:
        fields = list(kwargs.items())
    tp = namedtuple(typename, [name for name, _ in fields])
    tp.__annotations__ = dict(fields)
    return tp


class _NamedTupleMeta(type):
    """Turns `class P(NamedTuple): x: int; y: int = 0` into a collections.namedtuple."""

    def __new__(mcls, typename, bases, ns):
        from collections import namedtuple
        types = dict(ns.get('__annotations__', {}))
        defaults = []
        for name in types:
            if name in ns:
                defaults.append(ns[name])
            elif defaults:
                raise TypeError("Non-default namedtuple field %s cannot follow default field%s %s"
                                % (name, "s" if len(defaults) > 1 else "", ", ".join(
                                    n for n in types if n in ns)))
        tp = namedtuple(typename, list(types), defaults=defaults, module=ns.get('__module__'))
        tp.__annotations__ = types
        for key, value in ns.items():
            if key in ('__module__', '__qualname__', '__annotations__', '__orig_bases__') or key in types:
                continue
            if key in ('_make', '_asdict', '_replace', '_fields', '_field_defaults', '__new__', '__init__',
                       '__getnewargs__', '__slots__'):
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            setattr(tp, key, value)
        return tp


_NamedTupleBase = type.__new__(_NamedTupleMeta, 'NamedTuple', (), {})
NamedTuple.__mro_entries__ = lambda bases: (_NamedTupleBase,)


class _TypedDictMeta(type):
    """`class Movie(TypedDict): title: str` is a dict at run time, with the keys recorded."""

    def __new__(mcls, name, bases, ns, total=True):
        annotations = {}
        for b in bases:
            annotations.update(getattr(b, '__annotations__', {}))
        annotations.update(ns.get('__annotations__', {}))
        tp = type.__new__(mcls, name, (dict,), {'__module__': ns.get('__module__'),
                                                 '__qualname__': ns.get('__qualname__', name)})
        tp.__annotations__ = annotations
        tp.__total__ = total
        required = set()
        optional = set()
        for b in bases:
            required.update(getattr(b, '__required_keys__', ()))
            optional.update(getattr(b, '__optional_keys__', ()))
        (required if total else optional).update(ns.get('__annotations__', {}))
        tp.__required_keys__ = frozenset(required)
        tp.__optional_keys__ = frozenset(optional)
        return tp

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    if fields is None:
        fields = kwargs
    return _TypedDictMeta(typename, (), {'__annotations__': dict(fields), '__module__': '__main__'}, total=total)


_TypedDictBase = type.__new__(_TypedDictMeta, 'TypedDict', (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDictBase,)
