# The built-in iterators answer __length_hint__ with the items left; operator.length_hint asks them
import operator

its = [iter(range(7)), iter(range(10, 0, -3)), iter(range(5, 5)), iter(range(0, 2**70, 2**60)),
       iter([1, 2, 3]), iter((1, 2)), iter({1: 2, 3: 4}), iter("abcd"), iter({1, 2}), reversed([1, 2, 3]),
       iter({1: 2}.items()), iter({1: 2}.values()), iter(b"ab"), iter(bytearray(b"abc")), reversed(range(4))]
for it in its:
    print(operator.length_hint(it), end=" ")
    next(it, None)
    print(it.__length_hint__())
it = iter(range(3))
list(it)
print(operator.length_hint(it), it.__length_hint__())
it = iter(range(-2**62, 2**62, 2**61))
print(it.__length_hint__(), len(list(it)))
