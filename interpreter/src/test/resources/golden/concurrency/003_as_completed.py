from concurrent.futures import ThreadPoolExecutor, as_completed
def word_len(w):
    return w, len(w)
words = ["alpha", "be", "gamma", "delta", "e"]
with ThreadPoolExecutor(max_workers=2) as ex:
    futures = {ex.submit(word_len, w): w for w in words}
    done = []
    for f in as_completed(futures):
        done.append(f.result())
print(sorted(done))
print(sum(n for _, n in done))
