import logging
import sys
import threading

print(logging.getLevelName(20), logging.getLevelName("INFO"), logging.getLevelName(25), logging.WARNING)
root = logging.getLogger()
app = logging.getLogger("app")
sub = logging.getLogger("app.sub")
print(root, app, sub, sub.parent is app, app.parent is root, logging.getLogger("app") is app)
print(sub.getEffectiveLevel(), sub.isEnabledFor(logging.INFO), sub.isEnabledFor(logging.ERROR))

logging.basicConfig(level=logging.DEBUG, stream=sys.stdout,
                    format="%(threadName)s %(levelname)-8s %(name)s: %(message)s")
logging.debug("debug %s", "message")
logging.info("info %d%%", 50)
sub.warning("from %(who)s", {"who": "sub"})
app.error("an error")
sub.critical("critical!")
logging.basicConfig(format="ignored: %(message)s")
logging.info("still the first format")
app.setLevel(logging.ERROR)
sub.info("filtered out")
sub.error("passes")
print(sub.getEffectiveLevel(), repr(app))

try:
    raise ZeroDivisionError("division by zero")
except ZeroDivisionError:
    app.exception("failed: %s", "division")


def work(n):
    logging.getLogger("worker").info("working on %d", n)


threads = [threading.Thread(target=work, args=(i,), name="W%d" % i) for i in range(3)]
for t in threads:
    t.start()
    t.join()

own = logging.getLogger("own")
own.propagate = False
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("[%(name)s|%(levelno)s] %(message)s"))
handler.setLevel(logging.WARNING)
own.addHandler(handler)
own.info("dropped by handler level")
own.warning("kept")


class OnlyEven(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 0


even = OnlyEven()
own.addFilter(even)
for i in range(4):
    own.warning("n=%d", i)
own.removeFilter(even)
own.removeHandler(handler)
own.warning("to lastResort on stderr")
adapter = logging.LoggerAdapter(logging.getLogger("adapt"), {"user": "x"})
adapter.info("via adapter")
fmt = logging.Formatter("%(levelname)s %(message)s %(custom)s", defaults={"custom": "dflt"})
print(fmt.format(logging.LogRecord("n", logging.INFO, "f.py", 3, "hi %s", ("there",), None)))
print(logging.Formatter("%(asctime)s").format(logging.LogRecord("n", 10, "f.py", 1, "m", (), None))[4] == "-")
print(logging.getLogger("app").getChild("kid").name)
where = logging.getLogger("where")
where.propagate = False
wh = logging.StreamHandler(sys.stdout)
wh.setFormatter(logging.Formatter("%(filename)s:%(lineno)d %(funcName)s %(module)s %(message)s"))
where.addHandler(wh)


def caller():
    where.warning("from caller")
    where.log(logging.ERROR, "via log()")


caller()
where.warning("at module level")
logging.LoggerAdapter(where, {}).warning("adapter location")
