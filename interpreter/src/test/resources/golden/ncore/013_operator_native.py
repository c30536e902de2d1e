import _operator as op
class H:
    def __length_hint__(self): return 5
print(op.lt(1, 2), op.le(2, 2), op.eq('a', 'a'), op.ne(1, 1), op.ge(3, 1), op.gt(1, 3))
print(op.add(1, 2), op.sub(5, 3), op.mul('ab', 2), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10))
print(op.lshift(1, 4), op.rshift(16, 2), op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.neg(5), op.pos(-5), op.inv(5), op.invert(0), op.abs(-3))
print(op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None), op.index(7), op.concat([1], [2]), op.contains('abc', 'b'))
print(op.countOf([1, 2, 1], 1), op.indexOf('abc', 'c'), op.getitem({'a': 1}, 'a'), op.length_hint([1, 2]), op.length_hint(H()), op.length_hint(5, 9))
l = [1, 2, 3]; op.setitem(l, 0, 9); op.delitem(l, 1); print(l)
x = [1]; y = op.iadd(x, [2]); print(x, y is x, op.iadd(1, 2), op.imul('a', 3), op.ior({1}, {2}), op.iconcat([1], (2,)))
g = op.itemgetter(1); print(g([5, 6]), op.itemgetter(0, 2)('abc'), repr(op.itemgetter(1, 'a')), g.__reduce__()[1])
class A: pass
a = A(); a.b = A(); a.b.c = 5; a.d = 1
print(op.attrgetter('b.c')(a), op.attrgetter('d', 'b.c')(a), repr(op.attrgetter('b.c')))
mc = op.methodcaller('split', ',', maxsplit=1); print(mc('a,b,c'), repr(mc))
print(sorted([(1, 'b'), (0, 'z'), (1, 'a')], key=op.itemgetter(1)), sorted(['bb', 'a', 'ccc'], key=op.methodcaller('__len__')))
print(op.call(max, 1, 5, key=lambda v: -v), op._compare_digest(b'ab', b'ab'), op._compare_digest('a', 'b'))
for bad in [lambda: op.index(1.5), lambda: op.concat(1, 2), lambda: op.indexOf([1], 5), lambda: op.itemgetter(), lambda: op.attrgetter(1),
            lambda: op.methodcaller(1), lambda: op.neg('a'), lambda: op.attrgetter('zz')(a), lambda: op.itemgetter(5)([1])]:
    try:
        bad()
    except (TypeError, ValueError, AttributeError, IndexError) as e:
        print(type(e).__name__, e)
import operator
print(operator.itemgetter(0)([3]), operator.add(1, 1))
