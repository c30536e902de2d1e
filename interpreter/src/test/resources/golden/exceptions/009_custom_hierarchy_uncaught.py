class Base(Exception):
    pass
class Specific(Base):
    pass
def level3():
    raise Specific("deep problem")
def level2():
    level3()
def level1():
    try:
        level2()
    except KeyError:
        print("not this")
print("before")
level1()
print("not reached")
