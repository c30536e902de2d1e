class Ctx:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.name == "swallow"
with Ctx("a") as v:
    print("body", v)
with Ctx("outer") as o, Ctx("inner") as i:
    print("both", o, i)
with Ctx("swallow"):
    raise ValueError("hidden")
print("after swallow")
try:
    with Ctx("pass-through"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))
def early():
    with Ctx("ret"):
        return "returned"
print(early())
