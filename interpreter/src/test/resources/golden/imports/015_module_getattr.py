# PEP 562: a module's __getattr__ is called for names the module does not have
import mod_lazy
print(mod_lazy.lazy, mod_lazy.loaded)
from mod_lazy import lazy
print(lazy, len(mod_lazy.loaded))
print(hasattr(mod_lazy, "nothing"), getattr(mod_lazy, "nothing", "default"))
try:
    mod_lazy.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    from mod_lazy import nothing
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
import concurrent.futures
print(concurrent.futures.ThreadPoolExecutor.__name__)
