# countdown.py of the reference benchmarks with 4.4x the iterations: about 2 s under gilspy (1.15 s at 2.4x once the
# interpreter got faster, 2026-12-06), long enough that the agent's default start-up delay (1 s) falls inside the run.
def countdown(n):
    while n > 0:
        n -= 1
countdown(220_000_000)
