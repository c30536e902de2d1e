# obj[key] calls a __getitem__ that a subclass of dict, list or tuple defines (logging.config's
# ConvertingDict copies nested dicts there; a config applied twice failed when it did not run)
import logging.config


class Loud(dict):
    def __getitem__(self, key):
        return ("Loud", key, dict.get(self, key))


class Missing(dict):
    def __missing__(self, key):
        return "missing " + repr(key)


class Plain(dict):
    pass


class Rev(list):
    def __getitem__(self, i):
        return list.__getitem__(self, -1 - i) if isinstance(i, int) else ("slice", i.start, i.stop)


class Pair(tuple):
    def __getitem__(self, i):
        return "pair item %d" % i


class ConvTuple(tuple):
    def __getitem__(self, i):
        return ("conv", tuple.__getitem__(self, i))


class ConvList(list):
    def __getitem__(self, i):
        return ("conv", list.__getitem__(self, i))


class ConvStr(str):
    def __getitem__(self, i):
        return ("conv", str.__getitem__(self, i))


class Base(dict):
    def __getitem__(self, key):
        return "base " + key


class Derived(Base):
    pass


print(Loud(a=1)["a"], Loud()["b"])
print(Missing(a=1)["a"], Missing()["z"])
print(Plain(a=1)["a"])
try:
    Plain()["nope"]
except KeyError as e:
    print("KeyError", e)
print(Rev([1, 2, 3])[0], Rev([1, 2, 3])[1:2], list(Rev([1, 2, 3])))
print(Pair((1, 2))[1], tuple(Pair((1, 2))))
print(Derived()["k"])
print(ConvTuple((1, 2, 3))[1], ConvTuple((1, 2, 3))[1:], ConvList([4, 5])[-1], ConvStr("abc")[0])

conf = {"version": 1, "handlers": {"h": {"class": "logging.NullHandler", "level": "INFO"}},
        "root": {"handlers": ["h"], "level": "WARNING"}}
logging.config.dictConfig(conf)
logging.config.dictConfig(conf)
print(conf["handlers"], logging.getLogger().level, type(logging.getLogger().handlers[0]).__name__)
