class Proxy:
    def __init__(self, target):
        self.__dict__["target"] = target
        self.__dict__["log"] = []
    def __getattr__(self, name):
        self.log.append("get " + name)
        return getattr(self.target, name)
    def __setattr__(self, name, value):
        self.log.append("set " + name)
        setattr(self.target, name, value)
class T:
    x = 1
t = T()
p = Proxy(t)
print(p.x)
p.x = 5
print(t.x, p.log)
print(hasattr(p, "nothing") if False else "skip")
