# A request/reply round trip between the main interpreter and a worker interpreter in another thread.
import interpreters
import threading

requests = interpreters.create_queue()
replies = interpreters.create_queue(maxsize=2)
worker = interpreters.create()
worker.prepare_main(req=requests.id, rep=replies.id)

def serve():
    worker.exec('''
import interpreters
inbox = interpreters.Queue(req)
outbox = interpreters.get_queue(rep)
while True:
    item = inbox.get()
    if item is None:
        break
    n, text, data, nested = item
    outbox.put((n * n, text.upper(), data + b'!', nested, 1.5, True, None, 2 ** 70))
''')

thread = threading.Thread(target=serve)
thread.start()
answers = []
for n in range(20):
    requests.put((n, 'hi', b'\x00', (n, (None,))))
    answers.append(replies.get(timeout=10))
requests.put(None)
thread.join()
print(answers[3])
print(len(answers), sum(a[0] for a in answers))
print(replies.empty(), replies.qsize(), replies.maxsize)
replies.put_nowait(1)
replies.put_nowait(2)
print(replies.full())
try:
    replies.put(3, timeout=0.1)
except interpreters.QueueFull as e:
    print('QueueFull:', e)
try:
    requests.get_nowait()
except interpreters.QueueEmpty as e:
    print('QueueEmpty:', e)
try:
    requests.get(timeout=-1)
except ValueError as e:
    print('ValueError:', e)
try:
    interpreters.Queue(987654)
except interpreters.QueueNotFoundError as e:
    print('QueueNotFoundError:', e)
worker.close()
