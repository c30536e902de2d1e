# compiler_set_qualname: a class or def declared global in its enclosing function is named as at
# module level, so pickle finds it; pickle.py's framer reads frames through BytesIO.getbuffer()
import io
import pickle


def make():
    global C, helper

    class C:
        __slots__ = ('a',)

        def __getstate__(self):
            return {'a': self.a}

        def __setstate__(self, state):
            self.a = state['a']

        class Inner:
            pass

    def helper():
        def inner():
            pass
        return inner

    class Local:
        pass

    return Local


Local = make()
print(C.__qualname__, C.Inner.__qualname__, helper.__qualname__, helper().__qualname__, Local.__qualname__)
c = C()
c.a = 42
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print(proto, pickle.loads(pickle.dumps(c, proto)).a, pickle._loads(pickle._dumps(c, proto)).a)


class Outer:
    global Top

    class Top:
        pass


print(Top.__qualname__, hasattr(Outer, 'Top'))

b = io.BytesIO(b'abc')
b.seek(0, 2)
b.write(b'de')
view = b.getbuffer()
print(bytes(view), len(view))
