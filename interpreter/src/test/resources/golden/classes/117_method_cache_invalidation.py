# One call site meets methods that change between calls: a class's method replaced, a base's
# method replaced, a method added to a subclass that shadows its base, an instance attribute that
# shadows the method, a __class__ change, and builtin types (str, list, a list subclass).
class Base:
    def who(self):
        return "base"


class Sub(Base):
    pass


class Other:
    def who(self):
        return "other"


def call(o):
    return o.who()  # the site under test


s = Sub()
print(call(s), call(s))
Base.who = lambda self: "base v2"
print(call(s))
Sub.who = lambda self: "sub"
print(call(s))
del Sub.who
print(call(s))
s.who = lambda: "instance"
print(call(s))
del s.who
print(call(s))
s.__class__ = Other
print(call(s))
for o in [Sub(), Other(), Sub(), Other()]:
    print(call(o), end=" ")
print()


def up(x):
    return x.upper()


class Shout(str):
    pass


print(up("a"), up(Shout("b")), up("c"))
Shout.upper = lambda self: "shout!"
print(up(Shout("b")), up("c"))


class MyList(list):
    pass


def app(lst, v):
    lst.append(v)
    return lst


m = MyList()
print(app([], 1), app(m, 2))
MyList.append = lambda self, v: list.append(self, v * 10)
print(app(m, 3), app([], 4))
del MyList.append
print(app(m, 5))
