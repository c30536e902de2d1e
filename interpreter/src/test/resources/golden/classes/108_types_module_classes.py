import types
def f(x=1): return x
print(types.GetSetDescriptorType, types.MemberDescriptorType, types.FunctionType.__code__.__get__(f) is not None)
print(types.FunctionType.__globals__, types.FunctionType.__defaults__.__get__(f, type(f)))
print(types.MappingProxyType({"a": 1}), types.MappingProxyType({"a": 1})["a"], len(types.MappingProxyType({})))
C = types.new_class("C", (), {}, lambda ns: ns.update(x=1))
print(C, C.x, types.resolve_bases((int,)), types.prepare_class("D", (C,)))
print(types.GenericAlias(list, (int,)), types.CellType, list[int].__origin__, dict[str, int].__args__)
