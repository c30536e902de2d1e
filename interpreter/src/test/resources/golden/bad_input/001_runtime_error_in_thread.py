import threading
def parse_all(rows):
    return [parse(r) for r in rows]
def parse(row):
    return int(row)
def worker():
    parse_all(["1", "2", "three"])
t = threading.Thread(target=worker, name="parser")
t.start()
t.join()
print("main thread still running")
print("exit normally")
