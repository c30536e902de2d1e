import threading
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
results = [None] * 4
def run(i):
    results[i] = fib(15 + i)
ts = [threading.Thread(target=run, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(results)
