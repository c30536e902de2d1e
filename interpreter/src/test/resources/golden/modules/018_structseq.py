# structseqs (sys.flags, sys.float_info, sys.int_info, time.struct_time): tuples with named fields,
# CPython's repr, immutable types, struct_time's constructor.
import sys, time
print(repr(sys.flags).startswith("sys.flags(debug=0, inspect=0, interactive=0, optimize=0, "))
print(sys.float_info)
print(sys.hash_info.modulus, sys.thread_info.name, type(sys.flags).__name__, len(sys.int_info))
st = time.struct_time((2024, 3, 10, 14, 5, 9, 6, 70, 0))
print(st, st.tm_year, st[1], isinstance(st, tuple), tuple(st) == (2024, 3, 10, 14, 5, 9, 6, 70, 0))
print(st[:3], list(st)[-1], st == (2024, 3, 10, 14, 5, 9, 6, 70, 0))
try:
    time.struct_time((1, 2))
except TypeError as e:
    print(e)
try:
    type(sys.flags).x = 1
except TypeError as e:
    print(e)
print(type(time.localtime()).__name__, len(time.localtime()))
y, m, *rest = time.gmtime(0)
print(y, m, time.gmtime(0).tm_yday)
