# __getattribute__ and __getattr__ that are descriptors, not functions, are bound through __get__
class Descriptor:
    counter = 0
    def __get__(self, obj, objtype=None):
        def getter(name):
            self.counter += 1
            raise AttributeError(name)
        return getter
descr = Descriptor()
class A: __getattribute__ = descr
class B: __getattr__ = descr
class AB:
    __getattribute__ = descr
    __getattr__ = descr
for k in (A, B, AB):
    try:
        getattr(k(), "attr")
    except AttributeError as e:
        print(k.__name__, "AttributeError", e)
    print(descr.counter)
class Loud:
    def __get__(self, obj, cls):
        return lambda name: "%s via %s" % (name, type(obj).__name__)
class G:
    __getattr__ = Loud()
    x = 1
g = G()
print(g.x, g.y)
class H:
    __getattribute__ = Loud()
print(H().anything)
