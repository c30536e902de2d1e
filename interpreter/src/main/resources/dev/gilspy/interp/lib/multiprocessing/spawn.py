"""Child processes in the spirit of CPython's `spawn` start method.

A child is a new JVM running the interpreter (see the Java class MpWorker). `ChildConnection` is
the parent's end: it starts the child, sends it the parent's sys.argv/sys.path and main script
(imported in the child as `__mp_main__`, so `if __name__ == "__main__":` stays false there), then
exchanges pickled messages. While it waits for a message it forwards the child's stdout/stderr
(shared objects such as Queues are served by the hub, multiprocessing._hub).
`_worker_main` is the child's end.
"""

import os
import sys
import pickle
import _thread
import _gilspy_mp

_counter_lock = _thread.allocate_lock()
_counter = [0]

# GILSPY_MP_TRACE=1: one stderr line per step of a worker's life and of each task, on both sides, with
# the wall clock (ms, shared by all processes), the process's CPU and the calling thread's CPU (s), so
# that where a pool's time goes can be read from one run (written straight to fd 2: in a worker the
# JVM's own stderr, not the framed sys.stderr, which reaches the parent only when it reads)
_TRACE = bool(os.environ.get('GILSPY_MP_TRACE'))


def trace(event):
    if _TRACE:
        import time
        os.write(2, ('mp-trace %d %.1f %s cpu=%.3f thread=%.3f\n'
                     % (os.getpid(), time.time() * 1000 % 1e7, event, time.process_time(),
                        time.thread_time())).encode())


def next_identity():
    if _pwarm_owner[0] == _thread.get_ident():
        return 0    # the parent's warm-up pools (see _parent_warmup) leave the user's numbering alone
    with _counter_lock:
        _counter[0] += 1
        return _counter[0]


def _main_path():
    main = sys.modules.get('__main__')
    path = getattr(main, '__file__', None)
    if path is None or path.startswith('<'):
        return None
    return os.path.abspath(path)


def _check_not_importing_main():
    # A child imports the parent's script as __mp_main__; a script that starts processes at module
    # level, outside `if __name__ == "__main__":`, would start them again in every child, and they in
    # theirs (a process bomb: 224 JVMs in 20 minutes here). CPython's spawn refuses the same way.
    from multiprocessing import process
    if getattr(process.current_process(), '_inheriting', False):
        raise RuntimeError('''
        An attempt has been made to start a new process before the
        current process has finished its bootstrapping phase.

        This probably means that you are not using fork to start your
        child processes and you have forgotten to use the proper idiom
        in the main module:

            if __name__ == '__main__':
                freeze_support()
                ...

        The "freeze_support()" line can be omitted if the program
        is not going to be frozen to produce an executable.

        To fix this issue, refer to the "Safe importing of main module"
        section in https://docs.python.org/3/library/multiprocessing.html
        ''')


class ChildConnection:
    """The parent's end of one child process."""

    def __init__(self, name, kind, warm=False):
        _check_not_importing_main()
        self.name = name
        trace('spawn %s' % name)
        self.handle = _gilspy_mp.spawn(name)
        self.pid = _gilspy_mp.pid(self.handle)
        trace('spawned %s pid %d' % (name, self.pid))
        self._send_lock = _thread.allocate_lock()
        self._recv_lock = _thread.allocate_lock()
        self._closed = False
        self.warming = warm
        self.send(('init', {'name': name, 'kind': kind, 'argv': list(sys.argv), 'path': list(sys.path),
                            'main': _main_path(), 'cwd': os.getcwd(), 'parent_pid': os.getpid(),
                            'warm': warm}))

    def send(self, obj):
        self.send_bytes(pickle.dumps(obj))

    def send_task(self, i, blob):
        """('task', i, blob) as the child reads it, framed without pickling the pickle again."""
        self.send_bytes(_pack(b'T', i, True, blob))

    def send_bytes(self, data):
        with self._send_lock:
            _gilspy_mp.send(self.handle, data)

    def recv(self, timeout=None):
        """The next message from the child; EOFError once it is gone, None after `timeout` seconds."""
        with self._recv_lock:
            while True:
                item = _gilspy_mp.recv(self.handle, timeout)
                if item is None:
                    return None
                kind, data = item
                if kind == 'M':
                    if data[:1] == b'R':
                        # a task's result, framed without a second pickle (see _pack)
                        i, ok, payload = _unpack(data)
                        return ('result', i, ok, payload)
                    return pickle.loads(data)
                stream = sys.stdout if kind == 'O' else sys.stderr
                stream.write(data.decode('utf-8', 'replace'))
                stream.flush()

    def poll(self):
        return _gilspy_mp.poll(self.handle)

    def wait(self, timeout=None):
        return _gilspy_mp.wait(self.handle, timeout)

    def terminate(self):
        _gilspy_mp.terminate(self.handle)

    def kill(self):
        _gilspy_mp.kill(self.handle)

    def close(self):
        if not self._closed:
            self._closed = True
            _gilspy_mp.close(self.handle)


