"""enum: a stand-in for CPython's enum.py, enough for CPython's own re and for common enums.

CPython's enum.py needs a metaclass with __prepare__ and dunders on the class (iter(Color),
len(Color), Color['RED']), which gilspy's class machinery does not run yet. Until it does, this
module gives Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, global_enum and _simple_enum
(which re uses for RegexFlag) built on __init_subclass__: members are made when the class is
created, Color(1) finds a member by value, and flags combine with | & ^ ~. Class-level iteration,
len() and Color['RED'] need the metaclass and are not provided (use Color.__members__).
Delete this file once CPython's enum.py imports: the import system then serves CPython's.
"""

import sys as _sys

__all__ = ['Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'auto', 'unique', 'global_enum',
           'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'EnumMeta', 'EnumType']


class FlagBoundary:
    STRICT = 'strict'
    CONFORM = 'conform'
    EJECT = 'eject'
    KEEP = 'keep'


STRICT, CONFORM, EJECT, KEEP = 'strict', 'conform', 'eject', 'keep'

EnumType = EnumMeta = type

_auto_null = object()


class auto:
    """Instances are replaced with an appropriate value for Enum members."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


def _is_member_candidate(name, value):
    if name.startswith('_'):
        return False
    if isinstance(value, (classmethod, staticmethod, property)):
        return False
    return isinstance(value, auto) or not callable(value)


def _mixin(cls):
    for base in (int, str, float):
        if issubclass(cls, base):
            return base
    return None


class Enum:
    """A set of symbolic names bound to unique values."""

    def __init_subclass__(cls, boundary=None, **kwds):
        cls._boundary_ = boundary or getattr(cls, '_boundary_', None)
        members = {}
        for name, value in list(cls.__dict__.items()):
            if _is_member_candidate(name, value):
                members[name] = value
        parent_members = {}
        for base in cls.__mro__[1:]:
            parent_members.update(base.__dict__.get('_member_map_', {}))
        if members and parent_members:
            raise TypeError('%s: cannot extend %s' % (cls.__name__, cls.__mro__[1].__name__))
        cls._member_names_ = []
        cls._member_map_ = {}
        cls._value2member_map_ = {}
        last_values = []
        for name, value in members.items():
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = cls._generate_next_value_(name, 1, len(cls._member_names_), last_values[:])
                value = value.value
            last_values.append(value)
            cls._add_member_(name, value)
        cls.__members__ = dict(cls._member_map_)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _add_member_(cls, name, value):
        existing = cls._value2member_map_.get(value) if _hashable(value) else None
        if existing is not None:
            setattr(cls, name, existing)
            cls._member_map_[name] = existing
            return existing
        args = value if isinstance(value, tuple) and _mixin(cls) is not None else (value,)
        base = _mixin(cls)
        member = object.__new__(cls) if base is None else base.__new__(cls, *args)
        member._name_ = name
        member._value_ = value
        setattr(cls, name, member)
        cls._member_names_.append(name)
        cls._member_map_[name] = member
        if _hashable(value):
            cls._value2member_map_[value] = member
        return member

    def __new__(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))

    def __init__(self, *args, **kwds):
        pass

    @classmethod
    def _missing_(cls, value):
        return None

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        return '<%s.%s: %r>' % (type(self).__name__, self._name_, self._value_)

    def __str__(self):
        return '%s.%s' % (type(self).__name__, self._name_)

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _hashable(value):
    try:
        hash(value)
        return True
    except TypeError:
        return False


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    __repr__ = Enum.__repr__

    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(int(self), spec)

    def __hash__(self):
        return int.__hash__(self)


class StrEnum(str, ReprEnum):
    __repr__ = Enum.__repr__

    def __str__(self):
        return str.__str__(self)

    def __format__(self, spec):
        return format(str.__str__(self), spec)

    def __hash__(self):
        return str.__hash__(self)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class Flag(Enum):
    """Members combine with the bitwise operators; unnamed combinations are made on demand."""

    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        high = max(last_values)
        return 1 << high.bit_length() if high > 0 else 1

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        return cls._pseudo_member_(value)

    @classmethod
    def _pseudo_member_(cls, value):
        base = _mixin(cls)
        member = object.__new__(cls) if base is None else base.__new__(cls, value)
        names = [m._name_ for m in cls._decompose_(value)]
        member._name_ = '|'.join(names) if names else None
        member._value_ = value
        rest = value
        for m in cls._decompose_(value):
            rest &= ~m._value_
        member._rest_ = rest
        return member

    @classmethod
    def _decompose_(cls, value):
        return [cls._member_map_[n] for n in cls._member_names_
                if cls._member_map_[n]._value_ and cls._member_map_[n]._value_ & value == cls._member_map_[n]._value_
                and _single_bit(cls._member_map_[n]._value_)]

    def __contains__(self, other):
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter(self._decompose_(self._value_))

    def __len__(self):
        return len(self._decompose_(self._value_))

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if isinstance(other, type(self)):
            other = other._value_
        elif not isinstance(other, int) or not issubclass(type(self), int):
            return NotImplemented
        return type(self)(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, type(self)):
            other = other._value_
        elif not isinstance(other, int) or not issubclass(type(self), int):
            return NotImplemented
        return type(self)(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, type(self)):
            other = other._value_
        elif not isinstance(other, int) or not issubclass(type(self), int):
            return NotImplemented
        return type(self)(self._value_ ^ other)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        all_bits = 0
        for n in type(self)._member_names_:
            all_bits |= type(self)._member_map_[n]._value_
        return type(self)(all_bits & ~self._value_)

    def _repr_name_(self, prefix, prefix_all=False):
        name = self._name_
        rest = getattr(self, '_rest_', 0)
        if name is None:
            return type(self)._numeric_repr_(self._value_) if self._value_ or not rest else ''
        parts = [(prefix if i == 0 or prefix_all else '') + n for i, n in enumerate(name.split('|'))]
        if rest:
            parts.append(type(self)._numeric_repr_(rest))
        return '|'.join(parts)

    def __repr__(self):
        return '<%s: %s>' % (self._repr_name_(type(self).__name__ + '.'), type(self)._numeric_repr_(self._value_))

    def __str__(self):
        if self._name_ is None and not getattr(self, '_rest_', 0):
            return '%s(%r)' % (type(self).__name__, self._value_)
        return self._repr_name_(type(self).__name__ + '.')


def _single_bit(v):
    return v & (v - 1) == 0


class IntFlag(int, ReprEnum, Flag):
    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(int(self), spec)

    def __hash__(self):
        return int.__hash__(self)

    def __invert__(self):
        return type(self)(~self._value_)

    # int comes first in the MRO: take Flag's operators (they keep the flag type), repr and truth
    __repr__ = Flag.__repr__
    __bool__ = Flag.__bool__
    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__ror__
    __rand__ = Flag.__rand__
    __rxor__ = Flag.__rxor__


def unique(enumeration):
    """Class decorator: no two member names may share a value."""
    dups = [(name, m._name_) for name, m in enumeration._member_map_.items() if name != m._name_]
    if dups:
        raise ValueError('duplicate values found in %r: %s' % (
            enumeration, ', '.join('%s -> %s' % d for d in dups)))
    return enumeration


def global_enum(cls, update_str=False):
    """Members become module globals and repr as module.NAME (re.IGNORECASE)."""
    module = cls.__module__.rsplit('.', 1)[-1]
    if issubclass(cls, Flag):
        def __repr__(self):
            return self._repr_name_(module + '.', True) or '%s(%s)' % (type(self).__name__, type(self)._numeric_repr_(0))
    else:
        def __repr__(self):
            return '%s.%s' % (module, self._name_)
    cls.__repr__ = __repr__
    if update_str:
        cls.__str__ = __repr__
    g = _sys.modules[cls.__module__].__dict__
    g.update(cls._member_map_)
    return cls


def _simple_enum(etype=Enum, *, boundary=None, use_args=None):
    """Class decorator: rebuild a plain class as an enum of type etype (as re.RegexFlag is)."""
    def convert_class(cls):
        body = {}
        for name, value in cls.__dict__.items():
            if name in ('__dict__', '__weakref__', '__module__', '__qualname__'):
                continue
            body[name] = value
        body['__module__'] = cls.__module__
        new = type(cls.__name__, (etype,), body)
        if boundary is not None:
            new._boundary_ = boundary
        return new
    return convert_class
