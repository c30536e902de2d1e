# more metaclass and class-creation corners
class Registry(type):
    classes = []
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        return cls
    @property
    def label(cls):
        return "label:" + cls.__name__
    def __getattr__(cls, name):
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError(name)
    def __setattr__(cls, name, value):
        if name == "frozen":
            raise AttributeError("cannot set frozen")
        super().__setattr__(name, value)

class A(metaclass=Registry):
    def who(self):
        return __class__.__name__
    @classmethod
    def make_base(cls):
        return "base of " + cls.__name__
class B(A):
    @classmethod
    def make(cls):
        return super().make_base()
print(Registry.classes, A.label, B.label, A.dyn_hello, A().who(), B().who())
try:
    A.missing
except AttributeError as e:
    print("AttributeError", e)
A.x = 5
print(A.x, B.x)
try:
    A.frozen = 1
except AttributeError as e:
    print("AttributeError", e)
print(B.make(), type(B) is Registry, B.__class__.__name__)

# __init_subclass__ chain with kwargs and __set_name__ order
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry[name or cls.__name__] = cls
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, owner=None):
        return self if obj is None else obj.__dict__.get(self.name, "unset")
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value * 2
class Csv(Plugin, name="csv"):
    f = Field()
    g = Field()
class Json(Plugin): pass
print(sorted(Plugin.registry), Csv.f.name)
c = Csv()
print(c.f)
c.f = 21
print(c.f, c.g)
try:
    class Bad(Plugin, unknown=1): pass
except TypeError as e:
    print("TypeError", e)

# type() three-argument form picks the metaclass from the bases
C3 = type("C3", (A,), {"z": 1})
print(type(C3).__name__, C3.z, Registry.classes[-1], C3.__module__)
print(type(type), type(A), isinstance(A, type), issubclass(Registry, type))

# __prepare__ returning a custom mapping that records order and duplicates
class Recorder(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, k, v):
        if not k.startswith("__"):
            self.order.append(k)
        super().__setitem__(k, v)
class OrderMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recorder()
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = ns.order
        return cls
class Ordered(metaclass=OrderMeta):
    b = 1
    a = 2
    def m(self): pass
    b = 3
print(Ordered.order, Ordered.b)

# metaclass __call__ controlling instance creation (singleton)
class Single(type):
    _inst = {}
    def __call__(cls, *a, **k):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]
class Conf(metaclass=Single):
    def __init__(self, v=0):
        self.v = v
print(Conf(1) is Conf(2), Conf().v)

# __class_getitem__ and list[int]
class Seq:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"
print(Seq[int], list[int], dict[str, list[int]], tuple[int, ...], list[int] == list[int], list[int](range(3)))
class MyList(list[int]):
    pass
print(MyList.__bases__, MyList.__orig_bases__, MyList([1, 2]))
print(type.__prepare__("x", ()), type(list[int]).__name__)
print([cls.__name__ for cls in Plugin.__subclasses__()])
class D:
    def __set_name__(self, owner, name):
        raise ValueError("nope " + name)
try:
    class C:
        x = D()
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)
