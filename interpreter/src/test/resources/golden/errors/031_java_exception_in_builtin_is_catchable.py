# A set that one of its elements' __eq__ clears while a set operation runs (test_set's
# TestBinaryOpsMutating): CPython raises RuntimeError "... changed size during iteration" or
# finishes; either way the program goes on. A builtin type called with missing arguments raises
# TypeError instead of ending the process.
from random import randrange, seed

seed(5)


class Bad:
    def __eq__(self, other):
        if not enabled:
            return False
        if randrange(20) == 0:
            set1.clear()
        if randrange(20) == 0:
            set2.clear()
        return bool(randrange(2))

    def __hash__(self):
        return randrange(2)


ops = [lambda a, b: a & b, lambda a, b: a | b, lambda a, b: a - b, lambda a, b: a ^ b,
       lambda a, b: a == b, lambda a, b: a < b, lambda a, b: a.issubset(b),
       lambda a, b: a.intersection(b), lambda a, b: a.symmetric_difference_update(b)]
survived = 0
for op in ops:
    for _ in range(30):
        enabled = False
        set1 = set(Bad() for _ in range(randrange(30)))
        set2 = set(Bad() for _ in range(randrange(30)))
        enabled = True
        try:
            op(set1, set2)
        except RuntimeError as e:
            assert "changed size during iteration" in str(e), e
        survived += 1
print("survived", survived)

for ctor in (filter, map, zip, enumerate):
    try:
        ctor()
        print(ctor.__name__, "ok with no arguments")
    except TypeError:
        print(ctor.__name__, "TypeError")
try:
    filter(None)
except TypeError:
    print("filter(None): TypeError")
