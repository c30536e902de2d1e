"""logging.info to a FileHandler with a typical format: 4 rounds of 25,000 records (the first one a
warm-up). Prints the warm rounds' median wall and thread-CPU seconds; bench/run times the whole process."""
import logging, os, sys, tempfile, time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 25000
fd, path = tempfile.mkstemp(suffix=".log")
os.close(fd)
handler = logging.FileHandler(path)
handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
log = logging.getLogger("bench.app")
log.addHandler(handler)
log.setLevel(logging.INFO)
log.propagate = False


def round_(n):
    for i in range(n):
        log.info("request %d served in %s ms by %s", i, 12.5, "worker-3")
        log.debug("not written %d", i)


walls, cpus = [], []
for r in range(4):
    w0, c0 = time.perf_counter(), time.thread_time()
    round_(N)
    if r:
        walls.append(time.perf_counter() - w0)
        cpus.append(time.thread_time() - c0)
handler.close()
lines = sum(1 for _ in open(path))
os.remove(path)
walls.sort()
cpus.sort()
print("records=%d warm_median_wall_s=%.3f warm_median_cpu_s=%.3f" % (lines, walls[1], cpus[1]))
