# Every class in an except clause's tuple must be an exception class, checked before matching;
# UnicodeDecodeError keeps bytes for a bytearray it is given.
for clause in ("(ValueError, 42)", "42", "int", "(int,)", "((ValueError,),)"):
    try:
        try:
            raise ValueError("v")
        except eval(clause):
            print(clause, "caught")
    except TypeError as e:
        print(clause, "TypeError", e)
try:
    raise KeyError("k")
except (ValueError, KeyError) as e:
    print("matched", repr(e))
try:
    raise KeyError("k")
except int if False else KeyError:
    print("matched a plain class")

err = UnicodeDecodeError("ascii", bytearray(b"\xff"), 0, 1, "ordinal not in range")
print(repr(err.object), type(err.args[1]).__name__, str(err))
err = UnicodeDecodeError("ascii", b"\xff", 0, 1, "bad")
print(repr(err.object))
