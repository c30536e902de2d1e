# The sys attributes CPython's Lib/ reads at import time.
import sys
print(sys.warnoptions, sys._xoptions, type(sys.flags).__name__, len(sys.flags) >= 17)
print(sys.flags.optimize, sys.flags.dont_write_bytecode in (0, 1), sys.flags.dev_mode, sys.flags.isolated)
print(sys.float_info.mant_dig, sys.float_info.epsilon, sys.float_info.max, sys.float_info.dig, sys.float_info[7])
print(sys.int_info.bits_per_digit in (15, 30), sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf)
print(sys.thread_info.name in ("pthread", "nt"), sys.getdefaultencoding(), sys.getfilesystemencoding(),
      sys.getfilesystemencodeerrors())
print(type(sys.abiflags).__name__, type(sys.platlibdir).__name__, type(sys.prefix).__name__,
      sys.prefix == sys.base_prefix, sys.exec_prefix == sys.base_exec_prefix)
print(type(sys.dont_write_bytecode).__name__, sys.pycache_prefix)
print("json" in sys.stdlib_module_names, "sys" in sys.builtin_module_names, type(sys.orig_argv).__name__)
print(sys.getrefcount(object()) > 0, sys.float_repr_style, sys.api_version > 1000, hex(sys.hexversion)[:6])
print(type(sys.copyright).__name__, callable(sys.displayhook), callable(sys.breakpointhook))
events = []
sys.addaudithook(lambda ev, args: events.append(ev) if ev == "gilspy.test" else None)
sys.audit("gilspy.test", 1, 2)
print(events)
def tracer(*a):
    return None
print(sys.gettrace(), sys.getprofile())
sys.settrace(tracer)
print(sys.gettrace() is tracer)
sys.settrace(None)
print(sys.gettrace())
def f():
    return sys._getframe(1).f_code.co_name
def g():
    return f()
print(g())
try:
    raise ValueError("x")
except ValueError:
    print(repr(sys.exception()))
print(sys.flags.int_max_str_digits, sys.flags.hash_randomization, sys.implementation.name != "")
