def nothing():
    pass
def early(x):
    if x:
        return "early"
    return "late"
def multi():
    return 1, "two", [3]
def bare():
    return
print(nothing(), early(1), early(0), multi(), bare())
a, b, c = multi()
print(a, b, c)
def loop_return():
    for i in range(10):
        if i == 3:
            return i
print(loop_return())
def finally_return():
    try:
        return "try"
    finally:
        print("finally runs")
print(finally_return())
