import time


def checksum(n):
    # Pure-Python arithmetic: holds the GIL until GraalPy's release scheduler asks for it.
    total = 0
    for i in range(n):
        total = (total + i * i) % 1000003
    return total


def cpu_job(rounds, n):
    result = 0
    for _ in range(rounds):
        result ^= checksum(n)
    return result


def io_job(naps, seconds):
    # time.sleep releases the GIL while it sleeps, as in CPython.
    for _ in range(naps):
        time.sleep(seconds)
    return naps


def cpu_threads(workers, seconds, n):
    # Python threads inside the one context, each computing until the deadline: nobody leaves
    # Python between requests, so the GIL is passed only when GraalPy's scheduler asks for it.
    import threading
    deadline = time.monotonic() + seconds

    def spin():
        while time.monotonic() < deadline:
            checksum(n)

    threads = [threading.Thread(target=spin, name="py-cpu-%d" % i) for i in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return workers
