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
