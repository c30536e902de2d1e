from concurrent.futures import ThreadPoolExecutor
from collections import Counter
from functools import reduce
text = """the quick brown fox jumps over the lazy dog
the dog barks and the fox runs
a quick brown dog and a lazy fox""".splitlines() * 50
def count(lines):
    c = Counter()
    for line in lines:
        c.update(line.split())
    return c
chunks = [text[i:i + 20] for i in range(0, len(text), 20)]
with ThreadPoolExecutor(max_workers=4) as ex:
    partials = list(ex.map(count, chunks))
total = reduce(lambda a, b: a + b, partials, Counter())
for word, n in sorted(total.items(), key=lambda kv: (-kv[1], kv[0]))[:6]:
    print(f"{word:>6} {n:5d}")
print(len(chunks), "chunks,", sum(total.values()), "words")
