# hash(a | b) is the hash of frozenset({a, b}), as typing.Union's: equal for every pair of classes,
# also when that hash is negative (about half of the pairs; gilspy once agreed only for the others)
from typing import Union

classes = [type('T%d' % i, (), {}) for i in range(200)]
mismatches = 0
for i in range(0, len(classes), 2):
    a, b = classes[i], classes[i + 1]
    if not (hash(a | b) == hash(b | a) == hash(Union[a, b]) == hash(frozenset((a, b)))):
        mismatches += 1
print("pairs", len(classes) // 2, "mismatches", mismatches)
print(hash(int | str) == hash(Union[int, str]), {int | str: 1}[Union[int, str]])
