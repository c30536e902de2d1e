# _thread._local's __dict__ is this thread's attributes, live, and cannot be replaced or deleted
import _thread, threading

class Sub(_thread._local):
    pass

for cls in (_thread._local, Sub):
    loc = cls()
    loc.x = 5
    print(cls.__name__, loc.__dict__)
    loc.__dict__['y'] = 6
    print(loc.y)
    for act in ("set", "del"):
        try:
            if act == "set":
                loc.__dict__ = {}
            else:
                del loc.__dict__
        except AttributeError as e:
            print(act, e)
    seen = []
    t = threading.Thread(target=lambda: seen.append(dict(loc.__dict__)))
    t.start()
    t.join()
    print("other thread", seen)
