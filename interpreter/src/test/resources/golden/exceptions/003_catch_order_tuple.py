def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup " + type(e).__name__
    except ArithmeticError:
        return "arith"
    except Exception as e:
        return "other " + type(e).__name__
for exc in [KeyError("k"), IndexError(), ZeroDivisionError(), ValueError("v"), OverflowError()]:
    print(classify(exc))
try:
    try:
        raise ValueError("inner")
    except KeyError:
        print("wrong")
except ValueError as e:
    print("outer caught", e)
try:
    raise KeyboardInterrupt
except Exception:
    print("not here")
except BaseException as e:
    print("base caught", type(e).__name__)
