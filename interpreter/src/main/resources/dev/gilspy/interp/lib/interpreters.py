"""Multiple interpreters in one process, each with its own GIL (PEP 734 on top of PEP 684).

    import interpreters
    interp = interpreters.create()
    results = interpreters.create_queue()
    interp.prepare_main(qid=results.id)
    interp.exec('import interpreters; interpreters.Queue(qid).put(6 * 7)')
    print(results.get())   # 42

Only shareable values cross between interpreters: str, bytes, int, float, bool, None and tuples
of these. They are copied, never shared. Anything else raises NotShareableError.

Another interpreter opens an existing queue by its id: ``interpreters.Queue(qid)`` (or
``interpreters.get_queue(qid)``); pass the id with ``prepare_main`` or in the source text.

Interpreter.exec raises ExecutionFailed when the code raised: its message is the remote
``Type: message`` and its ``excinfo`` has ``type.__name__``, ``msg``, ``formatted`` and
``errdisplay`` (the remote traceback). Interpreter.call is not supported: functions are objects
of one interpreter and cannot cross; exec source text instead.
"""
import _interpreters
import _interpqueues

InterpreterError = _interpreters.InterpreterError
InterpreterNotFoundError = _interpreters.InterpreterNotFoundError
NotShareableError = _interpreters.NotShareableError
QueueError = _interpqueues.QueueError
QueueNotFoundError = _interpqueues.QueueNotFoundError
QueueEmpty = _interpqueues.QueueEmpty
QueueFull = _interpqueues.QueueFull

__all__ = [
    'create', 'list_all', 'get_current', 'get_main', 'Interpreter',
    'create_queue', 'get_queue', 'list_all_queues', 'Queue', 'is_shareable',
    'InterpreterError', 'InterpreterNotFoundError', 'ExecutionFailed', 'NotShareableError',
    'QueueError', 'QueueNotFoundError', 'QueueEmpty', 'QueueFull',
]


class ExecutionFailed(InterpreterError):
    """Code run by Interpreter.exec raised; excinfo describes the remote exception."""

    def __init__(self, excinfo):
        msg = excinfo.formatted
        if not msg:
            msg = excinfo.type.__name__
        super().__init__(msg)
        self.excinfo = excinfo


def is_shareable(obj):
    return _interpreters.is_shareable(obj)


def create():
    """A new interpreter with its own modules, sys and GIL."""
    return Interpreter(_interpreters.create())


def list_all():
    return [Interpreter(id) for id, _ in _interpreters.list_all()]


def get_current():
    id, _ = _interpreters.get_current()
    return Interpreter(id)


def get_main():
    id, _ = _interpreters.get_main()
    return Interpreter(id)


class Interpreter:
    """A handle on one interpreter; handles with the same id are equal."""

    def __init__(self, id):
        if type(id) is not int:
            raise TypeError(f'id must be an int, got {id!r}')
        if id < 0:
            raise ValueError(f'id must be a non-negative int, got {id!r}')
        self._id = id

    @property
    def id(self):
        return self._id

    def __repr__(self):
        return f'{type(self).__name__}({self._id})'

    def __eq__(self, other):
        return isinstance(other, Interpreter) and other._id == self._id

    def __hash__(self):
        return hash(self._id)

    def is_running(self):
        return _interpreters.is_running(self._id)

    def close(self):
        """Destroys the interpreter: InterpreterError if it is running or is the current one."""
        _interpreters.destroy(self._id)

    def prepare_main(self, ns=None, **kwargs):
        """Binds shareable values as globals of the interpreter's __main__."""
        names = {}
        if ns is not None:
            names.update(ns)
        names.update(kwargs)
        _interpreters.set___main___attrs(self._id, names)

    def exec(self, code):
        """Runs source text in the interpreter's __main__ on this thread, releasing this interpreter's GIL."""
        excinfo = _interpreters.exec(self._id, code)
        if excinfo is not None:
            raise ExecutionFailed(excinfo)

    def call(self, callable, *args, **kwargs):
        raise NotImplementedError('Interpreter.call() is not supported by gilspy: functions cannot cross '
                                  'interpreters; use exec() with source text')


def create_queue(maxsize=0):
    """A new queue any interpreter can open with Queue(id)."""
    return Queue(_interpqueues.create(maxsize))


def get_queue(id):
    return Queue(id)


def list_all_queues():
    return [Queue(id) for id in _interpqueues.list_all()]


class Queue:
    """A FIFO of shareable values between interpreters; Queue(id) opens an existing one."""

    def __init__(self, id):
        if type(id) is not int:
            raise TypeError(f'id must be an int, got {id!r}')
        _interpqueues.get_maxsize(id)  # raises QueueNotFoundError for an unknown id
        self._id = id

    @property
    def id(self):
        return self._id

    @property
    def maxsize(self):
        return _interpqueues.get_maxsize(self._id)

    def __repr__(self):
        return f'interpreters.Queue({self._id})'

    def __eq__(self, other):
        return isinstance(other, Queue) and other._id == self._id

    def __hash__(self):
        return hash(self._id)

    def empty(self):
        return self.qsize() == 0

    def full(self):
        size = self.maxsize
        return size > 0 and self.qsize() >= size

    def qsize(self):
        return _interpqueues.get_count(self._id)

    def put(self, obj, timeout=None):
        """Adds a copy of obj, waiting (GIL released) while full; QueueFull after timeout seconds."""
        _interpqueues.put(self._id, obj, timeout)

    def put_nowait(self, obj):
        _interpqueues.put(self._id, obj, 0)

    def get(self, timeout=None):
        """Removes and returns the oldest value, waiting (GIL released); QueueEmpty after timeout seconds."""
        return _interpqueues.get(self._id, timeout)

    def get_nowait(self):
        return _interpqueues.get(self._id, 0)
