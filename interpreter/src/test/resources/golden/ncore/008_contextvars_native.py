import contextvars, _contextvars, threading
from contextvars import ContextVar, Context, Token, copy_context
print(contextvars.ContextVar is _contextvars.ContextVar, type(copy_context()).__name__, Context.__module__)
v = ContextVar('v', default=1)
w = ContextVar('w')
print(v.name, v.get(), v.get(5), w.get('d'))
try:
    w.get()
except LookupError as e:
    print('LookupError', type(e.args[0]).__name__)
t = v.set(2)
print(v.get(), t.var is v, t.old_value is Token.MISSING, repr(Token.MISSING))
ctx = copy_context()
v.set(3)
print(v.get(), ctx[v], ctx.get(v), v in ctx, w in ctx, len(ctx), list(ctx.keys()) == [v], ctx.get(w, 'none'))
def f(x):
    v.set(x)
    return v.get(), w.get('unset')
print(ctx.run(f, 10), v.get(), ctx[v])
v.reset(t)
print(v.get())
for bad in [lambda: v.reset(t), lambda: w.reset(v.set(9)), lambda: ctx.run(lambda: ctx.run(print)), lambda: ctx[1], lambda: Context(1), lambda: ContextVar(1)]:
    try:
        bad()
    except (RuntimeError, ValueError, TypeError, KeyError) as e:
        print(type(e).__name__, str(e).split(' at 0x')[0])
t2 = v.set(100)
other = Context()
try:
    other.run(v.reset, t2)
except ValueError as e:
    print('ValueError', str(e).split(' at 0x')[0][:6], 'created in a different Context' in str(e))
res = []
def worker():
    res.append(v.get())
    v.set('thread')
    res.append(v.get())
th = threading.Thread(target=worker); th.start(); th.join()
print(res, v.get())
print(Context().run(v.get), len(Context()), sorted(k.name for k in copy_context()))
