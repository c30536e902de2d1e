# divmod() calls a class's __divmod__/__rdivmod__ (not __floordiv__ and __mod__), and __init__ is
# found through the descriptor protocol (a property's getter runs; a callable object is called).
calls = []


class N:
    def __init__(self, v):
        self.v = v

    def __divmod__(self, other):
        calls.append('__divmod__')
        return ('dm', self.v, other)

    def __rdivmod__(self, other):
        calls.append('__rdivmod__')
        return ('rdm', other, self.v)

    def __floordiv__(self, other):
        calls.append('__floordiv__')
        return 0

    def __mod__(self, other):
        calls.append('__mod__')
        return 0


class M(N):
    def __rdivmod__(self, other):
        calls.append('M.__rdivmod__')
        return NotImplemented


print(divmod(N(7), 2), divmod(3, N(7)), calls)
calls.clear()
print(divmod(N(1), M(2))[:2], calls)
print(divmod(7, 2), divmod(-7.5, 2), divmod(2**70, 3))


class OnlyFloor:
    def __floordiv__(self, other):
        return 1


for args in ((OnlyFloor(), 1), (N(1), 'x')):
    try:
        print(divmod(*args))
    except TypeError as e:
        print('TypeError:', e)


def booh(self):
    raise AttributeError("booh")


class I:
    __init__ = property(booh)


try:
    I()
except AttributeError as e:
    print('AttributeError:', e)


class Init:
    def __call__(self, *args):
        print('called with', args)


class J:
    __init__ = Init()


J(1, 2)
