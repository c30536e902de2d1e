class MyList(list):
    def total(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.total(), len(ml), isinstance(ml, list), type(ml).__name__)
class Default(dict):
    def __missing__(self, key):
        return key * 2
d = Default(a=1)
print(d["a"], d["zz"], d)
class Upper(str):
    def shout(self):
        return self.upper() + "!"
print(Upper("hi").shout(), Upper("x") == "x")
class Num(int):
    def __repr__(self):
        return "Num(" + str(int(self)) + ")"
print(repr(Num(4)), Num(4) + 1)
