for n in [-5, 0, 3, 15, 100]:
    if n < 0:
        print(n, "negative")
    elif n == 0:
        print(n, "zero")
    elif n < 10:
        print(n, "small")
    else:
        print(n, "big")
if []:
    print("never")
if not None:
    print("none is falsy")
x = 1
if x: print("one-line if")
