# Bad arguments get one clear line each.
import _interpreters
import _interpqueues
import interpreters

def attempt(fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
        print('ok')
    except Exception as e:
        print(type(e).__name__ + ':', e)

sub = _interpreters.create()
attempt(_interpreters.run_string, sub)
attempt(_interpreters.run_string, 1.5, 'pass')
attempt(_interpreters.is_running, None)
attempt(_interpreters.set___main___attrs, sub, [('a', 1)])
attempt(_interpreters.set___main___attrs, sub, {1: 'a'})
attempt(interpreters.Interpreter, 'x')
attempt(interpreters.Interpreter, -1)
attempt(interpreters.Queue, 'x')
attempt(_interpqueues.put, 'x', 1)
attempt(_interpqueues.get)
attempt(_interpqueues.get, 424242)
attempt(_interpqueues.destroy, 424242)
q = interpreters.create_queue()
attempt(q.put, 1, timeout='soon')
_interpqueues.destroy(q.id)
try:
    q.put(1)
except interpreters.QueueNotFoundError as e:
    # Queue ids are process-wide, so the number depends on what ran before.
    print('QueueNotFoundError:', str(e).replace(str(q.id), 'Q'))
_interpreters.destroy(sub)
