# Work items of BatchJob: each is pure Python, so the workers take turns on the GIL.
# Results are checked in Java against a closed form, so a wrong answer fails the job.


def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def process(chunk):
    """chunk: {'id': int, 'start': int, 'count': int} -> {'id', 'sum_sq', 'max_steps'}"""
    start = chunk["start"]
    end = start + chunk["count"]
    sum_sq = 0
    max_steps = 0
    for n in range(start, end):
        sum_sq += n * n
        s = collatz_steps(n)
        if s > max_steps:
            max_steps = s
    return {"id": chunk["id"], "sum_sq": sum_sq, "max_steps": max_steps}
