# multiprocessing's helper modules beside gilspy's own multiprocessing: CPython's util (Finalize,
# the finalizer registry at exit, loggers, get_temp_dir), reduction (ForkingPickler with its
# reducers for bound methods and partials), gilspy's context (the exception types, contexts,
# assert_spawning), and CPython's dummy.connection (Pipe, Listener/Client between threads).
import functools
import io
import logging
import os
import pickle
import threading

import multiprocessing
import multiprocessing.context as ctx
import multiprocessing.dummy.connection as dc
import multiprocessing.reduction as red
import multiprocessing.util as util

print(ctx.get_spawning_popen(), ctx._default_context.get_start_method() in ("fork", "spawn"))
print("spawn" in ctx._default_context.get_all_start_methods())
print(type(ctx._default_context.get_context("spawn")).__name__, ctx._default_context.get_context("spawn")._name)
try:
    ctx.assert_spawning(threading.Lock())
except RuntimeError as e:
    print("RuntimeError", e)
print(issubclass(ctx.TimeoutError, ctx.ProcessError), ctx.TimeoutError is multiprocessing.TimeoutError,
      ctx.AuthenticationError is multiprocessing.AuthenticationError)


class Thing:
    def __init__(self, n):
        self.n = n

    def m(self):
        return self.n * 7


buf = io.BytesIO()
red.ForkingPickler(buf, 4).dump(Thing(3).m)
print("bound method", pickle.loads(buf.getvalue())())
print("partial", red.ForkingPickler.loads(red.ForkingPickler.dumps(functools.partial(int, base=2)))("101"))
print("builtins", pickle.loads(red.ForkingPickler.dumps([len, getattr, os.getpid]))[0]("abc"))


class Res:
    pass


called = []
r = Res()
f = util.Finalize(r, called.append, args=("finalized",), exitpriority=5)
print(f.still_active(), f(), called, f.still_active(), util.is_exiting())
r2 = Res()
util.Finalize(r2, called.append, args=("collected",))
del r2
import gc
gc.collect()
print(called)
util.Finalize(None, print, args=("at exit, priority 1",), exitpriority=1)
util.Finalize(None, print, args=("at exit, priority 9",), exitpriority=9)
lg = util.get_logger()
print(lg.name, isinstance(lg, logging.Logger), util.SUBDEBUG, util.SUBWARNING)
d = util.get_temp_dir()
print(os.path.isdir(d), os.path.basename(d).startswith("pymp-"), util.get_temp_dir() == d)

a, b = dc.Pipe()
a.send({"x": 1})
print(b.recv(), b.poll())
with dc.Listener() as listener:
    t = threading.Thread(target=lambda: dc.Client(listener.address).send("hello over a dummy connection"))
    t.start()
    conn = listener.accept()
    print(conn.recv())
    t.join()
print("main ends")
