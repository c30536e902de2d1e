from collections import defaultdict, Counter
dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dict(dd), dd["missing"], len(dd))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()))
c = Counter("mississippi")
print(c.most_common(2), c["s"], c["zzz"], sorted(c.elements())[:5])
c.update("sss")
print(c["s"], sum(c.values()))
print(Counter(a=3, b=1) + Counter(a=1, c=2), Counter([1, 1, 2]) - Counter([1]))
print(Counter(["x", "y", "x"]), dict(Counter("aab")))
