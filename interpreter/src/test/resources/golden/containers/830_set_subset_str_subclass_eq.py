# A set holding str or int subclass instances with their own __eq__/__hash__ contains the plain
# values equal to them, also for <=, <, >=, >, issubset and issuperset
class S(str):
    def __hash__(self):
        return hash(str(self))

    def __eq__(self, other):
        return str(self) == other


class N(int):
    def __hash__(self):
        return hash(int(self))

    def __eq__(self, other):
        return int(self) == other


plain = {"a", "b"}
subs = {S("a"), S("b"), S("c")}
print(plain <= subs, plain < subs, subs >= plain, subs > plain, plain.issubset(subs), subs.issuperset(plain))
print({"a", "z"} <= subs, subs.issuperset(["a", "z"]), frozenset({"a"}) <= subs)
nums = {N(1), N(2), N(2**80)}
print({1, 2} <= nums, {2**80} < nums, nums.issuperset([1, 2, 2**80]), {1, 5} <= nums)