# ---------------------------------------------------------------------------- warm workers

# Started workers that wait for a pool: a JVM takes ~0.4 s to start and load the script, so
# workers are started ahead (GILSPY_MP_PRESTART when multiprocessing is imported) and a pool's
# idle workers are handed back here when it ends, for the next pool of the same script.
_idle = []
_idle_lock = _thread.allocate_lock()
_MAX_IDLE = 4
_atexit_done = [False, False]     # registered, ran


def take(name, kind):
    """A started worker renamed `name` if one is idle, else a new one."""
    if _pwarm_state[0] == 'running' and _pwarm_owner[0] != _thread.get_ident():
        # the parent's warm-up pool has the pre-started workers for a few ms: wait rather than start a
        # JVM, and have it stop after its current cycle (on a loaded machine its cycles outlasted the wait)
        _pwarm_stop[0] = True
        if _pwarm_done.acquire(True, 10):
            _pwarm_done.release()
    with _idle_lock:
        while _idle:
            c = _idle.pop(0)
            if c.poll() is None:
                try:
                    c.name = name
                    c.send(('rename', name, list(sys.argv), list(sys.path)))
                    return c
                except OSError:
                    pass
            c.close()
    return ChildConnection(name, kind)


def give_back(conn):
    """Keep an idle, healthy worker for the next pool; stop it if enough are kept already."""
    with _idle_lock:
        if len(_idle) < _MAX_IDLE and conn.poll() is None:
            _idle.append(conn)
            _register_atexit()
            return
    try:
        conn.send(('stop',))
    except OSError:
        pass


def prestart(n):
    """Start workers until `n` are idle (their JVMs boot in the background); with a warm-up budget, warm
    this process's own pool path on them too, once they are warm (see _parent_warmup)."""
    with _idle_lock:
        missing = n - len(_idle)
    budget = _warmup_budget()
    for _ in range(missing):
        c = ChildConnection('SpawnPoolWorker-0', 'pool', warm=budget)
        with _idle_lock:
            _idle.append(c)
    _register_atexit()
    if budget and n > 0 and _pwarm_state[0] is None:
        # imported here, in the caller's thread: the warm-up thread then imports nothing
        from multiprocessing import pool
        _pwarm_state[0] = 'waiting'
        _pwarm_done.acquire()
        _thread.start_new_thread(_parent_warmup, (n, pool))


