name = "gil"
items = [1, 2, 3]
d = {"a": 1}
print(f"{name=}")
print(f"{len(items)=} {items[-1] * 2=}")
print(f"{d['a']} {'x' if items else 'y'} {sum(i * i for i in items)}")
print(f'{"nested " + name:>15}|')
print(f"""multi
{name}""")
class P:
    def __format__(self, spec):
        return "P<" + spec + ">"
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "p-str"
print(f"{P()} {P()!r} {P():xyz}")
print(f"{3:{'>'}{4}}|")
