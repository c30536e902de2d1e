d = dict.fromkeys(["a", "b"], 0)
d.update(c=3)
print(d, list(d.items())[0], sorted(d.values()))
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, max(counts, key=counts.get))
groups = {}
for w in ["apple", "avocado", "banana", "blue", "cherry"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
print({k: v for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))})
print(d.keys() & {"a", "z"}, len(d.items()), "c" in d.keys(), 3 in d.values())
