# ImportError's name/path keywords, None in sys.modules, module reprs, sys.modules iteration.
import sys
try:
    raise ImportError("boom", name="x", path="p")
except ImportError as e:
    print(e, e.name, e.path, ImportError("q").name)
sys.modules["blocked_mod"] = None
try:
    import blocked_mod
except ImportError as e:
    print(type(e).__name__, e, e.name)
print(sys, repr(sys).endswith("(built-in)>"))
import _rel.sibling_free as sf
print(repr(sf).startswith("<module '_rel.sibling_free' from '"), repr(sf).endswith("sibling_free.py'>"))
print("sys" in sys.modules, "_rel" in list(sys.modules), any(k == "_rel.sibling_free" for k, v in sys.modules.items()))
del sys.modules["_rel.sibling_free"]
import _rel.sibling_free as sf2
print(sf2 is sf, sf2.COUNT)
