# type_new's checks of the bases (duplicates, unacceptable bases, a lay-out conflict, the MRO
# message) and the in-place operator named in binary_iop's TypeError.
class A: pass
class B(A): pass
class C: pass


class GridLayout: pass
class HorizontalGrid(GridLayout): pass
class VerticalGrid(GridLayout): pass
class HVGrid(HorizontalGrid, VerticalGrid): pass
class VHGrid(VerticalGrid, HorizontalGrid): pass


for bases in [(A, A), (A, B), (A, C, B), (HVGrid, VHGrid), (list, dict), (int, str), (type(None),),
              (object, type(None)), (bool,)]:
    try:
        type("X", bases, {})
        print("created", [b.__name__ for b in bases])
    except TypeError as e:
        print("TypeError:", e)


class S(str): pass
class T(S, str): pass
class I(int): pass
class J(I, int): pass
print([k.__name__ for k in T.__mro__], [k.__name__ for k in J.__mro__])

for op in ('x **= 2', 'x += 2', 'x @= 2', 'x //= 2', 'y = x ** 2', 'y = x + 2'):
    x = None
    try:
        exec(op)
    except TypeError as e:
        print(op, '->', e)
