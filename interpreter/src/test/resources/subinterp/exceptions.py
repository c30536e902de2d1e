# What code in a subinterpreter raised reaches the caller as data (low level) or ExecutionFailed.
import _interpreters
import interpreters

sub = _interpreters.create()
info = _interpreters.run_string(sub, 'def f():\n    raise KeyError("k")\nf()')
print(info.type.__name__, info.type.__module__, repr(info.msg), info.formatted)
print(info.errdisplay.splitlines()[0], info.errdisplay.splitlines()[-1])
print(_interpreters.run_string(sub, 'x = (').type.__name__)
print(_interpreters.run_string(sub, 'raise SystemExit(3)').formatted)
print(_interpreters.run_string(sub, 'class Custom(Exception): pass\nraise Custom("c")').formatted)
print(_interpreters.run_string(sub, 'print("still usable")'))

interp = interpreters.Interpreter(sub)
try:
    interp.exec('1 / 0')
except interpreters.ExecutionFailed as e:
    print(type(e).__name__, isinstance(e, interpreters.InterpreterError), e, e.excinfo.type.__name__)
try:
    interp.exec(42)
except TypeError as e:
    print('TypeError', e)
interp.close()
