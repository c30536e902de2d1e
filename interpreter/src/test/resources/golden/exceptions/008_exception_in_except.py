log = []
try:
    try:
        raise ValueError("first")
    except ValueError:
        log.append("handler")
        raise TypeError("second")
    finally:
        log.append("finally")
except TypeError as e:
    log.append("outer " + str(e) + " ctx=" + str(e.__context__))
print(log)
def gen_error():
    try:
        yield 1
        raise KeyError("in gen")
    except KeyError as e:
        yield "caught " + str(e)
print(list(gen_error()))
