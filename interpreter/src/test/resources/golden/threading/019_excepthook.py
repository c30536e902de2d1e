import threading
caught = []
def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
threading.excepthook = hook
def fail():
    raise KeyError("custom hook")
t = threading.Thread(target=fail, name="hooked")
t.start(); t.join()
print(caught)
