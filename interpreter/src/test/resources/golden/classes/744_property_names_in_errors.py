# property.__set_name__ records the attribute's name (kept by getter/setter/deleter copies); a missing
# getter, setter or deleter names it and the class's qualified name, as CPython 3.11 does.
class Outer:
    class cls:
        foo = property()
        ro = property(lambda self: 1)

        @property
        def x(self):
            return 2

        @x.setter
        def x(self, v):
            pass


late = property()
Outer.cls.late = late
o = Outer.cls()
for action in ("get", "set", "del"):
    for name in ("foo", "ro", "x", "late"):
        try:
            if action == "get":
                getattr(o, name)
                print(action, name, "ok")
            elif action == "set":
                setattr(o, name, 1)
                print(action, name, "ok")
            else:
                delattr(o, name)
                print(action, name, "ok")
        except AttributeError as e:
            print(action, name, "AttributeError", e)
p = property()
for args in ((), (0,), (0, 0, 0)):
    try:
        p.__set_name__(*args)
    except TypeError as e:
        print("TypeError", e)
p.__set_name__(Outer, "named")
try:
    p.__get__(o)
except AttributeError as e:
    print("AttributeError", e)
try:
    p.getter(None).__set__(o, 1)
except AttributeError as e:
    print("AttributeError", e)
print(Outer.cls.__dict__["foo"].__get__(None, Outer.cls) is Outer.cls.foo)
