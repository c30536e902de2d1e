def run(x):
    try:
        r = 10 / x
    except ZeroDivisionError:
        print("div by zero")
        return "handled"
    except TypeError as e:
        print("type:", e)
        return "typed"
    else:
        print("no error", r)
        return "ok"
    finally:
        print("finally for", repr(x))
print(run(2))
print(run(0))
print(run("s"))
