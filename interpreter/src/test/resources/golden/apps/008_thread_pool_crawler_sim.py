import threading, queue, time
graph = {"/": ["/a", "/b"], "/a": ["/a/1", "/b"], "/b": ["/c"], "/a/1": ["/"], "/c": ["/d", "/e"], "/d": [], "/e": ["/a"]}
seen = {"/"}
seen_lock = threading.Lock()
todo = queue.Queue()
todo.put("/")
visited = []
def crawler():
    while True:
        url = todo.get()
        if url is None:
            todo.task_done()
            return
        time.sleep(0.001)
        with seen_lock:
            visited.append(url)
            for link in graph[url]:
                if link not in seen:
                    seen.add(link)
                    todo.put(link)
        todo.task_done()
workers = [threading.Thread(target=crawler, name="crawler-%d" % i) for i in range(3)]
for w in workers: w.start()
todo.join()
for _ in workers:
    todo.put(None)
for w in workers: w.join()
print(sorted(visited), len(visited) == len(graph))
