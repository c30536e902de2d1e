# countdown.py of the reference benchmarks with 2.4x the iterations: about 2 s under gilspy, long
# enough that the agent's default start-up delay (1 s) falls inside the run.
def countdown(n):
    while n > 0:
        n -= 1
countdown(120_000_000)
