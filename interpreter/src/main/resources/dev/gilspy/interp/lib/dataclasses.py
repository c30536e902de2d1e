"""A basic @dataclass without exec: the generated methods are closures over the field list.

Supported: field defaults and default_factory, __post_init__, init/repr/eq/order/frozen/
unsafe_hash, fields(), asdict(), astuple(), replace(), is_dataclass(). Not supported:
InitVar, ClassVar detection by type (string annotations naming ClassVar are skipped),
kw_only, slots, match_args. Fields are read from the class's __annotations__.
"""

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'fields', 'asdict',
           'astuple', 'make_dataclass', 'replace', 'is_dataclass', 'MISSING']


class FrozenInstanceError(AttributeError):
    pass


class _MissingType:
    def __repr__(self):
        return 'MISSING'


MISSING = _MissingType()

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'


class Field:

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = metadata if metadata is not None else {}

    def __repr__(self):
        return ('Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,'
                'hash=%r,compare=%r,metadata=%r)' % (
                    self.name, self.type, self.default, self.default_factory, self.init,
                    self.repr, self.hash, self.compare, self.metadata))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata)


def _is_classvar(annotation):
    text = annotation if isinstance(annotation, str) else repr(annotation)
    return text.startswith('ClassVar') or text.startswith('typing.ClassVar')


