# multiprocessing.shared_memory over _posixshmem and mmap: a block one process creates, another
# (a child process) opens by its name, reads and writes; ShareableList across processes; heap's
# BufferWrapper (an mmap arena); the resource tracker's bookkeeping
import os
from multiprocessing import Process, Queue, heap, resource_tracker, shared_memory


def child(name, list_name, q):
    shm = shared_memory.SharedMemory(name)
    q.put((shm.size >= 64, bytes(shm.buf[:12])))
    shm.buf[12:17] = b'child'
    shm.close()
    sl = shared_memory.ShareableList(name=list_name)
    q.put(list(sl))
    sl[0] = sl[0] * 2
    sl[2] = 'from the child'[:len(sl[2])]
    sl.shm.close()


if __name__ == '__main__':
    shm = shared_memory.SharedMemory(create=True, size=64)
    print(shm.name.startswith('psm_'), shm.size >= 64, len(shm.buf) >= 64, shm.buf.readonly)
    shm.buf[:12] = b'hello parent'
    print(os.path.exists('/dev/shm/' + shm.name))
    sl = shared_memory.ShareableList([21, 3.5, 'a string here', b'bytes', None, True])
    q = Queue()
    p = Process(target=child, args=(shm.name, sl.shm.name, q))
    p.start()
    print(q.get(timeout=60))
    print(q.get(timeout=60))
    p.join(60)
    print('exit', p.exitcode)
    print(bytes(shm.buf[:17]))
    print(list(sl), sl.format, sl.count(None), sl.index(True))
    again = shared_memory.SharedMemory(shm.name)
    print(bytes(again.buf[:5]), again.name == shm.name)
    again.close()
    shm.close()
    shm.unlink()
    print(os.path.exists('/dev/shm/' + shm.name))
    try:
        shared_memory.SharedMemory(shm.name)
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno, e.filename == '/' + shm.name)
    for bad in (dict(create=True, size=0), dict(create=True, size=-1), dict(name=None, create=False)):
        try:
            shared_memory.SharedMemory(**bad)
        except ValueError as e:
            print('ValueError', e)
    sl.shm.close()
    sl.shm.unlink()

    # heap: memory for sharedctypes, carved from mmap'd arenas
    w = heap.BufferWrapper(1000)
    mv = w.create_memoryview()
    mv[:4] = b'heap'
    print(len(mv), bytes(mv[:6]))
    arena = heap.Arena(8192)
    print(arena.size, len(arena.buffer), arena.buffer[:2])
    print(callable(resource_tracker.register), callable(resource_tracker.unregister))
