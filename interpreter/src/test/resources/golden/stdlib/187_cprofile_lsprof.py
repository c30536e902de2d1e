# _lsprof (Modules/_lsprof.c) under cProfile and pstats: call counts, primitive calls (recursion),
# callers, generators (each resumption is a call, as in 3.11), exceptions leaving a frame, a custom
# integer timer with timeunit, clear(), the context manager, runcall and Profile.run. Built-in
# functions are left out (builtins=False) so the entries are the same as CPython's; times are not
# printed, only checked for sanity. Comprehensions are left out too: CPython 3.11 runs them in a
# frame of their own, gilspy in their function's.
import cProfile
import io
import pstats
import _lsprof


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def gen(n):
    for i in range(n):
        yield i


def fails():
    raise ValueError("x")


def catcher():
    try:
        fails()
    except ValueError:
        return "caught"


class Thing:
    def method(self, k):
        out = []
        for i in range(k):  # a loop: a comprehension is a frame of its own on CPython, not on gilspy
            out.append(helper(i))
        return out


def helper(i):
    return i * 2


def main():
    s = sum(gen(5))
    Thing().method(3)
    catcher()
    return fib(10) + s


def show(prof, label):
    st = pstats.Stats(prof, stream=io.StringIO())
    print(label, "total calls", st.total_calls, "primitive", st.prim_calls)
    for (f, line, name), (cc, nc, tt, ct, callers) in sorted(st.stats.items(), key=lambda x: (x[0][2], x[0][1])):
        assert tt >= 0 and ct >= tt - 1e-9, (name, tt, ct)
        print("  %-12s line %-3d %3d/%-3d callers %s" % (name, line, nc, cc,
              sorted((c[2], v[0], v[1]) for c, v in callers.items())))


pr = cProfile.Profile(builtins=False)
pr.enable()
main()
pr.disable()
show(pr, "enable/disable")

pr.clear()
print("after clear", pr.getstats())

with cProfile.Profile(builtins=False) as pr2:
    fib(6)
show(pr2, "with")

pr3 = cProfile.Profile(builtins=False)
print("runcall", pr3.runcall(fib, 7))
show(pr3, "runcall")

ticks = [0]


def timer():
    ticks[0] += 10
    return ticks[0]


pr4 = cProfile.Profile(timer, 0.001, builtins=False)
pr4.runcall(catcher)
entries = sorted(pr4.getstats(), key=lambda e: e.code.co_name if hasattr(e.code, "co_name") else e.code)
for e in entries:
    print("custom timer", e.code.co_name, e.callcount, e.reccallcount, e.totaltime > 0, e.inlinetime > 0,
          None if e.calls is None else sorted((c.code.co_name, c.callcount) for c in e.calls))

print(_lsprof.profiler_entry.n_fields, _lsprof.profiler_subentry.n_fields)
p = _lsprof.Profiler(subcalls=False, builtins=False)
p.enable()
fib(4)
p.disable()
print("no subcalls", [(e.code.co_name, e.callcount, e.calls) for e in p.getstats() if e.code.co_name == "fib"])