# The parent's side of a pool (Pool(), its feeder threads, map, the results, close/terminate and the
# workers' hand-back) is Python code that runs cold the first time: its first cycle cost 29-40 ms of
# wall time and its first close 23 ms, a third of a 0.1 s task's. Once the pre-started workers have
# finished their own warm-up, a background thread runs a few pools of a small task on them, which
# warms both sides' task paths; a Pool() made meanwhile waits for it (milliseconds) instead of
# starting new JVMs. A pool that takes the workers before it starts makes it give up. Its cost: the
# workers' next task runs a little colder (heavy_compute's first 0.1 s task in a worker, thread CPU
# at load 30: 0.100-0.105 s after these pools, 0.086-0.093 s without them; 0.119-0.170 s after pools
# of a trivial `return x`, hence _warmup.task), against 29-40 ms of wall time saved in the parent.
_pwarm_state = [None]     # None, 'waiting' (for the workers' warm-up), 'running', 'done'
_pwarm_owner = [None]
_pwarm_done = _thread.allocate_lock()
_pwarm_stop = [False]     # a user's pool waits: the warm-up ends after its current cycle
_PWARM_CYCLES = 3


def _parent_warmup(n, pool):
    try:
        _thread._set_thread_name('gilspy-mp-parent-warmup')
    except AttributeError:
        pass
    ran = False
    try:
        with _idle_lock:
            conns = list(_idle)
        for c in conns:
            _gilspy_mp.warm_wait(c.handle, 120)
        with _idle_lock:
            if len(_idle) >= n and all(c.poll() is None for c in _idle[:n]) and not _atexit_done[1]:
                _pwarm_state[0] = 'running'
                _pwarm_owner[0] = _thread.get_ident()
                ran = True
        if ran:
            trace('parent warm-up start')
            from multiprocessing import _warmup
            for i in range(_PWARM_CYCLES):
                if _pwarm_stop[0]:
                    break
                p = pool.Pool(n)
                try:
                    p.map(_warmup.task, [1000] * (2 * n), chunksize=1)
                    p.apply(_warmup.task, (1000,))
                    if i % 2:
                        p.close()
                        p.join()
                finally:
                    p.terminate()
            trace('parent warm-up done')
    except BaseException:
        pass    # a warm-up only: the pools that follow simply start cold
    finally:
        _pwarm_owner[0] = None
        # skipped: a later prestart may try again
        _pwarm_state[0] = 'done' if ran else None
        _pwarm_done.release()


def _warmup_budget():
    """Seconds of CPU a pre-started worker spends warming up: GILSPY_MP_WARMUP, 0 for none."""
    from multiprocessing import _warmup
    try:
        return max(0.0, float(os.environ.get('GILSPY_MP_WARMUP', _warmup.BUDGET)))
    except ValueError:
        return _warmup.BUDGET


def wait_warm(timeout=30):
    """Waits until every idle pre-started worker has finished its warm-up; True if all did in time.

    Benchmarks call it so that the warm-up's CPU time does not overlap what they measure."""
    import time
    deadline = time.monotonic() + timeout
    while True:
        with _idle_lock:
            conns = list(_idle)
        if (all(not c.warming or _gilspy_mp.warm(c.handle) or c.poll() is not None for c in conns)
                and _pwarm_state[0] not in ('waiting', 'running')):
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.01)


def _register_atexit():
    if not _atexit_done[0]:
        _atexit_done[0] = True
        import threading
        try:
            threading._register_atexit(_stop_idle)
        except RuntimeError:
            pass    # shutting down already: pool's exit hook stops the idle workers


def _stop_idle():
    with _idle_lock:
        _atexit_done[1] = True
        conns = list(_idle)
        del _idle[:]
    for c in conns:
        try:
            c.send(('stop',))
        except OSError:
            pass
    for c in conns:
        if c.wait(2) is None:
            c.kill()
            c.wait(2)
        c.close()


# ---------------------------------------------------------------------------- child side

_child_lock = _thread.allocate_lock()


def child_send(obj):
    _gilspy_mp.child_send(pickle.dumps(obj))


def child_recv():
    data = _gilspy_mp.child_recv()
    if data[:1] == b'T':
        i, _, blob = _unpack(data)
        return ('task', i, blob)
    return pickle.loads(data)


# Task and result messages skip the outer pickle: a tag byte (b'T' or b'R'; a pickle starts with
# b'\x80'), the task index + 1 in 4 bytes, an ok byte, then the payload, itself a pickle.
def _pack(tag, i, ok, payload):
    return tag + (i + 1).to_bytes(4, 'big') + (b'\x01' if ok else b'\x00') + payload


