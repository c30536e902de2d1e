assert True
assert 1 + 1 == 2, "math"
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert []
except AssertionError as e:
    print("empty message:", repr(str(e)), e.args)
def check(v):
    assert isinstance(v, int), f"bad {v!r}"
    return v
print(check(3))
check("x")
