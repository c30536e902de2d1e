# With 3+ CPU-bound threads every thread must make progress, and the hand-off order is not a
# round robin (the OS picks which waiter wakes). Prints each thread's share of the work, the number
# of holder changes and the fraction of holder triples that are all distinct (1.0 = round robin).
# Usage: progress.py [THREADS] [SECONDS]   (default 3 threads, 2 s)
import sys, threading, time

nthreads = int(sys.argv[1]) if len(sys.argv) > 1 else 3
seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 2.0
counts = [0] * nthreads
order = []
switches = [0]
owner = [None]
KEEP = 100000  # holder changes kept for the triples; free-threaded runs change owner millions of times
stop = [False]

def spin(me):
    n = 0
    while not stop[0]:
        n += 1
        if owner[0] != me:
            switches[0] += 1
            if len(order) < KEEP:
                order.append(me)
            owner[0] = me
    counts[me] = n

ts = [threading.Thread(target=spin, args=(i,)) for i in range(nthreads)]
for t in ts:
    t.start()
time.sleep(seconds)
stop[0] = True
for t in ts:
    t.join()
total = float(sum(counts)) or 1.0
shares = sorted(c / total for c in counts)
triples = [order[i:i + 3] for i in range(len(order) - 2)]
distinct = sum(1 for x in triples if len(set(x)) == 3) / float(len(triples) or 1)
print("progress threads=%d all_progress=%s min_share=%.3f max_share=%.3f switches=%d distinct_triples=%.2f"
      % (nthreads, all(c > 0 for c in counts), shares[0], shares[-1], switches[0], distinct))