def _unpack(data):
    return int.from_bytes(data[1:5], 'big') - 1, data[5:6] == b'\x01', data[6:]


def _format_remote(exc):
    import traceback
    return ''.join(traceback.format_exception(type(exc), exc, exc.__traceback__))


def _reply_error(exc):
    """An exception as the parent will see it: the object itself if it pickles, else its type name and message."""
    tb = _format_remote(exc)
    try:
        return pickle.dumps((exc, tb))
    except BaseException:
        return pickle.dumps((RuntimeError('%s: %s' % (type(exc).__name__, exc)), tb))


_funcs = {}


def _run_call(blob):
    kind, func, args, kwargs = pickle.loads(blob)
    if isinstance(func, bytes):
        # a pool sends its function pickled on its own (see Pool._put): unpickle each one once
        f = _funcs.get(func)
        if f is None:
            if len(_funcs) >= 256:
                _funcs.clear()
            f = _funcs[func] = pickle.loads(func)
        func = f
    if kind == 'call':
        return func(*args, **kwargs)
    if kind == 'map':
        return [func(x) for x in args]
    return [func(*x) for x in args]


def _worker_main():
    from multiprocessing import process
    trace('worker main')
    msg = child_recv()
    info = msg[1]
    trace('worker init received')
    sys.argv[:] = info['argv']
    sys.path[:] = info['path']
    process._set_child(info['name'], info['parent_pid'])
    if info['main'] is not None:
        me = process.current_process()
        me._inheriting = True
        try:
            main = _gilspy_mp.load_main(info['main'])
        finally:
            del me._inheriting
        # the script as this process's main module, for pickles made here (a child's own children)
        sys.modules['__mp_main__'] = sys.modules['__main__'] = main
        trace('worker main module loaded')
    if info.get('warm'):
        # a pre-started worker: compile the interpreter's hot paths while no task is waiting
        from multiprocessing import _warmup
        trace('worker warm-up start')
        done = _warmup.run(_gilspy_mp.child_pending, info['warm'])
        trace('worker warm-up %s' % ('done' if done else 'cut short'))
        _gilspy_mp.child_warm_done()
    while True:
        try:
            msg = child_recv()
        except EOFError:
            return
        op = msg[0]
        if op == 'stop':
            return
        if op == 'rename':
            # a warm worker taken by a pool (see take)
            process._set_child(msg[1], info['parent_pid'])
            sys.argv[:] = msg[2]
            sys.path[:] = msg[3]
            continue
        if op == 'task':
            trace('worker task %d received' % msg[1])
            try:
                result = _run_call(msg[2])
                trace('worker task %d computed' % msg[1])
                try:
                    data = pickle.dumps(result)
                    ok = True
                except BaseException as e:
                    data = _reply_error(e)
                    ok = False
            except BaseException as e:
                data = _reply_error(e)
                ok = False
            sys.stdout.flush()
            sys.stderr.flush()
            _gilspy_mp.child_send(_pack(b'R', msg[1], ok, data))
            trace('worker task %d sent' % msg[1])
        elif op == 'run':
            sys.exit(_run_process(msg[1]))


def _run_process(blob):
    from multiprocessing import process
    code = 1
    try:
        proc = pickle.loads(blob)
        process._current_process = proc
        proc._in_child = True
        proc.run()
        code = 0
    except SystemExit as e:
        c = e.args[0] if e.args else None
        if c is None:
            code = 0
        elif isinstance(c, int):
            code = c
        else:
            sys.stderr.write(str(c) + '\n')
            code = 1
    except BaseException as e:
        sys.stdout.flush()
        sys.stderr.write('Process %s:\n' % process.current_process().name)
        sys.stderr.write(_format_remote(e))
        code = 1
    sys.stdout.flush()
    sys.stderr.flush()
    return code
