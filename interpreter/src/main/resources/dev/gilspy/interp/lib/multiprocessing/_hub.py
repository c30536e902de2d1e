"""Objects shared between processes: each lives in the process that made it, others reach it over loopback.

A JVM cannot fork and gilspy has no shared memory between interpreters, so a Lock, Value, Queue,
Pipe end or Manager dict stays in the process that created it (its owner). The first time such an
object is pickled (as a Process, Pool task or another shared object's argument), the owner starts
a small TCP server on 127.0.0.1 (the hub) and registers the object under an id; the pickle carries
(hub address, id). Unpickled in another process it becomes a remote handle whose method calls are
sent to the owner's hub, one connection per calling thread, and run there by a thread that serves
only that connection. So a blocking call (Lock.acquire, Queue.get, Condition.wait) blocks one hub
thread in the owner, and an RLock or Condition acquired by a remote thread is owned by the hub thread
that stands for it. Unpickled in its owner, the handle is the original object again.
"""

import os
import pickle
import struct
import threading

_lock = threading.Lock()
_server = [None]        # (listening socket, address) once started
_objects = {}           # id -> the owner's object
_ids = {}               # id(object) -> id, so each object is registered once
_next = [0]
_local = threading.local()
_pid = [None]

_LEN = struct.Struct('>I')


def _recv_exact(sock, n):
    parts = []
    while n:
        chunk = sock.recv(min(n, 1 << 20))
        if not chunk:
            raise EOFError
        parts.append(chunk)
        n -= len(chunk)
    return b''.join(parts)


def _send_msg(sock, data):
    sock.sendall(_LEN.pack(len(data)) + data)


def _recv_msg(sock):
    (n,) = _LEN.unpack(_recv_exact(sock, 4))
    return _recv_exact(sock, n)


def address():
    """This process's hub address, starting the hub on first use."""
    with _lock:
        if _server[0] is None or _pid[0] != os.getpid():
            import socket
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s.bind(('127.0.0.1', 0))
            s.listen(64)
            _server[0] = (s, s.getsockname())
            _pid[0] = os.getpid()
            t = threading.Thread(target=_accept_loop, args=(s,), name='gilspy-mp-hub', daemon=True)
            t.start()
        return _server[0][1]


def register(obj):
    """The hub id of `obj`, registering it (and starting the hub) if needed."""
    addr = address()
    with _lock:
        key = id(obj)
        oid = _ids.get(key)
        if oid is None:
            _next[0] += 1
            oid = _next[0]
            _ids[key] = oid
            _objects[oid] = obj
        return addr, oid


def lookup(addr, oid):
    """The owner's object if (addr, oid) names one of this process's objects, else None."""
    srv = _server[0]
    if srv is not None and _pid[0] == os.getpid() and tuple(srv[1]) == tuple(addr):
        return _objects.get(oid)
    return None


def _accept_loop(s):
    while True:
        try:
            conn, _ = s.accept()
        except OSError:
            return
        try:
            import socket
            conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except Exception:
            pass
        threading.Thread(target=_serve, args=(conn,), name='gilspy-mp-hub-conn', daemon=True).start()


def _serve(conn):
    # leases taken over this connection: given back when the other process goes (see connection.py)
    leases = []
    try:
        while True:
            try:
                oid, name, args, kwargs = pickle.loads(_recv_msg(conn))
            except (EOFError, OSError):
                return
            try:
                result = getattr(_objects[oid], name)(*args, **kwargs)
                if name == '_lease':
                    leases.append((_objects[oid], result))
                try:
                    data = pickle.dumps((True, result))
                except Exception as e:
                    data = pickle.dumps((False, e))
            except BaseException as e:
                try:
                    data = pickle.dumps((False, e))
                except Exception:
                    data = pickle.dumps((False, RuntimeError('%s: %s' % (type(e).__name__, e))))
            _send_msg(conn, data)
    finally:
        for obj, token in leases:
            try:
                obj._unlease(token)
            except Exception:
                pass
        try:
            conn.close()
        except OSError:
            pass


def _connection(addr):
    conns = getattr(_local, 'conns', None)
    if conns is None or getattr(_local, 'pid', None) != os.getpid():
        conns = _local.conns = {}
        _local.pid = os.getpid()
    key = tuple(addr)
    c = conns.get(key)
    if c is None:
        import socket
        c = socket.create_connection(key)
        try:
            c.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except Exception:
            pass
        conns[key] = c
    return c


def call(addr, oid, name, args=(), kwargs=None):
    """Run `name(*args, **kwargs)` on object `oid` in the process whose hub is at `addr`."""
    c = _connection(addr)
    _send_msg(c, pickle.dumps((oid, name, tuple(args), kwargs or {})))
    try:
        ok, value = pickle.loads(_recv_msg(c))
    except (EOFError, OSError):
        raise EOFError('the process that owns this shared object has gone') from None
    if ok:
        return value
    raise value


class Handle:
    """A reference to a shared object: the object itself in its owner, a remote reference elsewhere."""

    __slots__ = ('obj', 'addr', 'oid')

    def __init__(self, obj):
        self.obj = obj
        self.addr = None
        self.oid = None

    def call(self, name, *args, **kwargs):
        obj = self.obj
        if obj is not None:
            return getattr(obj, name)(*args, **kwargs)
        return call(self.addr, self.oid, name, args, kwargs)

    def __reduce__(self):
        if self.obj is not None:
            addr, oid = register(self.obj)
        else:
            addr, oid = self.addr, self.oid
        return (_rebuild_handle, (addr, oid))


def _rebuild_handle(addr, oid):
    h = Handle(lookup(addr, oid))
    if h.obj is None:
        h.addr = tuple(addr)
        h.oid = oid
    return h