def _collect_fields(cls):
    all_fields = {}
    for base in reversed(cls.__mro__[1:]):
        base_fields = base.__dict__.get(_FIELDS)
        if base_fields is not None:
            for f in base_fields.values():
                all_fields[f.name] = f
    annotations = cls.__dict__.get('__annotations__', {})
    for name, annotation in annotations.items():
        if _is_classvar(annotation):
            continue
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            f = field(default=default)
        f.name = name
        f.type = annotation
        if f.default is not MISSING and type(f.default) in (list, dict, set):
            raise ValueError('mutable default %s for field %s is not allowed: use '
                             'default_factory' % (type(f.default), name))
        # The class attribute holds the plain default (or nothing), as in CPython.
        if isinstance(default, Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        all_fields[name] = f
    return all_fields


def _plural_args(names):
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return '%s and %s' % (quoted[0], quoted[1])
    return '%s, and %s' % (', '.join(quoted[:-1]), quoted[-1])


def _make_init(cls, init_fields, other_fields, frozen):
    names = [f.name for f in init_fields]
    required = len([f for f in init_fields
                    if f.default is MISSING and f.default_factory is MISSING])
    qualname = cls.__qualname__ + '.__init__()'

    def set_value(self, name, value):
        if frozen:
            object.__setattr__(self, name, value)
        else:
            setattr(self, name, value)

    def __init__(self, *args, **kwargs):
        if len(args) > len(names):
            if required == len(names):
                raise TypeError('%s takes %d positional argument%s but %d were given' % (
                    qualname, len(names) + 1, '' if len(names) == 0 else 's', len(args) + 1))
            raise TypeError('%s takes from %d to %d positional arguments but %d were given'
                            % (qualname, required + 1, len(names) + 1, len(args) + 1))
        for name in kwargs:
            if name not in names:
                raise TypeError("%s got an unexpected keyword argument '%s'" % (qualname, name))
            if names.index(name) < len(args):
                raise TypeError("%s got multiple values for argument '%s'" % (qualname, name))
        missing = [f.name for f in init_fields[len(args):]
                   if f.name not in kwargs and f.default is MISSING
                   and f.default_factory is MISSING]
        if missing:
            raise TypeError('%s missing %d required positional argument%s: %s' % (
                qualname, len(missing), 's' if len(missing) > 1 else '',
                _plural_args(missing)))
        for i in range(len(init_fields)):
            f = init_fields[i]
            if i < len(args):
                value = args[i]
            elif f.name in kwargs:
                value = kwargs[f.name]
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            else:
                value = f.default
            set_value(self, f.name, value)
        for f in other_fields:
            if f.default_factory is not MISSING:
                set_value(self, f.name, f.default_factory())
            elif f.default is not MISSING:
                set_value(self, f.name, f.default)
        post_init = getattr(self, '__post_init__', None)
        if post_init is not None:
            post_init()
    return __init__


def _make_repr(repr_fields):
    def __repr__(self):
        parts = ['%s=%r' % (f.name, getattr(self, f.name)) for f in repr_fields]
        return '%s(%s)' % (self.__class__.__qualname__, ', '.join(parts))
    return __repr__


def _values(obj, fs):
    return tuple([getattr(obj, f.name) for f in fs])


def _make_eq(compare_fields):
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return _values(self, compare_fields) == _values(other, compare_fields)
        return NotImplemented
    return __eq__


def _make_order(compare_fields):
    def __lt__(self, other):
        if other.__class__ is self.__class__:
            return _values(self, compare_fields) < _values(other, compare_fields)
        return NotImplemented

    def __le__(self, other):
        if other.__class__ is self.__class__:
            return _values(self, compare_fields) <= _values(other, compare_fields)
        return NotImplemented

    def __gt__(self, other):
        if other.__class__ is self.__class__:
            return _values(self, compare_fields) > _values(other, compare_fields)
        return NotImplemented

    def __ge__(self, other):
        if other.__class__ is self.__class__:
            return _values(self, compare_fields) >= _values(other, compare_fields)
        return NotImplemented
    return [('__lt__', __lt__), ('__le__', __le__), ('__gt__', __gt__), ('__ge__', __ge__)]


def _make_frozen(cls, field_names):
    def __setattr__(self, name, value):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError("cannot assign to field '%s'" % name)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError("cannot delete field '%s'" % name)
        object.__delattr__(self, name)
    return __setattr__, __delattr__


def _make_hash(hash_fields):
    def __hash__(self):
        return hash(_values(self, hash_fields))
    return __hash__


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args=True):
    all_fields = _collect_fields(cls)
    field_list = list(all_fields.values())
    init_fields = [f for f in field_list if f.init]
    seen_default = False
    for f in init_fields:
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = True
        elif seen_default:
            raise TypeError("non-default argument '%s' follows default argument" % f.name)
    setattr(cls, _FIELDS, all_fields)
    setattr(cls, _PARAMS, {'init': init, 'repr': repr, 'eq': eq, 'order': order,
                           'unsafe_hash': unsafe_hash, 'frozen': frozen})
    own = cls.__dict__
    if init:
        setattr(cls, '__init__', _make_init(cls, init_fields,
                                            [f for f in field_list if not f.init], frozen))
    if repr and '__repr__' not in own:
        setattr(cls, '__repr__', _make_repr([f for f in field_list if f.repr]))
    compare_fields = [f for f in field_list if f.compare]
    if eq and '__eq__' not in own:
        setattr(cls, '__eq__', _make_eq(compare_fields))
    if order:
        if eq is False:
            raise ValueError('eq must be true if order is true')
        for name, fn in _make_order(compare_fields):
            if name in own:
                raise TypeError('Cannot overwrite attribute %s in class %s. Consider using '
                                'functools.total_ordering' % (name, cls.__name__))
            setattr(cls, name, fn)
    if frozen:
        setter, deleter = _make_frozen(cls, set(all_fields))
        setattr(cls, '__setattr__', setter)
        setattr(cls, '__delattr__', deleter)
    hash_fields = [f for f in field_list if (f.compare if f.hash is None else f.hash)]
    has_own_hash = '__hash__' in own and own['__hash__'] is not None
    if unsafe_hash or (eq and frozen):
        if unsafe_hash and has_own_hash:
            raise TypeError('Cannot overwrite attribute __hash__ in class %s' % cls.__name__)
        if not has_own_hash:
            setattr(cls, '__hash__', _make_hash(hash_fields))
    elif eq and not has_own_hash:
        setattr(cls, '__hash__', None)
    if match_args and '__match_args__' not in own:
        # positional class patterns (PEP 634) follow the __init__ parameters
        cls.__match_args__ = tuple(f.name for f in init_fields)
    if '__doc__' not in own or own['__doc__'] is None:
        cls.__doc__ = '%s(%s)' % (cls.__name__, ', '.join([f.name for f in field_list]))
    return cls


def dataclass(cls=None, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False):
    """Adds generated special methods to a class with annotated fields."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    try:
        fs = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(fs.values())


def is_dataclass(obj):
    return hasattr(obj, _FIELDS)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)([_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    import copy
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, (list, tuple)):
        return type(obj)([_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    import copy
    return copy.deepcopy(obj)


def replace(obj, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in fields(obj):
        if not f.init:
            if f.name in changes:
                raise ValueError('field %s is declared with init=False, it cannot be '
                                 'specified with replace()' % f.name)
            continue
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **kwargs):
    raise NotImplementedError("make_dataclass() needs type() with three arguments")
