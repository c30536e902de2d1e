print(True and False, True or False, not True, not 0)
print(0 or "default", "" or None, [] and "x", 3 and 4, None or 0 or [] or "last")
def loud(x):
    print("eval", x)
    return x
print(loud(0) and loud(1))
print(loud(1) or loud(2))
print(not loud([]))
x = 5
print("pos" if x > 0 else "neg", "a" if "" else "b", (1 if x else 2) * 10)
print(x > 3 and x < 10, not (x == 5 or x == 6))
