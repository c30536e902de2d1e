# CPython's own types.py: the type names, SimpleNamespace, coroutine(), UnionType
import sys
import types

for name in ['FunctionType', 'LambdaType', 'CodeType', 'MappingProxyType', 'SimpleNamespace', 'CellType',
             'GeneratorType', 'CoroutineType', 'AsyncGeneratorType', 'MethodType', 'BuiltinFunctionType',
             'ModuleType', 'TracebackType', 'FrameType', 'GetSetDescriptorType', 'MemberDescriptorType',
             'UnionType', 'EllipsisType', 'NoneType', 'NotImplementedType']:
    print(name, getattr(types, name).__name__)

ns = types.SimpleNamespace(a=1, b='two')
ns.c = [3]
print(ns, ns.a, ns.c)
print(type(sys.implementation) is types.SimpleNamespace)

def outer():
    x = 5
    def inner():
        return x
    return inner
cell = outer().__closure__[0]
print(type(cell) is types.CellType, cell.cell_contents)
print(type(outer.__code__) is types.CodeType, outer.__code__.co_name, outer.__code__.co_argcount)
print(bool(outer.__code__.co_flags & 0x20))

def g():
    yield 1
print(bool(g.__code__.co_flags & 0x20), hex(g.__code__.co_flags & 0x3a0))
async def c():
    return 1
print(hex(c.__code__.co_flags & 0x3a0))
async def ag():
    yield 1
print(hex(ag.__code__.co_flags & 0x3a0))

@types.coroutine
def legacy():
    v = yield 'from legacy'
    return v + 1
print(hex(legacy.__code__.co_flags & 0x3a0))

async def use():
    return await legacy()
co = use()
print(co.send(None))
try:
    co.send(41)
except StopIteration as e:
    print('result', e.value)

print(int | str, (int | str).__args__, isinstance(1, int | str), isinstance(1.5, int | None))
print(type(type.__dict__).__name__, '__call__' in type.__dict__)
mp = types.MappingProxyType({'k': 1})
print(mp['k'], len(mp), list(mp))
try:
    mp['k'] = 2
except TypeError as e:
    print('TypeError', e)

C = types.new_class('C', (object,), {}, lambda ns: ns.update({'x': 1}))
print(C.__name__, C.x)
print(types.resolve_bases((int,)))
