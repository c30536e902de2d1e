"""multiprocessing.reduction: CPython's own module (ForkingPickler, register, dump, the reducers
for methods, partial methods and sockets), run here over gilspy's multiprocessing.context. Sending
file descriptors between processes (sendfds/recvfds, DupFd) needs SCM_RIGHTS, which gilspy's
sockets do not carry: HAVE_SEND_HANDLE is True as on Linux, and a call fails with OSError."""
import sys as _sys
import _imp

_imp._gilspy_exec(_sys.modules[__name__], __file__.replace('<gilspy>/lib/gilspy/', '<gilspy>/lib/python3.11/'))

# CPython registers a reducer for method descriptors (type(list.append), type(int.__add__)) that
# reads __objclass__; on gilspy those are plain builtin functions, the type of len and getattr too,
# which pickle by name as they are: leave them to the default.
if type(list.append) is type(len) or type(int.__add__) is type(len):
    ForkingPickler._extra_reducers.pop(type(len), None)
