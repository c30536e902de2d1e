"""Abstract base classes, minimal: ABC and abstractmethod, without metaclasses.

ABC checks for abstract methods in __new__ rather than in a metaclass, so `ABCMeta`,
`register()` and virtual subclasses are not provided.
"""


def abstractmethod(funcobj):
    """Marks a method abstract: subclasses of ABC that do not override it cannot be created."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def _abstract_methods(cls):
    names = {}
    for klass in reversed(cls.__mro__):
        for name, value in klass.__dict__.items():
            names[name] = getattr(value, "__isabstractmethod__", False)
    return sorted(name for name, abstract in names.items() if abstract)


class ABC:
    """Helper class: subclass it to get abstract-method checks at instantiation."""

    def __new__(cls, *args, **kwargs):
        abstracts = _abstract_methods(cls)
        if abstracts:
            raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                            % (cls.__name__, "s" if len(abstracts) > 1 else "",
                               ", ".join(abstracts)))
        return object.__new__(cls)


def get_cache_token():
    return 0
