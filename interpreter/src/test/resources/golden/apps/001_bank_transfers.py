import threading, random
random.seed(7)
class Account:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance
        self.lock = threading.Lock()
def transfer(a, b, amount):
    first, second = (a, b) if a.name < b.name else (b, a)
    with first.lock:
        with second.lock:
            if a.balance >= amount:
                a.balance -= amount
                b.balance += amount
                return True
            return False
accounts = [Account("acct%d" % i, 1000) for i in range(5)]
def worker(seed, results):
    ok = 0
    for _ in range(2000):
        i = random.randrange(5)
        j = (i + 1 + random.randrange(4)) % 5
        ok += transfer(accounts[i], accounts[j], random.randint(1, 50))
    results.append(ok)
results = []
ts = [threading.Thread(target=worker, args=(s, results)) for s in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print("total preserved:", sum(a.balance for a in accounts))
print("transfers attempted:", 4 * 2000, "all accounted:", len(results) == 4)
