# Exception fields (Objects/exceptions.c) and the "Did you mean" suggestions (Python/suggestions.c)
import io
import sys


class A:
    blech = None
    noise = None


class Getattr:
    blech = None

    def __getattr__(self, name):
        raise AttributeError()


def show_hook():
    # sys.excepthook writes to whatever sys.stderr is now
    saved, sys.stderr = sys.stderr, io.StringIO()
    try:
        sys.__excepthook__(*sys.exc_info())
        text = sys.stderr.getvalue()
    finally:
        sys.stderr = saved
    print(text.strip().splitlines()[-1])


for obj in (A(), Getattr()):
    try:
        obj.bluch
    except AttributeError as e:
        print(e.name, type(e.obj).__name__)
        show_hook()

global_for_suggestions = 1
try:
    global_for_suggestion
except NameError as e:
    print(e.name)
    show_hook()

try:
    ZeroDivisionErrr
except NameError:
    show_hook()


def local_names():
    blech = 1
    try:
        print(blich)
    except NameError:
        show_hook()


local_names()

e = AttributeError('x', name='n', obj=3)
print(e.name, e.obj, AttributeError('y').name, AttributeError('y').obj)
for make in (lambda: BaseException(a=1), lambda: AttributeError(x=1), lambda: ImportError(invalid=1)):
    try:
        make()
    except TypeError as err:
        print('TypeError:', err)

try:
    raise IndexError(4)
except IndexError as err:
    tb = err.__traceback__
e2 = ValueError().with_traceback(tb)
print(e2.__traceback__ is tb, e2.__traceback__ is e2.__traceback__, e2.__traceback__.tb_lineno)
e2.__traceback__ = None
print(e2.__traceback__)

for bad in (lambda: setattr(Exception(), '__traceback__', 5),
            lambda: delattr(Exception(), '__cause__'),
            lambda: delattr(Exception(), '__context__'),
            lambda: setattr(Exception(), '__cause__', 1),
            lambda: setattr(Exception(), '__context__', 1)):
    try:
        bad()
    except TypeError as err:
        print('TypeError:', err)

x = ImportError('t', name='a', path='b')
print(x.name, x.path)
x.__init__()
print(x.name, x.path, x.args)

try:
    BaseException(1).add_note(42)
except TypeError as err:
    print('TypeError:', err)
print(OSError(1, 'x').filename, OSError(1, 'x').filename2, OSError(2, 'x', 'f', None, 'g').filename2)

# an uncaught AttributeError prints its suggestion too
A().bluh
