# re from several threads: each match has its own state; the GIL is held for a whole match
import re, threading
p = re.compile(r'(\w+)=(\d+)')
text = ' '.join('k%d=%d' % (i, i * 7) for i in range(20000))
results = []
def work(n):
    total = 0
    for _ in range(3):
        total += sum(int(m.group(2)) for m in p.finditer(text))
    results.append((n, total))
ts = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(results))
