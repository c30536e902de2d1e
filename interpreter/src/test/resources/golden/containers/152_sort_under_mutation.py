# list.sort: the list looks empty while it sorts; a key or comparison that changes it makes a
# ValueError once the sort is done, and the list then holds the sorted items.
from functools import cmp_to_key

data = list(range(10))
seen = []
def key(x):
    seen.append(len(data))
    return -x
data.sort(key=key)
print(data, set(seen))

data = list(range(10))
def mutating_key(x):
    data.append(x)
    return x
try:
    data.sort(key=mutating_key)
except ValueError as e:
    print("ValueError:", e)
print(data)

L = [3, 1, 2]
def cmp(a, b):
    L.append(0)
    L.pop()
    return (a > b) - (a < b)
try:
    L.sort(key=cmp_to_key(cmp))
except ValueError as e:
    print("ValueError:", e)
print(L)

data = list(range(-2, 2))
try:
    data.sort(key=lambda x: 1 / x)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(data)

words = ["b", "A", "c", "a"]
words.sort(key=str.lower, reverse=True)
print(words)
